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

/** Place nouns: "X province", "the city of X" type X as a location. */
export const PLACE_NOUNS = words(`
  province provinces region district city town village county state governorate oblast prefecture
  municipality neighbourhood neighborhood suburb area border capital island islands valley river
  mountains port airport camp
`);

/** Prepositions after which a gazetteer town reading is plausible ("near X", "in X"). */
export const PLACE_PREPOSITIONS = words(`in near at from to outside around across into toward towards via`);

/** Name-internal particles: "Jaish al Adl", "Osama bin X", "Anwar-ul-Haq", "Sistan-o-X". */
export const NAME_PARTICLES = words(`al el ul ud ad ar as ash at az bin ibn bint abu abd de da di del della du van von der den la le ter o e y`);

/** Capitalised words never part of a name: months, days, and time-of-day abbreviations. */
export const NEVER_NAMES = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  am pm a.m. p.m. gmt utc i
`);

/** Parts of speech a capitalised word can have and still be (part of) a name. */
export const NAME_POS = words(`PROPN NOUN ADJ X NUM VERB`);
