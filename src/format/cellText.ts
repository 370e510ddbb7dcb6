import type { CellValue, Money } from '../model/cell.js';
import type { ColumnTemplate } from '../template/types.js';

/** How a not-applicable cell is printed in the published layouts. */
const NA_MARK = '/';

/**
 * A cell as printed in a published table: a number, nothing for blank, `/` for not applicable, money
 * with its unit — except where the column header prescribes the unit (2021: 万元), which is then omitted.
 */
export function cellText(value: CellValue | undefined, column: ColumnTemplate): string {
  if (value === null || value === undefined) return '';
  if (value === 'NA') return NA_MARK;
  if (typeof value === 'number') return String(value);
  const m = value as Money;
  const amount = m.amount.toFixed();
  return column.unit !== undefined && column.unit === m.unit ? amount : `${amount}${m.unit}`;
}
