/**
 * What the joint choice among a section's digit runs shares: the relations over cells, the runs'
 * choices and the result, and the searches' bounds.
 */
import type { RunPiece, RunValue } from './segment.js';

/**
 * A run to decide: the layout indices it fills, and either its candidate readings (one value per
 * index) or, when it has too many to list, its pieces, to be matched by the values the relations give.
 */
export type RunChoice =
  | { readonly cells: readonly number[]; readonly candidates: readonly (readonly RunValue[])[] }
  | { readonly cells: readonly number[]; readonly pieces: readonly RunPiece[] };

/** A cell's value in a sum: not applicable adds as 0. */
export const num = (v: RunValue): number => (v === 'NA' ? 0 : v);

/** Most work of the branch and bound over a section's runs: nodes visited plus relation terms read. */
export const MAX_JOINT_WORK = 500_000;

/** Fewest combinations for which the exact search runs before the branch and bound (below, the latter is as quick). */
export const EXACT_FROM = 16;

/** Most combinations enumerated for one half of the exact search (meet in the middle). */
export const MAX_HALF_COMBINATIONS = 100_000;

/** Most exact readings collected; more are a table too ambiguous to read. */
export const MAX_EXACT_READINGS = 10_000;

/** What the joint search concluded. */
export interface JointResult {
  /** For each choice, the readings some best solution gives it (none: not decided). */
  readonly readings: readonly (readonly (readonly RunValue[])[])[];
  /** For each choice, whether some best solution leaves it undecided (a derived run the relations do not fix). */
  readonly open: readonly boolean[];
  /** Relations broken in a best reading (among those fully determined), a derived run that prints otherwise counting as one. */
  readonly broken: number;
  /** False when the search stopped at its bound ({@link MAX_JOINT_WORK}). */
  readonly complete: boolean;
}

/**
 * The values of `pieces` read as `values` (one per cell): each digit piece must be the values'
 * decimal digits run together, each placeholder a 0 (not applicable adds as 0). The reading, or
 * undefined when the digits differ.
 */
export function matchPieces(pieces: readonly RunPiece[], values: readonly number[]): RunValue[] | undefined {
  const out: RunValue[] = [];
  let k = 0;
  for (const piece of pieces) {
    if (piece === 'NA') {
      if (values[k] !== 0) return undefined;
      out.push('NA'), k++;
      continue;
    }
    let o = 0;
    while (o < piece.length) {
      const v = values[k];
      if (v === undefined) return undefined;
      const text = String(v);
      if (!piece.startsWith(text, o)) return undefined;
      out.push(v), k++, (o += text.length);
    }
  }
  return k === values.length ? out : undefined;
}
