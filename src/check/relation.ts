/**
 * Linear relations over cells, and their blank-aware evaluation. Every arithmetic rule compiles to
 * relations `Σ actual − Σ expected = 0` (or `≥ 0`) whose terms are cells of this year's or the
 * previous year's report; a blank cell is an unknown non-negative integer (any integer for a
 * signed cell).
 */
import type { CellLayout } from '../template/layout.js';
import type { LocalizedText } from '../model/localizedText.js';
import { negate, plus, signOf, type ExactSum } from './exact.js';
import { BLANK, INVALID, KNOWN, NA, type Values } from '../_internal/cellValues.js';
import type { FindingKind, FindingLocation, RuleId } from './types.js';

/** One cell in a relation. */
export interface Term {
  readonly cell: CellLayout;
  /** Index of the cell in its edition's layout. */
  readonly index: number;
  /** Which report: 0 this year's, 1 the previous year's, 2 + i the i-th report aggregated (R10). */
  readonly report: number;
  readonly coef: 1 | -1;
  readonly side: 'actual' | 'expected';
}

/** A term's coefficient in `actual − expected`: its own on the actual side, negated on the expected side. */
export const signedCoef = (t: Term): number => (t.side === 'actual' ? t.coef : -t.coef);

/** A compiled relation: `Σ coef·x (actual side) − Σ coef·x (expected side)` compared with 0. */
export interface Relation {
  readonly rule: RuleId;
  readonly kind: FindingKind;
  readonly op: 'eq' | 'ge';
  readonly terms: readonly Term[];
  readonly location: FindingLocation;
  /** Position in the form, for ordering findings. */
  readonly order: number;
  /** Words for the two sides when the cells' own labels would not say it (R10: the aggregate, its parts). */
  readonly sides?: { readonly actual: LocalizedText; readonly expected: LocalizedText };
}

/** A relation with its terms packed into typed arrays, for the evaluation loop. */
export interface PackedRelation extends Relation {
  /** Cell index of each term. */
  readonly idx: Int32Array;
  /** Signed coefficient of each term: its coefficient, negated on the expected side. */
  readonly sign: Int8Array;
  /** Which report each term reads (see {@link Term.report}). */
  readonly rep: Uint16Array;
  /** 1 where the term's cell is signed, so a blank there can take any integer. */
  readonly unbounded: Uint8Array;
  /** Whether every term reads this year's report (the common case, evaluated without indirection). */
  readonly local: boolean;
}

/** Packs a relation's terms for {@link evaluate}. */
export function pack(rel: Relation): PackedRelation {
  const n = rel.terms.length;
  const idx = new Int32Array(n);
  const sign = new Int8Array(n);
  const rep = new Uint16Array(n);
  const unbounded = new Uint8Array(n);
  rel.terms.forEach((t, i) => {
    idx[i] = t.index;
    sign[i] = signedCoef(t);
    rep[i] = t.report;
    unbounded[i] = t.cell.column.kind === 'signed' ? 1 : 0;
  });
  return { ...rel, idx, sign, rep, unbounded, local: rel.terms.every((t) => t.report === 0) };
}

/** The outcome of evaluating one relation. */
export type Evaluation =
  | { readonly status: 'holds' | 'skip' }
  | { readonly status: 'broken' | 'not_assessable' }
  | { readonly status: 'inferred'; readonly forced: readonly (readonly [term: Term, value: number])[] };

const HOLDS: Evaluation = { status: 'holds' };
const SKIP: Evaluation = { status: 'skip' };
const BROKEN: Evaluation = { status: 'broken' };
const OPEN: Evaluation = { status: 'not_assessable' };

/** Whether an exact sum satisfies the relation's comparison with 0. */
const holds = (rel: Relation, sum: ExactSum) => (rel.op === 'eq' ? signOf(sum) === 0 : sum >= 0);

/**
 * Decides a relation given the values. With unknowns u_j (coefficient c_j = ±1), the relation
 * `S + Σ c_j·u_j (op) 0` is broken when no admissible u satisfies it, inferred when exactly one
 * assignment does, and open otherwise. A relation whose every cell is blank is skipped: the
 * blank row is reported once by R0, not as a cascade.
 */
export function evaluate(rel: PackedRelation, values: readonly (Values | undefined)[]): Evaluation {
  if (rel.local) {
    // Fast path: one report, and when every cell is a number the relation is a plain (exact) sum.
    const { state, num } = values[0] as Values;
    const { idx, sign } = rel;
    let sum: ExactSum = 0;
    let plain = true;
    for (let i = 0; i < idx.length; i++) {
      const j = idx[i] as number;
      if (state[j] !== KNOWN) {
        plain = false;
        break;
      }
      sum = plus(sum, sign[i] as number, num[j] as number);
    }
    if (plain) return holds(rel, sum) ? HOLDS : BROKEN;
  }
  let s: ExactSum = 0;
  let unknowns = 0;
  let known = 0;
  let canGoDown = false; // some unknown can make the sum arbitrarily smaller
  let canGoUp = false; // … or larger
  const { idx, sign, rep, unbounded } = rel;
  for (let i = 0; i < idx.length; i++) {
    const v = values[rep[i] as number] as Values;
    const j = idx[i] as number;
    const st = v.state[j] as number;
    const c = sign[i] as number;
    if (st === KNOWN || st === NA) {
      s = plus(s, c, v.num[j] as number);
      known++;
    } else {
      unknowns++;
      const free = unbounded[i] === 1;
      if (free || c < 0) canGoDown = true;
      if (free || c > 0) canGoUp = true;
    }
  }
  if (known === 0) return SKIP;
  if (unknowns === 0) return holds(rel, s) ? HOLDS : BROKEN;
  if (rel.op === 'ge') {
    if (!canGoUp && s < 0) return BROKEN;
    return !canGoDown && s >= 0 ? HOLDS : OPEN;
  }
  // eq: the unknowns must sum (with signs) to −s.
  const need = negate(s);
  if ((need > 0 && !canGoUp) || (need < 0 && !canGoDown)) return BROKEN;
  const unknownTerms = rel.terms.filter((t) => {
    const st = (values[t.report] as Values).state[t.index];
    return st === BLANK || st === INVALID;
  });
  if (unknownTerms.length === 1) {
    const t = unknownTerms[0] as Term;
    const c = signedCoef(t);
    // A cell holds a safe integer: a value outside that range is no value it can take.
    if (typeof need !== 'number') return BROKEN;
    return { status: 'inferred', forced: [[t, need * c + 0]] };
  }
  // Several non-negative unknowns all on one side with nothing to make up: all must be zero.
  if (signOf(need) === 0 && canGoUp !== canGoDown)
    return { status: 'inferred', forced: unknownTerms.map((t) => [t, 0] as const) };
  return OPEN;
}
