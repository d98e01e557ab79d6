// Writes eld's 'medium' n-gram table (node_modules/eld, Apache-2.0) as JSON beside the built
// language detector (dist/extract/eld-medium.json), run by `npm run build`. The table as eld
// ships it is a 2 MB JavaScript object literal that V8 takes about 0.9 s to compile on every
// start of `corroborate`; the same table as JSON parses in about 0.1 s (src/extract/language.ts
// reads it when present). Nothing is fetched: the table comes from the installed package.
import { writeFileSync } from "node:fs";

const entry = import.meta.resolve("eld/medium");
const { ngramsData } = await import(new URL("../ngrams/medium.js", entry).href);
writeFileSync(new URL("../dist/extract/eld-medium.json", import.meta.url), JSON.stringify(ngramsData));
