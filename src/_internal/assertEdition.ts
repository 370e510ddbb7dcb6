import { OgiReportError } from '../model/ogiReportError.js';
import { editions, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';

/** Throws `UNKNOWN_EDITION` unless `edition` is a key of the templates (for callers outside TypeScript). */
export function assertEdition(edition: unknown): asserts edition is Edition {
  if (typeof edition !== 'string' || !Object.hasOwn(templates, edition)) {
    throw new OgiReportError('UNKNOWN_EDITION', {
      zh: `未知的格式版本 ${JSON.stringify(edition)}：应为 ${editions.map((e) => `'${e}'`).join('、')} 之一`,
      en: `Unknown edition ${JSON.stringify(edition)}: expected one of ${editions.map((e) => `'${e}'`).join(', ')}.`,
    });
  }
}

/** The sections every report has, whatever its edition (checked before a renderer walks them). */
const REPORT_PARTS = ['agency', 'proactiveDisclosure', 'requests', 'reviewLitigation'] as const;

/**
 * Throws `INVALID_ARGUMENT` naming `fn` (and the report's index in a list) unless `value` has a
 * report's shape — an object of a known edition with its agency and tables — so that a renderer
 * given `null`, a number or a stray object says so instead of failing with a `TypeError`.
 */
export function assertReport(fn: string, value: unknown, index?: number): void {
  const r = value as Record<string, unknown> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    typeof r['edition'] === 'string' &&
    Object.hasOwn(templates, r['edition']) &&
    REPORT_PARTS.every((k) => typeof r[k] === 'object' && r[k] !== null);
  if (ok) return;
  const which = index === undefined ? '' : ` #${index + 1}`;
  throw new OgiReportError('INVALID_ARGUMENT', {
    zh: `${fn}：${index === undefined ? '参数' : `第 ${index + 1} 项`}不是报告（应为含 edition、agency 与各表的对象，见 fromJSON）`,
    en: `${fn}: argument${which} is not a report (an object with its edition, agency and tables; see fromJSON)`,
  });
}

/**
 * Throws `INVALID_ARGUMENT` naming `fn` and the argument unless `value` is an object with the
 * property `has` — a layout's row or cell, a tally result, a repair — for callers outside TypeScript.
 */
export function assertShape(fn: string, what: { zh: string; en: string }, value: unknown, has: string): void {
  if (typeof value === 'object' && value !== null && has in value) return;
  throw new OgiReportError('INVALID_ARGUMENT', {
    zh: `${fn}：参数应为${what.zh}，而非 ${String(value)}`,
    en: `${fn}: the argument must be ${what.en}, not ${String(value)}`,
  });
}
