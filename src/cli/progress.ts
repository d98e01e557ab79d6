import cliProgress from "cli-progress";
import type { Progress } from "../pipeline/analyze.js";

/** A progress display on stderr: a bar when stderr is a terminal and not --quiet, otherwise nothing. */
export interface ProgressDisplay {
  update(progress: Progress): void;
  stop(): void;
}

export function createProgressDisplay(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressDisplay {
  if (quiet || !stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: " {phase} |{bar}| {value}/{total}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let phase = "";
  return {
    update(progress) {
      const total = progress.total ?? Math.max(progress.done, 1);
      if (!started) {
        bar.start(total, progress.done, { phase: progress.phase });
        started = true;
      } else {
        if (progress.phase !== phase) bar.setTotal(total);
        bar.update(progress.done, { phase: progress.phase.padEnd(10) });
      }
      phase = progress.phase;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
