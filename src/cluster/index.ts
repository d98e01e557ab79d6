export { clusterStage, clusterDocuments, copyLinks, processingOrder, type ClusterOptions } from "./stage.js";
export { createStoryIndex, featureOptions, type StoryIndex, type StoryIndexOptions } from "./story-index.js";
export { createTermStats, observeDocument, type TermStats } from "./vocabulary.js";
export { loadMergeModel, type MergeModel } from "./merge-model.js";
export { decodeIndex, decodeStats, encodeStats, indexChanges, storyMembers, type SavedDocument, type SavedStory } from "./snapshot.js";
export { documentTerms } from "./features.js";
export { documentTermKeys, primeTerms, type DocTerms } from "./views.js";
