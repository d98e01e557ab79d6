// The fold keys are shared with the text stage's name tagger, so they live in core.
export { foldName, skeleton } from "../core/fold.js";
