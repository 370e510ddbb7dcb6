/**
 * A printed value as its cell holds it: a count, not applicable, or money with its unit — or why it
 * cannot be one. And how a stage names the readings of a run in its findings.
 */
import { Dec } from '../_internal/decimal.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { describeCell } from '../template/describeCell.js';
import type { CellLayout, RowLayout } from '../template/layout.js';
import type { ColumnTemplate } from '../template/types.js';
import type { ParseFindingCode } from './parseFinding.js';
import { words } from './words.js';
import type { RunValue } from './segment.js';
import type { Find } from './sectionFinder.js';
import type { ValueToken } from './tokenize.js';

/** Most candidate readings named in a finding. */
const CANDIDATES_SHOWN = 4;

/**
 * What a value was read as, said on its cell: a doubt where the print leaves one (a unit nobody
 * printed, a leading zero that may be the inside of a digit run), an info where it leaves none (a
 * measure word such as 件 or 项 after a count changes nothing of the count).
 */
interface ValueNote {
  readonly code: ParseFindingCode;
  readonly severity: 'info' | 'warning';
  readonly text: LocalizedText;
}

/** Reads a value token into a cell of this column, or explains why not. */
export function toCell(
  token: ValueToken,
  column: ColumnTemplate,
): { value: CellValue; problem?: LocalizedText; note?: ValueNote } {
  if (token.kind === 'blank') return { value: null };
  if (token.kind === 'na') return { value: 'NA' };
  if (column.kind === 'money') {
    if (token.sign < 0) return { value: null, problem: words.invalid.negativeMoney(token.text) };
    if (token.measure)
      return {
        value: null,
        problem: words.invalid.moneyMeasure(token.text),
      };
    const unit = token.unit ?? column.unit ?? '元';
    const amount = new Dec(`${token.digits}${token.fraction ? `.${token.fraction}` : ''}`);
    const assumed = token.unit === undefined && column.unit === undefined;
    return {
      value: { amount, unit },
      ...(assumed && {
        note: { code: 'UNIT_ASSUMED', severity: 'warning', text: words.note.unitAssumed },
      }),
    };
  }
  if (token.fraction !== '' && /[1-9]/.test(token.fraction))
    return { value: null, problem: words.invalid.notWhole(token.text) };
  if (token.unit) return { value: null, problem: words.invalid.countUnit(token.text) };
  const n = Number(token.digits);
  if (!Number.isSafeInteger(n)) return { value: null, problem: words.invalid.tooLarge(token.text) };
  if (token.sign < 0 && n !== 0 && column.kind !== 'signed')
    return { value: null, problem: words.invalid.negativeCount(token.text) };
  const value = n === 0 ? 0 : token.sign * n; // never -0
  if (token.digits.length > 1 && token.digits[0] === '0') {
    return {
      value,
      note: {
        code: 'LEADING_ZERO',
        severity: 'warning',
        text: words.note.leadingZero(token.text, value),
      },
    };
  }
  if (token.measure)
    return {
      value,
      note: {
        code: 'MEASURE_WORD',
        severity: 'info',
        text: words.note.measureWord(token.measure, value),
      },
    };
  return { value };
}

/**
 * The readings a finding names, at most {@link CANDIDATES_SHOWN}: the first, then for each cell
 * left blank one that disagrees with those named so far, then the next in order — so that the
 * named readings show, cell by cell, why it was left blank.
 */
export function namedReadings<V>(
  readings: readonly (readonly V[])[],
  differs: readonly boolean[],
  same: (a: V, b: V) => boolean = (a, b) => a === b,
): (readonly V[])[] {
  const named: (readonly V[])[] = readings.slice(0, 1);
  differs.forEach((d, slot) => {
    if (!d || named.length >= CANDIDATES_SHOWN) return;
    const at = (named[0] as readonly V[])[slot] as V;
    if (named.some((r) => !same(r[slot] as V, at))) return;
    const other = readings.find((r) => !same(r[slot] as V, at));
    if (other) named.push(other);
  });
  for (const r of readings) {
    if (named.length >= CANDIDATES_SHOWN) break;
    if (!named.includes(r)) named.push(r);
  }
  return named;
}

/** Readings as printed in a finding: `3|0|/|1`. */
export const shown = (r: readonly (RunValue | CellValue)[]) =>
  r
    .map((v) => (v === 'NA' ? '/' : typeof v === 'object' && v !== null ? `${v.amount.toFixed()}${v.unit}` : v))
    .join('|');

/** Whether two cell values are the same (amounts by value and unit). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  return a.amount.eq(b.amount) && a.unit === b.unit;
}

/** A value split from a digit run as its cell holds it: a count as it is, money with its unit (元 unless the column says). */
export function runCell(cell: CellLayout, v: RunValue, rows: readonly RowLayout[], find: Find): CellValue {
  if (v === 'NA' || cell.column.kind !== 'money') return v;
  const read = toCell({ kind: 'number', text: String(v), sign: 1, digits: String(v), fraction: '' }, cell.column);
  const d = describeCell(cell);
  if (read.note) find(read.note.code, read.note.severity, undefined, rows, words.cellNote(d, read.note.text), { cell });
  return read.value;
}
