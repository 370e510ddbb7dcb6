import type * as z from 'zod/v4';
import type { Issue } from '../model/issue.js';
import { cellIssue, issue, showValue } from './cellIssue.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';

type Path = readonly (string | number)[];

function pathText(path: Path): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.');
}

function has(input: unknown, path: Path): { present: boolean; value: unknown } {
  let node = input;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg))
      return { present: false, value: undefined };
    node = (node as Record<string | number, unknown>)[seg];
  }
  return { present: true, value: node };
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
        push(
          issue('UNKNOWN_FIELD', p, {
            zh: `未知字段 ${pathText(p)}${edition ? `（${edition} 版格式没有此项）` : ''}`,
            en: `Unknown field ${pathText(p)}${edition ? ` (not in edition ${edition})` : ''}`,
          }),
        );
      }
      continue;
    }
    const { present, value } = has(input, path);
    if (path.length === 1 && path[0] === 'edition' && present) {
      push(
        issue('UNKNOWN_EDITION', path, {
          zh: `未知的格式版本 ${showValue(value)}：应为 "2019" 或 "2021"`,
          en: `Unknown edition ${showValue(value)}: expected "2019" or "2021"`,
        }),
      );
      continue;
    }
    const cell = cellAt(edition, path);
    if (cell && has(input, cell.segments).present) {
      push(cellIssue(cell, has(input, cell.segments).value));
      continue;
    }
    if (!present && path.length > 0) {
      push(
        issue('MISSING_FIELD', path, { zh: `缺少字段 ${pathText(path)}`, en: `Missing field ${pathText(path)}` }, cell),
      );
      continue;
    }
    if (zi.code === 'invalid_type') {
      push(
        issue('INVALID_TYPE', path, {
          zh: `${pathText(path)} 的类型不对：应为 ${zi.expected}，实为 ${showValue(value)}`,
          en: `${pathText(path)} has the wrong type: expected ${zi.expected}, got ${showValue(value)}`,
        }),
      );
      continue;
    }
    push(
      issue('INVALID_VALUE', path, {
        zh: `${pathText(path)} 的值 ${showValue(value)} 无效（${zi.message}）`,
        en: `${pathText(path)}: invalid value ${showValue(value)} (${zi.message})`,
      }),
    );
  }
  return out;
}
