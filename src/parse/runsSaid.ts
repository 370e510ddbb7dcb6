/**
 * What a stage says about its digit runs and regroupings: a split that is a doubt, a regrouping (always),
 * a run no reading fits — each on its rows, with the values read.
 */
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { describeRows } from '../template/describeCell.js';
import type { JointResult } from './jointBasics.js';
import { shown } from './readValue.js';
import type { Pending, RunTask } from './runs.js';
import type { Find } from './sectionFinder.js';
import type { SectionContext } from './sectionReading.js';
import type { RunValue } from './segment.js';
import { words, type RunKind } from './words.js';
import type { LinearRelation } from '../check/linear.js';

/** How a run's values lost their cells, for its findings' words. */
const kindOf = (p: Pending): RunKind => p.listed?.kind ?? 'digits';

/**
 * Says how a run was split unless its digits allow one reading only and the relations confirm it: a
 * warning, since a split the sum rules chose is right only if the report's own sums hold (a report
 * with a wrong total may have another split that makes every sum hold by chance).
 */
export function reportSplit(
  { pending, choice, forced, byDigits, certain }: RunTask,
  first: readonly RunValue[],
  joint: JointResult,
  ctx: SectionContext,
  { relsOf, holds }: Evidence,
  find: Find,
): void {
  const listed = 'candidates' in choice;
  const own = confirmed(choice.cells, relsOf, holds);
  if (pending.listed) return reportRegrouped(pending, first, ctx, find);
  // The digits' one reading, certain or confirmed by every relation on its cells: nothing to doubt.
  // Sums the report breaks are the checker's to say, once — not a doubt on every run.
  if (certain || (byDigits && own)) return;
  const unconfirmed = forced || joint.broken > 0 || !own;
  const where = describeRows(pending.rows);
  const line = ctx.lineOf(pending.group.at);
  // No relation on its cells (section 二 without last year's report): the digits alone decided.
  if (byDigits && !choice.cells.some((c) => relsOf.has(c))) {
    find('DIGITS_SPLIT', 'warning', undefined, pending.rows, words.onlyReading(where, shown(first)), {
      line,
      reading: first,
    });
    return;
  }
  const note = forced
    ? 'forced'
    : joint.broken > 0
      ? 'broken'
      : unconfirmed
        ? 'byRowTotal'
        : listed
          ? 'chosen'
          : 'derived';
  // Chosen by the sum rules, not by the digits alone: right only if the report's sums hold.
  const reading = shown(first);
  find('DIGITS_SPLIT', 'warning', undefined, pending.rows, words.runSplit(where, reading, note, joint.broken), {
    line,
    reading: first,
  });
}

/** A regrouping read: always said on its rows, with the values it gave — the reader's reconstruction, chosen by the sums. */
function reportRegrouped(p: Pending, first: readonly RunValue[], ctx: SectionContext, find: Find): void {
  const where = describeRows(p.rows);
  const printed = p.pieces.map((x) => (x === 'NA' ? '/' : x)).join(' ');
  const joined = p.listed?.kind === 'joined';
  const say = joined ? words.numbersJoined : words.linesMerged;
  find(joined ? 'NUMBERS_JOINED' : 'LINES_MERGED', 'warning', undefined, p.rows, say(where, printed, shown(first)), {
    line: ctx.lineOf(p.group.at),
    reading: first,
  });
}

/** A run left blank: its rows, its digits and why. */
export function runFailed(
  p: Pending,
  ctx: { readonly lineOf: (offset: number) => number },
  find: Find,
  why: LocalizedText,
): void {
  const digits = p.pieces.map((x) => (x === 'NA' ? '/' : x)).join(p.listed ? ' ' : '');
  const where = describeRows(p.rows);
  find('DIGITS_AMBIGUOUS', 'error', undefined, p.rows, words.runFailed(where, kindOf(p), digits.slice(0, 40), why), {
    line: ctx.lineOf(p.group.at),
  });
}

/** What confirms a split: the relations of each cell, and whether one holds as the section was read. */
export interface Evidence {
  readonly relsOf: ReadonlyMap<number, readonly LinearRelation[]>;
  readonly holds: (rel: LinearRelation) => boolean;
}

/**
 * Whether a relation holds with the cells as read — every cell a number or not applicable (0) —
 * exactly (a sum past the safe integers goes on in bigint: counts of 2^53 − 1 are printed), and
 * memoised: once the runs are settled the cells no longer change, and a column's relation is asked
 * once per run it crosses.
 */
export function holdsAsRead(cells: ReadonlyMap<number, CellValue>): (rel: LinearRelation) => boolean {
  const known = new Map<LinearRelation, boolean>();
  return (rel) => {
    let holds = known.get(rel);
    if (holds === undefined) known.set(rel, (holds = standing(rel, (c) => cells.get(c)) === 'hold'));
    return holds;
  };
}

/** How a relation stands with the cells as read: it holds, it breaks, or a blank leaves it unknown. */
export type Standing = 'hold' | 'broken' | 'unknown';

/** `constant + Σ coef·x` with every cell a number or not applicable (0), summed exactly: 0 or not; unknown with a blank. */
export function standing(rel: LinearRelation, valueOf: (cell: number) => CellValue | undefined): Standing {
  let sum = rel.constant;
  let big: bigint | undefined;
  for (let k = 0; k < rel.cells.length; k++) {
    const v = valueOf(rel.cells[k] as number);
    if (typeof v !== 'number' && v !== 'NA') return 'unknown';
    const x = (rel.coefs[k] as number) * (v === 'NA' ? 0 : v);
    if (big === undefined) {
      const next = sum + x;
      if (Number.isSafeInteger(next)) {
        sum = next;
        continue;
      }
      big = BigInt(sum);
    }
    big += BigInt(x);
  }
  return (big === undefined ? sum === 0 : big === 0n) ? 'hold' : 'broken';
}

/** Whether every sum relation on these cells could be evaluated, and holds. */
function confirmed(
  cells: readonly number[],
  relsOf: ReadonlyMap<number, readonly LinearRelation[]>,
  holds: (rel: LinearRelation) => boolean,
): boolean {
  let any = false;
  for (const cell of cells)
    for (const rel of relsOf.get(cell) ?? []) {
      if (!holds(rel)) return false;
      any = true;
    }
  // With no relation on its cells (section 二), a split has no evidence beyond its digits.
  return any;
}
