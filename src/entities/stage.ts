import type { Candidate } from "./recognise.js";
import type { Entity, EntityMention } from "../model/entity.js";
import type { Stage } from "../model/stage.js";
import { lowerCaseWords, modelNames, namedOrganisations, recogniseNames, tokenTexts, untaggedOrgHeads } from "./recognise.js";
import { confirmNames } from "./confirm.js";
import { memoGazetteer } from "./gazetteer.js";
import { mergeStory } from "./merge.js";
import { pushAll } from "../core/extent.js";

/**
 * Finds names in every document of every story and merges them into one entity per real thing
 * per story. Documents in no story contribute nothing.
 */
export const entitiesStage: Stage<"documents" | "texts" | "stories", "entityMentions" | "entities"> = {
  name: "entities",
  requires: ["documents", "texts", "stories"],
  assigns: ["entityMentions", "entities"],
  run(input, resources) {
    const docs = new Map(input.documents.map((d) => [d.id, d]));
    // wink's lexicon answers "is this an English word?"; the probe document only reads it.
    const probe = resources.nlp.nlp.readDoc("");
    const words = new Map<string, boolean>();
    const isWord = (lower: string): boolean => {
      let known = words.get(lower);
      if (known === undefined) {
        known = !probe.isOOV(lower);
        words.set(lower, known);
      }
      return known;
    };
    const gazetteer = memoGazetteer(resources.gazetteer, { places: new Map() });
    const layers = new Map(input.texts.map((t) => [t.documentId, t]));
    const entities: Entity[] = [];
    const entityMentions: EntityMention[] = [];
    for (const story of input.stories) {
      const storyDocs = story.documentIds.flatMap((id) => docs.get(id) ?? []);
      const storyLayers = story.documentIds.flatMap((id) => layers.get(id) ?? []);
      const tokenWords = new Map(storyDocs.flatMap((d) => {
        const layer = layers.get(d.id);
        return layer ? [[d.id, tokenTexts(d, layer)] as const] : [];
      }));
      const lowerWords = lowerCaseWords(storyDocs, storyLayers, tokenWords);
      const candidates: Candidate[] = [];
      const tagged: Candidate[] = [];
      for (const doc of storyDocs) {
        const layer = layers.get(doc.id);
        if (!layer) continue;
        // The trained tagger decides what is a name; the capitalisation rules stand in only for layers built without it.
        const ctx = { gazetteer, lowerWords, isWord, words: tokenWords.get(doc.id) ?? [] };
        if (!layer.names) {
          pushAll(candidates, recogniseNames(doc, layer, ctx));
          continue;
        }
        const found = modelNames(doc, layer, ctx);
        pushAll(tagged, found);
        // The rules run again only where they could add something: sentences with a capitalised organisation head the tagger left untagged.
        const heads = untaggedOrgHeads(doc.text, layer);
        if (heads.size > 0) pushAll(tagged, namedOrganisations(recogniseNames(doc, layer, ctx, heads), found));
      }
      // Tagged names pass through the same check: only a name glued to a lost-space word ("Xwhere") changes.
      const confirmed = confirmNames([...tagged, ...candidates], gazetteer, isWord);
      const docOrder = new Map(story.documentIds.map((id, i) => [id, i]));
      const merged = mergeStory(story.id, confirmed, resources.hasher, docOrder);
      pushAll(entities, merged.entities);
      pushAll(entityMentions, merged.mentions);
    }
    return { entityMentions, entities };
  },
};
