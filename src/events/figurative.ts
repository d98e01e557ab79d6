import type { Word as Tok } from "./words.js";

/**
 * Figurative and sporting uses of violent words ("hit the ground running", "shot down the
 * proposal", "struck a deal", "a heart attack", "a legal battle", "under fire") and the sport
 * context in which "beat", "strike" or "shot" report a game, not violence. General word lists,
 * no story's names; src/events/figurative.test.ts holds invented sentences that guard them.
 */

/** Objects no violence is done to: what "hit", "shot down", "killed", "attacked" take in their figurative senses. */
const ABSTRACT = new Set([
  "proposal", "proposals", "idea", "ideas", "plan", "plans", "bill", "bills", "motion", "request", "rumour", "rumours",
  "rumor", "rumors", "claim", "claims", "suggestion", "amendment", "bid", "offer", "deal", "speculation", "reports",
  "ground", "road", "jackpot", "headlines", "shelves", "stores", "record", "records", "high", "low", "highs", "lows", "peak",
  "mark", "brakes", "books", "market", "markets", "milestone", "button", "note", "wall", "snag", "roadblock", "decision",
  "policy", "policies", "ruling", "deadline", "target", "targets", "chord", "balance", "pose", "compromise", "tone",
  "agreement", "project", "momentum", "mood", "ratings", "sales", "nerve", "idea", "legislation", "reform", "reforms",
  "budget", "law", "notion", "theory", "argument", "critics", "rumour", "jackpot", "bottom", "level", "levels", "stride",
]);
const DETERMINER = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "that", "this", "new", "record", "all-time", "fresh", "another"]);

/** Words before a violent noun that make it something else ("heart attack", "legal battle", "rescue operation", "general strike"). */
const FIGURATIVE_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  attack: new Set(["heart", "panic", "asthma", "anxiety", "verbal", "cyber", "personal"]),
  attacks: new Set(["heart", "panic", "asthma", "anxiety", "verbal", "cyber", "personal"]),
  battle: new Set(["legal", "court", "custody", "political", "uphill", "budget", "bidding", "ratings", "election", "public", "courtroom", "boardroom", "takeover", "long", "lengthy", "title", "relegation"]),
  operation: new Set(["rescue", "search", "relief", "recovery", "clean-up", "cleanup", "business", "sting", "salvage", "evacuation"]),
  operations: new Set(["rescue", "search", "relief", "recovery", "business", "sting", "salvage", "evacuation"]),
  strike: new Set(["on", "general", "hunger", "labour", "labor", "workers", "rail", "teachers", "union", "lucky", "national", "nationwide", "doctors", "nurses", "transport", "lightning"]),
  strikes: new Set(["general", "hunger", "labour", "labor", "workers", "rail", "teachers", "union", "national", "nationwide", "doctors", "nurses", "transport"]),
  offensive: new Set(["charm", "diplomatic", "media", "pr", "publicity"]),
  fire: new Set(["under", "open", "opened", "opening", "returned", "return", "exchanged", "cease", "heavy", "sniper", "gun", "artillery", "mortar", "rocket", "friendly"]),
  hit: new Set(["a", "big", "smash", "box-office", "huge", "massive", "instant", "surprise"]),
  explosion: new Set(["population", "data"]),
};

/** Words after a violent word that make it figurative ("struck a deal", "explosion of interest", "battle with cancer"). */
const FIGURATIVE_AFTER: Readonly<Record<string, readonly (readonly string[])[]>> = {
  shot: [["to", "fame"], ["to", "stardom"], ["to", "the", "top"], ["up"]],
  bombed: [["at", "the", "box", "office"], ["with", "critics"]],
  battle: [["with", "cancer"], ["with", "illness"], ["with", "addiction"], ["with", "depression"], ["against", "cancer"], ["for", "control"]],
  fighting: [["for", "his", "life"], ["for", "her", "life"], ["for", "their", "lives"], ["the", "charges"], ["back", "tears"], ["fit"]],
  shelling: [["out"]],
  explosion: [["of", "interest"], ["of", "growth"], ["of", "popularity"], ["of", "demand"], ["of", "colour"], ["of", "color"], ["of", "support"], ["of", "anger"], ["of", "creativity"]],
  attack: [["of", "nerves"], ["of", "the", "giggles"]],
};

