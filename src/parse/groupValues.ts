/**
 * The values a group gives a row's cells: a positional group (a `|`- or tab-separated line) loses
 * blank edge cells while it has more than the row's cells — a guess when blanks at both ends could be
 * the ones that are not cells.
 */
import type { Group, ValueToken } from './tokenize.js';

/**
 * The cells a group gives `cells` cells, as `[from, to)` over its tokens: a positional group loses
 * blank edge cells (trailing first) while it has more than `cells`; `ambiguous` when blanks at both
 * ends could be the ones that are not cells, so that which cells the values fill is a guess.
 */
function trimBounds(group: Group, cells: number): { from: number; to: number; ambiguous: boolean } {
  const total = group.tokens.length;
  if (!group.positional || total <= cells) return { from: 0, to: total, ambiguous: false };
  const extra = total - cells;
  const to = total - Math.min(group.trail, extra);
  const from = Math.min(group.lead, Math.max(0, to - cells));
  // Leading blanks dropped can range over [extra − trail, min(lead, extra)]: more than one choice is a guess.
  const ambiguous = Math.min(group.lead, extra) > Math.max(0, extra - group.trail);
  return { from, to, ambiguous };
}

/** The number of values a group gives `cells` cells (`NaN` when which cells they fill is a guess). */
export function valueCount(group: Group, cells: number): number {
  const { from, to, ambiguous } = trimBounds(group, cells);
  return ambiguous ? Number.NaN : to - from;
}

/** The values a group gives `cells` cells. */
export function trimmed(group: Group, cells: number): readonly ValueToken[] {
  const { from, to } = trimBounds(group, cells);
  return from === 0 && to === group.tokens.length ? group.tokens : group.tokens.slice(from, to);
}

/** The index in the group of the first value {@link trimmed} gives. */
export const trimmedFrom = (group: Group, cells: number): number => trimBounds(group, cells).from;

/** A group with exactly the row's number of values. */
export const FIT_EXACT = 0.5;

/** A digit run long enough to be split into the row's cells. */
export const FIT_RUN = 0.3;

/** A group whose values cannot fill the row. */
export const FIT_MISMATCH = -2;

/** How well a group's values fit `cells` cells. */
export function fit(group: Group, cells: number): number {
  const runnable = group.runCells >= cells && cells > 1;
  // Tokens that touch (59/0) are runs: their count says nothing about the cells.
  if (group.glued) return runnable ? FIT_RUN : FIT_MISMATCH;
  const n = valueCount(group, cells);
  if (n === cells) return FIT_EXACT;
  // Fewer values than cells, but digits enough: numbers whose boundaries were lost. Cells of a
  // positional group are known: only a single number there can be a run.
  const single = !group.positional || group.tokens.length - group.lead - group.trail === 1;
  return single && n < cells && runnable ? FIT_RUN : FIT_MISMATCH;
}
