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
