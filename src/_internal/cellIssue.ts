import type { Issue, IssueCode } from '../model/issue.js';
import type { LocalizedText } from '../model/localizedText.js';
import { cellLocation, describeCell } from '../template/describeCell.js';
import type { CellLayout } from '../template/layout.js';

type Path = readonly (string | number)[];

/** Shows a bad value briefly, so a message can quote it without dumping a whole object. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Builds an issue; the cell's location is attached when the issue concerns a cell. */
export function issue(code: IssueCode, path: Path, message: LocalizedText, cell?: CellLayout): Issue {
  return cell ? { code, path, location: cellLocation(cell), message } : { code, path, message };
}

/** Classifies a value that a cell of this kind cannot hold. */
export function cellIssue(cell: CellLayout, value: unknown): Issue {
  const at = describeCell(cell);
  const path = cell.segments;
  const v = showValue(value);
  const fail = (code: IssueCode, zh: string, en: string, p: Path = path): Issue =>
    issue(code, p, { zh: `${at.zh}：${zh}`, en: `${at.en}: ${en}` }, cell);
  if (cell.column.kind === 'money') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(
        'INVALID_MONEY',
        `金额应写作 {"amount": "十进制数字串", "unit": "元" 或 "万元"}，实为 ${v}`,
        `money must be written as {"amount": "<decimal string>", "unit": "元" | "万元"}, got ${v}`,
      );
    }
    const m = value as Record<string, unknown>;
    if (m['unit'] !== '元' && m['unit'] !== '万元') {
      return fail(
        'INVALID_UNIT',
        `金额单位应为“元”或“万元”，实为 ${showValue(m['unit'])}`,
        `the unit must be 元 or 万元, got ${showValue(m['unit'])}`,
        [...path, 'unit'],
      );
    }
    return fail(
      'INVALID_MONEY',
      `金额应为非负十进制数字串（如 "830000"、"0.092"），实为 ${showValue(m['amount'])}`,
      `the amount must be a non-negative decimal string such as "830000" or "0.092", got ${showValue(m['amount'])}`,
      [...path, 'amount'],
    );
  }
  if (typeof value !== 'number') {
    return fail(
      'INVALID_CELL',
      `应为整数、null（空白）或 "NA"（不适用），实为 ${v}`,
      `expected an integer, null (blank) or "NA" (not applicable), got ${v}`,
    );
  }
  if (!Number.isFinite(value))
    return fail('NOT_FINITE', `数值必须有限，实为 ${v}`, `the number must be finite, got ${v}`);
  if (!Number.isInteger(value)) return fail('NOT_INTEGER', `应为整数，实为 ${v}`, `expected an integer, got ${v}`);
  if (!Number.isSafeInteger(value)) {
    return fail(
      'UNSAFE_INTEGER',
      `超出安全整数范围（${Number.MAX_SAFE_INTEGER}），无法精确表示：${v}`,
      `beyond the safe integer range (${Number.MAX_SAFE_INTEGER}), not exact: ${v}`,
    );
  }
  return fail('NEGATIVE_COUNT', `件数不能为负数，实为 ${v}`, `a count cannot be negative, got ${v}`);
}
