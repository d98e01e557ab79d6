import { clusterStage } from "../cluster/index.js";
import type { Document } from "../model/document.js";
import type { Rejection } from "../model/input.js";
import type { ReportStory } from "../model/report.js";
import type { Resources } from "../model/resources.js";
import type { AnyStage, Stage } from "../model/stage.js";
import type { Story } from "../model/story.js";
import type { TextLayer } from "../model/text.js";
import { textStage } from "../text/index.js";
import { analyzeDocuments } from "./analyze.js";
import type { StageTiming } from "./run-stages.js";
import { ANALYSIS_STAGES } from "./stages.js";

/** One story to analyse: its grouping (from the story index), its documents and any text layers already built for them. */
export interface StoryWork {
  readonly story: Story;
  readonly documents: readonly Document[];
  /** Layers the indexing phase built (the new documents'); the others are built here. */
  readonly layers: readonly TextLayer[];
}

/** What analysing one story gives: its report rows (null when the analysis rejected every document), rejections and the documents it covers. */
export interface StoryResult {
  readonly story: ReportStory | null;
  readonly skipped: readonly Rejection[];
  readonly analysed: readonly string[];
  readonly timings: readonly StageTiming[];
}

/** The plain (cloneable) settings of an analysis, as a worker thread receives them. */
export interface AnalysisSettings {
  readonly strict?: boolean;
  readonly budgetMs?: number;
  readonly allowanceMs?: number;
}

/**
 * Analyses one story on its own: entities, quotes, events, facts and copies over its documents
 * only. The result depends on the story alone, never on which other stories are analysed in the
 * same run or on which thread or worker runs it, so stories can be analysed in parallel.
 */
export function analyseStory(work: StoryWork, resources: Resources, settings: AnalysisSettings): StoryResult {
  const timings: StageTiming[] = [];
  const { report } = analyzeDocuments({ documents: work.documents, rejections: [] }, resources, { ...settings, onStageEnd: (t) => timings.push(t) }, storyStages(work.story, work.layers));
  return { story: report.stories[0] ?? null, skipped: report.skipped, analysed: report.documents.map((d) => d.id), timings };
}

/**
 * The analysis stages with clustering replaced by the story already found (kept to the documents
 * that reach it) and the text stage reusing layers already built: a layer is a pure function of
 * its document, so reusing one gives the same bytes as building it again.
 */
function storyStages(story: Story, layers: readonly TextLayer[]): readonly AnyStage[] {
  const given: Stage<"documents" | "copies" | "texts", "stories"> = {
    ...clusterStage,
    run(input) {
      const present = new Set(input.documents.map((d: Document) => d.id));
      const kept = story.documentIds.filter((id) => present.has(id));
      return { stories: kept.length > 0 ? [{ ...story, documentIds: kept }] : [] };
    },
  };
  const built = new Map(layers.map((l) => [l.documentId, l] as const));
  const text: typeof textStage = {
    ...textStage,
    run(input, resources) {
      const missing = input.documents.filter((d) => !built.has(d.id));
      const fresh = new Map(textStage.run({ documents: missing }, resources).texts.map((l) => [l.documentId, l] as const));
      return { texts: input.documents.map((d) => built.get(d.id) ?? fresh.get(d.id)!) };
    },
  };
  return ANALYSIS_STAGES.map((stage) => (stage.name === clusterStage.name ? given : stage.name === textStage.name ? text : stage));
}
