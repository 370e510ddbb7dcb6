/**
 * What a stage says about its digit runs and regroupings: a split that is a doubt, a regrouping (always),
 * a run no reading fits — each on its rows, with the values read.
 */
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { describeRows } from '../template/describeCell.js';
import type { LinearRelation } from './joint.js';
import type { JointResult } from './jointBasics.js';
import { msg } from './parseFinding.js';
import { shown } from './readValue.js';
import type { Pending, RunTask } from './runs.js';
import type { Find } from './sectionFinder.js';
import type { SectionContext } from './sectionReading.js';
import type { RunValue } from './segment.js';

/** What happened to a run's values, in a finding's words. */
export function whatHappened(p: Pending): LocalizedText {
  if (p.listed?.kind === 'joined') return msg('数字跨行断开', 'numbers broken over lines');
  if (p.listed?.kind === 'repeated') return msg('相同的相邻行被合并', 'identical neighbouring lines merged');
  return msg('数字连在一起', 'digits run together');
}

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
    find('DIGITS_SPLIT', 'warning', undefined, pending.rows, onlyReading(where, shown(first)), { line });
    return;
  }
  const note = forced
    ? msg('（该读法使合计不成立）', ' (this reading breaks the totals)')
    : joint.broken > 0
      ? msg(
          `（表中仍有 ${joint.broken} 处合计关系不成立，拆分可能有误）`,
          ` (${joint.broken} sum relation(s) of the table still break: the split may be wrong)`,
        )
      : unconfirmed
        ? msg('（仅凭行合计，列合计无法核对）', ' (by the row total only: the column sums could not confirm it)')
        : listed
          ? msg(
              '（数字本身有多种拆分，此为使合计成立者；若报告合计本身有误，实际数值可能不同）',
              ' (the digits allow other splits: this is the one under which the sums hold; if the report’s own sums are wrong, the values may differ)',
            )
          : msg('（由其他行与列合计推出）', ' (given by the other rows and the column sums)');
  find(
    'DIGITS_SPLIT',
    // Chosen by the sum rules, not by the digits alone: right only if the report's sums hold.
    'warning',
    undefined,
    pending.rows,
    msg(
      `${where.zh}：数字连在一起，按合计关系拆分为 ${shown(first)}${note.zh}`,
      `${where.en}: digits run together, split by the sum rules into ${shown(first)}${note.en}`,
    ),
    { line },
  );
}

/** A regrouping read: always said on its rows, with the values it gave — the reader's reconstruction, chosen by the sums. */
function reportRegrouped(p: Pending, first: readonly RunValue[], ctx: SectionContext, find: Find): void {
  const where = describeRows(p.rows);
  const printed = p.pieces.map((x) => (x === 'NA' ? '/' : x)).join(' ');
  const joined = p.listed?.kind === 'joined';
  find(
    joined ? 'NUMBERS_JOINED' : 'LINES_MERGED',
    'warning',
    undefined,
    p.rows,
    joined
      ? msg(
          `${where.zh}：数字跨行断开（${printed}），按合计关系接为 ${shown(first)}`,
          `${where.en}: numbers broken over lines (${printed}), joined by the sum rules into ${shown(first)}`,
        )
      : msg(
          `${where.zh}：页面合并了相同的相邻行（${printed}），按合计关系还原为 ${shown(first)}`,
          `${where.en}: the page merged identical neighbouring lines (${printed}); restored by the sum rules as ${shown(first)}`,
        ),
    { line: ctx.lineOf(p.group.at) },
  );
}

/** The message of a run split the one way its digits allow, with no sum relation to confirm it. */
export function onlyReading(where: LocalizedText, split: string, also: LocalizedText = msg('', '')): LocalizedText {
  return msg(
    `${where.zh}：数字连在一起，拆分为 ${split}（数字只容许这一种读法，无合计关系可核对${also.zh}）`,
    `${where.en}: digits run together, split into ${split} (the only reading of the digits; no sum relation can confirm it${also.en})`,
  );
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
  const what = whatHappened(p);
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    p.rows,
    msg(
      `${where.zh}：${what.zh}（${digits.slice(0, 40)}），${why.zh}，按空白处理`,
      `${where.en}: ${what.en} (${digits.slice(0, 40)}); ${why.en}; left blank`,
    ),
    { line: ctx.lineOf(p.group.at) },
  );
}

/** What confirms a split: the relations of each cell, and whether one holds as the section was read. */
export interface Evidence {
  readonly relsOf: ReadonlyMap<number, readonly LinearRelation[]>;
  readonly holds: (rel: LinearRelation) => boolean;
}

/**
 * Whether a relation holds with the cells as read — every cell a number or not applicable (0) —
 * memoised: once the runs are settled the cells no longer change, and a column's relation is asked
 * once per run it crosses.
 */
export function holdsAsRead(cells: ReadonlyMap<number, CellValue>): (rel: LinearRelation) => boolean {
  const known = new Map<LinearRelation, boolean>();
  return (rel) => {
    let holds = known.get(rel);
    if (holds !== undefined) return holds;
    let sum = rel.constant;
    holds = true;
    for (let k = 0; k < rel.cells.length && holds; k++) {
      const v = cells.get(rel.cells[k] as number);
      if (typeof v !== 'number' && v !== 'NA') holds = false;
      else sum += (rel.coefs[k] as number) * (v === 'NA' ? 0 : v);
    }
    holds &&= sum === 0;
    known.set(rel, holds);
    return holds;
  };
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