/** Violent verbs whose object decides: "hit the ground", "killed the bill", "attacked the plan", "struck a chord", "blasted the ruling". */
const OBJECT_DECIDES = new Set(["hit", "hits", "killed", "kill", "kills", "attacked", "attack", "attacks", "struck", "strike", "strikes", "blasted", "blast", "shot", "torpedoed", "bombed"]);

const SPORT = new Set([
  "game", "games", "match", "matches", "season", "tournament", "league", "championship", "playoff", "playoffs", "cup",
  "coach", "points", "goal", "goals", "inning", "innings", "pitcher", "pitch", "batter", "touchdown", "touchdowns",
  "quarterback", "wicket", "wickets", "bowler", "striker", "midfielder", "penalty", "serve", "racket", "lap", "laps",
  "halftime", "overtime", "nba", "nfl", "fifa", "mlb", "nhl", "olympic", "olympics", "medal", "boxer", "bout", "slam",
  "scorer", "rebounds", "assists", "yards", "baseman", "bullpen", "dugout", "umpire", "referee", "homer", "homers",
  "semifinal", "semi-final", "quarterfinal", "quarter-final", "final", "finals", "title", "seed", "set", "sets", "tiebreak",
  "knockout", "rbi", "rbis", "stadium", "club", "squad", "fans", "player", "players", "teammate", "teammates", "shortstop",
  "outfielder", "defenceman", "defenseman", "goalkeeper", "keeper", "goalie", "field-goal", "free-throw", "kickoff", "kick-off",
]);
/** Words that show real harm whatever the context: a gun at a game is still a gun. */
const HARM = new Set([
  "killed", "dead", "died", "wounded", "injured", "gunman", "gunmen", "police", "bullet", "bullets", "victim", "victims",
  "hospital", "soldiers", "troops", "militants", "civilians", "army", "military", "weapon", "weapons", "gun", "guns",
  "rifle", "pistol", "knife", "stabbed", "suspect", "shooter", "fatally", "homicide", "murder", "murdered",
]);

/** True when the sentence's words are about a game and name no real harm. */
export function sportSentence(toks: readonly Tok[]): boolean {
  let sport = 0;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    if (HARM.has(w)) return false;
    if (SPORT.has(w) || (w === "home" && toks[i + 1]?.lower === "run") || /^\d{1,3}-\d{1,3}$/.test(w)) sport++;
  }
  return sport > 0;
}

/** True when the sentence names real harm (see HARM): such a sentence is never read as sport. */
export function harmSentence(toks: readonly Tok[]): boolean {
  return toks.some((t) => HARM.has(t.lower));
}

const follows = (toks: readonly Tok[], i: number, seq: readonly string[]): boolean => seq.every((w, k) => toks[i + 1 + k]?.lower === w);

/**
 * True when the violent word at `toks[i]` is used figuratively: an idiom, a non-violent compound,
 * or a verb whose object is an idea, a record or a market rather than people or places.
 * @example figurative(testWords("They hit the ground running."), 1) // true
 */
export function figurative(toks: readonly Tok[], i: number): boolean {
  const w = toks[i]!.lower;
  const prev = (toks[i - 1]?.lower ?? "").replace(/'s?$/, "");
  if (FIGURATIVE_BEFORE[w]?.has(prev)) return true;
  if (FIGURATIVE_AFTER[w]?.some((seq) => follows(toks, i, seq))) return true;
  if (OBJECT_DECIDES.has(w)) {
    // "shot down the proposal", "struck out", "hit back at critics": skip a particle, then determiners.
    let j = i + 1;
    if (/^(down|out|back|up)$/.test(toks[j]?.lower ?? "")) {
      if (toks[j]!.lower === "out" && (w === "struck" || w === "strike" || w === "strikes")) return true;
      j++;
    }
    while (j < toks.length && j <= i + 4 && DETERMINER.has(toks[j]!.lower)) j++;
    const object = toks[j]?.lower ?? "";
    if (ABSTRACT.has(object) && !(object === "target" || object === "targets" ? toks[j + 1]?.lower === "in" : false)) return true;
  }
  return false;
}
