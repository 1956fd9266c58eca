import type { GestureResult } from './in-page.js';

/** One 60 Hz frame; an interval above it is a frame the screen showed late. */
export const FRAME_MS = 1000 / 60;
/** Two frames: below 30 fps, where a pan or zoom visibly stutters. */
export const TWO_FRAMES_MS = 2000 / 60;

export interface FrameSummary {
  frames: number;
  median: number;
  p95: number;
  max: number;
  /** Share of frames (0..1) slower than one frame / than two frames. */
  over16: number;
  over33: number;
  longTasks: number;
  longTaskMs: number;
}

/** Nearest-rank percentile (p in 0..100) of an ascending array; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarizeFrames(result: GestureResult): FrameSummary {
  const sorted = [...result.intervals].sort((a, b) => a - b);
  // rAF timestamps are vsync-aligned; a hair over 16.67 ms is still one frame.
  const slower = (limit: number) => (sorted.length === 0 ? Number.NaN : sorted.filter((ms) => ms > limit + 0.5).length / sorted.length);
  return {
    frames: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : Number.NaN,
    over16: slower(FRAME_MS),
    over33: slower(TWO_FRAMES_MS),
    longTasks: result.longTasks.length,
    longTaskMs: result.longTasks.reduce((sum, task) => sum + task.duration, 0),
  };
}
