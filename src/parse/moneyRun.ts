/**
 * Rows that end in money (section 二's procurement row) whose numbers ran together or were spaced
 * inside: split as {@link splitMoneyRun} splits them. No sum rule covers these cells.
 */
import type { CellValue, Money } from '../model/cell.js';
import { describeCell, describeRows } from '../template/describeCell.js';
import { cellsOfRow, type CellLayout, type EditionLayout, type RowLayout } from '../template/layout.js';
import type { MoneyUnit } from '../template/types.js';
import { msg } from './parseFinding.js';
import { namedReadings, sameValue, shown, toCell } from './readValue.js';
import type { Pending } from './runs.js';
import { runFailed } from './runsSaid.js';
import { words } from './words.js';
import type { Find } from './sectionFinder.js';
import type { CellRead, RowBy } from './sectionReading.js';
import { splitMoneyRun } from './segment.js';
import type { Group, ValueToken } from './tokenize.js';

/** Where a money run was printed: its group, the group's index, how its row was found. */
interface MoneyAt {
  readonly group: Group;
  readonly g: number;
  readonly by: RowBy;
}

/**
 * A row ending in money whose numbers ran together (`政府集中采购40.016元` for 4 | 0.016元), or were
 * spaced inside on a page that puts spaces inside numbers (`9154 5276996.09`): split as
 * {@link splitMoneyRun} splits it. No sum rule covers these cells, so a cell is set only where the
 * digits alone allow one value (with a warning: the split is the reader's); where they allow
 * several, the row's disagreeing cells are left blank with `DIGITS_AMBIGUOUS` naming the readings.
 * Returns undefined, reading nothing, when the group is not such a run; else the cells read.
 */
export function readMoneyRun(
  row: RowLayout,
  at: MoneyAt,
  acrossSpaces: boolean,
  ctx: { readonly layout: EditionLayout; readonly lineOf: (offset: number) => number },
  find: Find,
): CellRead[] | undefined {
  const { group } = at;
  const columns = row.block.columns;
  const tokens = group.tokens;
  const runs = tokens.length < columns.length || (acrossSpaces && tokens.length > 1);
  const printed = runs ? moneyDigits(tokens) : undefined;
  if (
    group.positional ||
    !printed ||
    columns.at(-1)?.kind !== 'money' ||
    columns.slice(0, -1).some((c) => c.kind !== 'count' || c.role === 'total')
  )
    return undefined;
  const { digits, fraction, unit } = printed;
  const { splits, complete } = splitMoneyRun(digits, columns.length - 1);
  if (splits.length === 0) {
    const pending: Pending = { rows: [row], group, pieces: [digits], by: at.by };
    runFailed(pending, ctx, find, words.runWhy.noMoneySplit);
    return [];
  }
  const cells = cellsOfRow(ctx.layout, row);
  const moneyCell = cells.at(-1) as CellLayout;
  const amount = (integer: string) =>
    toCell(
      { kind: 'number', text: integer, sign: 1, digits: integer, fraction, ...(unit && { unit }) },
      moneyCell.column,
    );
  const readings = splits.map((s) => [...s.counts, amount(s.integer).value]);
  const first = readings[0] as readonly CellValue[];
  const differs = cells.map((_, k) => readings.some((r) => !sameValue(r[k] as CellValue, first[k] as CellValue)));
  // No sum rule covers these cells: the digits alone decide them.
  const split = { by: 'digits', readings: readings.length } as const;
  const origin = { group: at.g, row: at.by, value: 'split', split } as const;
  const read = cells.flatMap((c, k): CellRead[] =>
    differs[k] ? [] : [{ index: c.index, value: first[k] as CellValue, origin }],
  );
  const where = describeRows([row]);
  const line = ctx.lineOf(group.at);
  if (readings.length === 1 && complete) {
    // One number printed where counts were due too: they may instead have been left blank.
    const whole = shown([amount(digits).value]);
    const alone = tokens.length === 1 && columns.length > 1 ? words.countLeftBlank(whole) : msg('', '');
    const note = amount((splits[0] as { integer: string }).integer).note;
    const d = describeCell(moneyCell);
    if (note)
      find(note.code, 'warning', undefined, [row], words.cellNote(d, note.text), {
        cell: moneyCell,
      });
    find('DIGITS_SPLIT', 'warning', undefined, [row], words.onlyReading(where, shown(first), alone), {
      line,
      reading: first as readonly (number | 'NA' | Money)[],
    });
    return read;
  }
  const list = namedReadings(readings, differs, sameValue);
  const count = complete ? `${readings.length}` : `${readings.length}+`;
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    [row],
    words.runAmbiguous(where, 'digits', count, list.map(shown).join('；'), false),
    { line, candidates: list as readonly (readonly (number | 'NA' | Money)[])[] },
  );
  return read;
}

/**
 * The digits of numbers that ran together and end in an amount: the integer digits up to the one
 * decimal point, the digits after it (spaces inside the fraction too: `0.0 4元`), and the unit, which
 * only the last may carry. Undefined when the tokens are not such numbers.
 */
function moneyDigits(
  tokens: readonly ValueToken[],
): { digits: string; fraction: string; unit?: MoneyUnit } | undefined {
  let digits = '';
  let fraction: string | undefined;
  for (const [k, t] of tokens.entries()) {
    if (t.kind !== 'number' || t.sign < 0 || t.measure || (t.unit && k < tokens.length - 1)) return undefined;
    if (fraction !== undefined) {
      if (t.fraction) return undefined;
      fraction += t.digits;
    } else {
      digits += t.digits;
      if (t.fraction) fraction = t.fraction;
    }
  }
  const last = tokens.at(-1);
  if (last?.kind !== 'number') return undefined;
  return { digits, fraction: fraction ?? '', ...(last.unit && { unit: last.unit }) };
}
