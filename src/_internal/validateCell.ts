import { Decimal } from 'decimal.js';
import { NOT_APPLICABLE } from '../model/cell.js';
import type { Issue } from '../model/issue.js';
import type { CellLayout } from '../template/layout.js';
import { cellIssue, issue } from './cellIssue.js';
import { describeCell } from '../template/describeCell.js';

/** Checks an in-memory cell value against its column; returns the issue, or nothing when it is valid. */
export function validateCell(cell: CellLayout, value: unknown): Issue | undefined {
  if (value === null || value === NOT_APPLICABLE) return undefined;
  if (cell.column.kind !== 'money') {
    const ok = Number.isSafeInteger(value) && (cell.column.kind === 'signed' || (value as number) >= 0);
    return ok ? undefined : cellIssue(cell, value);
  }
  const m = value as { amount?: unknown; unit?: unknown };
  if (typeof value !== 'object' || Array.isArray(value) || (m.unit !== '元' && m.unit !== '万元')) {
    return cellIssue(cell, value);
  }
  const a = m.amount;
  if (!Decimal.isDecimal(a) || !a.isFinite() || a.isNegative()) {
    const at = describeCell(cell);
    return issue(
      'INVALID_MONEY',
      [...cell.segments, 'amount'],
      { zh: `${at.zh}：金额应为有限的非负 Decimal`, en: `${at.en}: the amount must be a finite, non-negative Decimal` },
      cell,
    );
  }
  return undefined;
}
