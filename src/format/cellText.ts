import type { CellValue, Money } from '../model/cell.js';
import type { ColumnTemplate } from '../template/types.js';

/** How a not-applicable cell is printed in the published layouts. */
const NA_MARK = '/';

/** A money amount as text: the canonical decimal, never rounded, never in exponent notation. */
export const amountText = (m: Money): string => m.amount.toFixed();

/**
 * A cell as data text (CSV): a number, nothing for blank, `NA` for not applicable, money always with
 * its unit (`830000元`, `0.092万元`).
 */
export function dataText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || value === 'NA') return String(value);
  const m = value as Money;
  return `${amountText(m)}${m.unit}`;
}

/**
 * A cell as printed in a published table: a number, nothing for blank, `/` for not applicable, money
 * with its unit — except where the column header prescribes the unit (2021: 万元), which is then omitted.
 */
export function cellText(value: CellValue | undefined, column: ColumnTemplate): string {
  if (value === null || value === undefined) return '';
  if (value === 'NA') return NA_MARK;
  if (typeof value === 'number') return String(value);
  const m = value as Money;
  const amount = amountText(m);
  return column.unit !== undefined && column.unit === m.unit ? amount : `${amount}${m.unit}`;
}
