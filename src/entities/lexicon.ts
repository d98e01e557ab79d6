/**
 * Closed word lists the recogniser reads: general English news vocabulary, never names from any
 * corpus. All entries are lower-case.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/** Capitalised words that open a person's name as a title ("Foreign Minister X", "Dr. X"). */
export const TITLES = words(`
  president vice prime minister foreign interior defence defense finance deputy acting interim
  governor mayor general gen gen. colonel col col. major maj captain capt lieutenant lt sergeant
  admiral commander brigadier marshal senator sen sen. rep rep. representative congressman
  congresswoman dr dr. mr mr. mrs mrs. ms ms. miss sir dame lord lady sheikh shaikh king queen
  prince princess emir ayatollah imam chancellor secretary ambassador envoy chief judge justice
  pope cardinal bishop archbishop rev rev. reverend father spokesman spokeswoman spokesperson
  premier director chairman chairwoman chair ceo professor prof prof. officer inspector superintendent
  agent detective president-elect mufti rabbi pastor commissioner sultan crown
`);

/** Title words that end a title however it begins ("Water Minister", "Deputy Health Secretary"): the name follows them. */
export const TITLE_HEADS = words(`
  minister secretary president governor mayor spokesperson spokesman spokeswoman ambassador envoy
  commander chancellor premier senator general colonel sheikh dr. mr. mrs. ms. judge
`);

/** Lower-case role nouns: "spokesperson X", "the deputy governor of P, X" type X as a person. */
export const ROLE_NOUNS = words(`
  president minister governor mayor spokesperson spokesman spokeswoman official ambassador envoy
  commander colonel general leader chief secretary director chairman chairwoman premier senator
  lawmaker diplomat counterpart colleague officer analyst professor journalist reporter correspondent
  lawyer prosecutor judge activist resident witness survivor farmer doctor teacher student
  cleric negotiator adviser advisor aide deputy head founder ceo executive author researcher
  king queen prince emir sheikh son daughter wife husband father mother brother sister
`);

/** Last words that make a name an organisation ("Foreign Ministry", "Revolutionary Guards"). */
export const ORG_HEADS = words(`
  ministry party army guards guard agency council group forces force front union committee news
  tv television radio office department corps police parliament assembly bank fund organization
  organisation association institute university college company corporation corp inc ltd llc plc
  network times post press herald tribune journal gazette service services commission court
  government cabinet league movement brigade brigades battalion authority federation foundation
  coalition alliance forum church bureau embassy navy militia congress senate board agency
  mission directorate secretariat taliban team club inc. co co. media channel broadcasting
  broadcaster daily weekly review monitor telegraph guardian observer express standard mirror
  digest reporters wire chronicle courier dispatch insight gazette bulletin magazine
  register registry exchange society trust institution initiative programme program center centre
  hospital airline airlines airways railway railways shipping newsroom desk brothers partners
  holdings
`);

/** First words that head an organisation name when followed by "of" ("Ministry of X"). */
export const OF_JOINERS = words(`
  ministry minister department republic kingdom bank university council office secretary institute
  state states united board court federation union league church house chamber bureau commission
  committee organization organisation association people emirate sultanate province city
  government cabinet army corps guardians party front college school academy museum
`);

/** Lower-case nouns that, just before a name, say it is an organisation ("militant group X"). */
export const ORG_CUES = words(`
  group groups militia organisation organization party movement agency outlet broadcaster newspaper
  network channel company firm daily website ministry faction outfit alliance coalition wire
`);

/**
 * Nouns for fighting between two sides: in "the X-Y conflict" the sides are states or armed
 * groups, so a side that is no place is an organisation.
 */
export const CONFLICT_NOUNS = words(`conflict conflicts war wars fighting clashes ceasefire truce hostilities battle battles offensive`);

/** Organisation heads that also end the names of competitions and events ("Champions League"), which the tagger types MISC rightly. */
export const EVENT_ORG_HEADS = words(`league`);

/** Lower-case plural nouns that, just after a name, say it names a group ("X militants", "X fighters"). */
export const MEMBER_NOUNS = words(`
  militants fighters rebels insurgents terrorists separatists members supporters loyalists
  gunmen jihadists guerrillas militiamen operatives
`);

/** Place nouns: "X province", "the city of X" type X as a location. */
export const PLACE_NOUNS = words(`
  province provinces region district city town village county state governorate oblast prefecture
  municipality neighbourhood neighborhood suburb area border capital island islands valley river
  mountains port airport camp road highway motorway street avenue square bridge crossing
  checkpoint lake sea river
`);

/** Natural features: "the X river" is never the town X, whatever the gazetteer holds. */
export const FEATURE_NOUNS = words(`
  river rivers lake sea ocean mountains mountain range desert strait bay gulf canal peninsula
  plateau glacier
`);

/** Prepositions after which a gazetteer town reading is plausible ("near X", "in X"). */
export const PLACE_PREPOSITIONS = words(`in near at from to outside around across into toward towards via`);
/** Prepositions that only ever place something: the name after them is a place, known to the gazetteer or not. */
export const NEAR_PREPOSITIONS = words(`near outside`);

/** Name-internal particles: "Jaish al Adl", "Osama bin X", "Anwar-ul-Haq", "Sistan-o-X". */
export const NAME_PARTICLES = words(`al el ul ud ad ar as ash at az bin ibn bint abu abd de da di del della du van von der den la le ter o e y wa va`);

/** Capitalised words never part of a name: months, days, and time-of-day abbreviations. */
export const NEVER_NAMES = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  am pm a.m. p.m. gmt utc i
`);

/** Parts of speech a capitalised word can have and still be (part of) a name. */
export const NAME_POS = words(`PROPN NOUN ADJ X NUM VERB`);

/**
 * Endings of English adjectives and abstract nouns ("Islamic", "Mountainous", "Revolutionary"):
 * a name containing such a word does not have the shape of a person's name. Kept narrow so given
 * names and surnames with similar endings (Eric, Jamal, Faisal, Mary, Gregory) are not caught.
 */
export const NON_PERSON_ENDINGS = /(?:amic|atic|olic|anic|ific|istic|ical|ional|ial|ral|tal|yal|nary|tary|rary|iary|tive|sive|thern|stern|ism|ity|ment|tion|sion|ness|ship|ous|ance|ence)$/;

/** Last words of a capitalised name that make it a geographic feature or site ("Hay Point", "Lantau Peak"). */
export const PLACE_HEADS = words(`
  point peak peaks bay island islands isle lake river mountain mountains hill hills valley beach cape
  falls gulf sea ocean strait canal desert plain plains plateau heights coast harbour harbor
`);

/**
 * Religious and sectarian adjectives and nouns ("Sunni", "Shiite"): like demonyms they describe
 * people ("Sunni militants", "Shiite pilgrims") and name no single thing, so they are not entities.
 */
export const CREED_WORDS = words(`
  sunni sunnis shia shias shiite shiites shi'ite shi'ites muslim muslims christian christians jewish jew jews
  hindu hindus buddhist buddhists sikh sikhs catholic catholics protestant protestants orthodox evangelical
  evangelicals islamist islamists jihadist jihadists alawite alawites druze yazidi yazidis ahmadi ahmadis
  salafi salafist salafists wahhabi sufi
`);
