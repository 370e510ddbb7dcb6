/**
 * One linear relation for the reader and the repairs alike: a sum relation of the checker as an
 * equality over this year's cells, the cells of every other report it reads (last year's, the
 * reports aggregated) folded into its constant. Compiled once per pair of editions (`planFor`),
 * folded once per reading or repair.
 */
import { KNOWN, NA, type Values } from '../_internal/cellValues.js';
import type { PackedRelation } from './relation.js';

/** `constant + Σ coef·x[cell] = 0` over this year's cells. */
export interface LinearRelation {
  /** Layout indices of this year's cells, with their coefficients (±1). */
  readonly cells: readonly number[];
  readonly coefs: readonly number[];
  /** The other reports' terms, with their signs, summed (a safe integer). */
  readonly constant: number;
}

/** Whether a cell of another report can be folded: a number, or not applicable (adding 0, as in the checker's sums). */
const isPrinted = (v: Values, i: number) => v.state[i] === KNOWN || v.state[i] === NA;

/**
 * The equalities among `relations` (those `keep` keeps) over this year's cells, with the other
 * reports' cells — `others[r]` for report r > 0 — folded in. A relation that reads a blank of another
 * report (nothing to fold), none of this year's cells, or folds to more than a safe integer is left out.
 */
export function foldRelations(
  relations: readonly PackedRelation[],
  others: readonly (Values | undefined)[],
  keep: (rel: PackedRelation) => boolean = () => true,
): LinearRelation[] {
  const out: LinearRelation[] = [];
  for (const rel of relations) {
    if (rel.op !== 'eq' || !keep(rel)) continue;
    const cells: number[] = [];
    const coefs: number[] = [];
    let constant = 0n;
    let usable = true;
    for (let i = 0; i < rel.idx.length && usable; i++) {
      const j = rel.idx[i] as number;
      const s = rel.sign[i] as number;
      const r = rel.rep[i] as number;
      const v = others[r];
      if (r === 0) cells.push(j), coefs.push(s);
      else if (v && isPrinted(v, j)) constant += BigInt(s) * BigInt(v.num[j] as number);
      else usable = false;
    }
    const c = Number(constant);
    if (usable && cells.length > 0 && Number.isSafeInteger(c)) out.push({ cells, coefs, constant: c });
  }
  return out;
}
