import type * as z from 'zod/v4';
import type { Issue, IssueCode } from '../model/issue.js';
import type { LocalizedText } from '../model/localizedText.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';

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

function pathText(path: Path): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.');
}

function has(input: unknown, path: Path): { present: boolean; value: unknown } {
  let node = input;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return { present: false, value: undefined };
    node = (node as Record<string | number, unknown>)[seg];
  }
  return { present: true, value: node };
}

/** Builds an issue; `where` is attached when the issue concerns a cell. */
export function issue(code: IssueCode, path: Path, message: LocalizedText, cell?: CellLayout): Issue {
  return cell ? { code, path, where: describeCell(cell), message } : { code, path, message };
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
      return fail('INVALID_MONEY', `金额应写作 {"amount": "十进制数字串", "unit": "元" 或 "万元"}，实为 ${v}`, `money must be written as {"amount": "<decimal string>", "unit": "元" | "万元"}, got ${v}`);
    }
    const m = value as Record<string, unknown>;
    if (m['unit'] !== '元' && m['unit'] !== '万元') {
      return fail('INVALID_UNIT', `金额单位应为“元”或“万元”，实为 ${showValue(m['unit'])}`, `the unit must be 元 or 万元, got ${showValue(m['unit'])}`, [...path, 'unit']);
    }
    return fail('INVALID_MONEY', `金额应为非负十进制数字串（如 "830000"、"0.092"），实为 ${showValue(m['amount'])}`, `the amount must be a non-negative decimal string such as "830000" or "0.092", got ${showValue(m['amount'])}`, [...path, 'amount']);
  }
  if (typeof value !== 'number') {
    return fail('INVALID_CELL', `应为整数、null（空白）或 "NA"（不适用），实为 ${v}`, `expected an integer, null (blank) or "NA" (not applicable), got ${v}`);
  }
  if (!Number.isFinite(value)) return fail('NOT_FINITE', `数值必须有限，实为 ${v}`, `the number must be finite, got ${v}`);
  if (!Number.isInteger(value)) return fail('NOT_INTEGER', `应为整数，实为 ${v}`, `expected an integer, got ${v}`);
  if (!Number.isSafeInteger(value)) {
    return fail('UNSAFE_INTEGER', `超出安全整数范围（${Number.MAX_SAFE_INTEGER}），无法精确表示：${v}`, `beyond the safe integer range (${Number.MAX_SAFE_INTEGER}), not exact: ${v}`);
  }
  return fail('NEGATIVE_COUNT', `件数不能为负数，实为 ${v}`, `a count cannot be negative, got ${v}`);
}

/** Finds the cell a path points into (the cell itself or a field of a money cell). */
function cellAt(edition: Edition | undefined, path: Path): CellLayout | undefined {
  if (edition === undefined) return undefined;
  const byKey = layoutOf(edition).cellByKey;
  return byKey.get(path.join('.')) ?? byKey.get(path.slice(0, -1).join('.'));
}

/**
 * Turns zod's issues for `input` into the library's coded issues: one per offending place,
 * each unknown key on its own, cells classified by what they actually hold.
 */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  const e = has(input, ['edition']).value;
  const edition = typeof e === 'string' && Object.hasOwn(templates, e) ? (e as Edition) : undefined;
  const out: Issue[] = [];
  const seen = new Set<string>();
  const push = (i: Issue): void => {
    const id = `${i.code} ${i.path.join('\u0000')}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(i);
    }
  };
  for (const zi of zodIssues) {
    const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const p = [...path, key];
        push(issue('UNKNOWN_FIELD', p, {
          zh: `未知字段 ${pathText(p)}${edition ? `（${edition} 版格式没有此项）` : ''}`,
          en: `Unknown field ${pathText(p)}${edition ? ` (not in edition ${edition})` : ''}`,
        }));
      }
      continue;
    }
    const { present, value } = has(input, path);
    if (path.length === 1 && path[0] === 'edition' && present) {
      push(issue('UNKNOWN_EDITION', path, {
        zh: `未知的格式版本 ${showValue(value)}：应为 "2019" 或 "2021"`,
        en: `Unknown edition ${showValue(value)}: expected "2019" or "2021"`,
      }));
      continue;
    }
    const cell = cellAt(edition, path);
    if (cell && has(input, cell.segments).present) {
      push(cellIssue(cell, has(input, cell.segments).value));
      continue;
    }
    if (!present && path.length > 0) {
      push(issue('MISSING_FIELD', path, { zh: `缺少字段 ${pathText(path)}`, en: `Missing field ${pathText(path)}` }, cell));
      continue;
    }
    if (zi.code === 'invalid_type') {
      push(issue('INVALID_TYPE', path, {
        zh: `${pathText(path)} 的类型不对：应为 ${zi.expected}，实为 ${showValue(value)}`,
        en: `${pathText(path)} has the wrong type: expected ${zi.expected}, got ${showValue(value)}`,
      }));
      continue;
    }
    push(issue('INVALID_VALUE', path, {
      zh: `${pathText(path)} 的值 ${showValue(value)} 无效（${zi.message}）`,
      en: `${pathText(path)}: invalid value ${showValue(value)} (${zi.message})`,
    }));
  }
  return out;
}
