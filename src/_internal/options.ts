/** The options check every API that takes options starts with: misuse throws, never ignored. */
import { OgiReportError } from '../model/ogiReportError.js';
import { nearest } from './editDistance.js';

/** A thrower of `INVALID_ARGUMENT` naming the function, in both languages. */
export function misuse(fn: string): (zh: string, en: string) => never {
  return (zh, en) => {
    throw new OgiReportError('INVALID_ARGUMENT', { zh: `${fn}：${zh}`, en: `${fn}: ${en}` });
  };
}

/**
 * The options as a record of known keys: `{}` when absent; throws for a non-object or an unknown
 * key. The caller then checks each value.
 */
export function optionRecord(fn: string, options: unknown, keys: ReadonlySet<string>): Record<string, unknown> {
  const invalid = misuse(fn);
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    invalid('选项应为对象', 'options must be an object');
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (keys.has(k)) continue;
    const [near] = nearest(k, keys, Math.max(2, Math.floor(k.length / 3)), 1);
    const known = [...keys].join(', ');
    invalid(
      `未知选项“${k}”${near ? `（是否应为“${near}”？）` : ''}，可用：${known}`,
      `unknown option “${k}”${near ? ` (did you mean “${near}”?)` : ''}; known: ${known}`,
    );
  }
  return o;
}

/** What an option's value must be: a test, and the words for it in both languages. */
export interface OptionKind {
  readonly test: (v: unknown) => boolean;
  readonly zh: string;
  readonly en: string;
}

/** The kinds of option values the API takes. */
export const optionKinds = {
  boolean: { test: (v: unknown) => typeof v === 'boolean', zh: 'true 或 false', en: 'true or false' },
  locale: { test: (v: unknown) => v === 'zh' || v === 'en', zh: "'zh' 或 'en'", en: "'zh' or 'en'" },
  severity: {
    test: (v: unknown) => v === 'error' || v === 'warning' || v === 'info',
    zh: "'error'、'warning' 或 'info'",
    en: "'error', 'warning' or 'info'",
  },
  integer: { test: (v: unknown) => Number.isSafeInteger(v), zh: '整数', en: 'an integer' },
  string: { test: (v: unknown) => typeof v === 'string', zh: '文字', en: 'a string' },
  array: { test: (v: unknown) => Array.isArray(v), zh: '数组', en: 'an array' },
  object: {
    test: (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v),
    zh: '对象',
    en: 'an object',
  },
} as const satisfies Record<string, OptionKind>;

/**
 * The options prologue: `optionRecord` (unknown names refused, with the nearest known one), then
 * every value given checked against its kind; a wrong one throws `INVALID_ARGUMENT` naming the option
 * and what it must be. Values left `undefined` are absent.
 */
export function checkedOptions(
  fn: string,
  options: unknown,
  spec: Readonly<Record<string, OptionKind>>,
): Record<string, unknown> {
  const o = optionRecord(fn, options, new Set(Object.keys(spec)));
  for (const [name, kind] of Object.entries(spec)) {
    const v = o[name];
    if (v !== undefined && !kind.test(v))
      misuse(fn)(
        `选项 ${name} 应为${kind.zh}，而非 ${String(v)}`,
        `option ${name} must be ${kind.en}, not ${String(v)}`,
      );
  }
  return o;
}
