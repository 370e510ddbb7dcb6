import { checkedOptions, misuse, optionKinds } from '../_internal/options.js';
import type { Locale } from '../model/localizedText.js';
import { repairText } from '../repair/repairText.js';
import type { Repair } from '../repair/types.js';
import type { Finding, Severity } from './types.js';

/**
 * Options of {@link formatFindings}.
 * @category Checks
 */
export interface FormatFindingsOptions {
  /** Language: `'zh'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The least severity shown: `'info'` (default, everything), `'warning'` or `'error'`. */
  readonly minSeverity?: Severity;
  /** Repairs from `suggestRepairs`: each broken finding a repair resolves gets the best such repair on a line of its own. */
  readonly repairs?: readonly Repair[];
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const headings: Record<Locale, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
};

/**
 * Formats findings for people: grouped by severity (errors first), numbered, each with its rule,
 * code and message, in Chinese (default) or English; given `repairs`, the best repair of each
 * finding under it.
 * @param findings - findings from `checkReport`.
 * @param options - locale, the least severity shown, and repairs from `suggestRepairs`.
 * @returns plain text, one finding per line; a single line saying so when there is nothing to show.
 * @example
 * ```ts
 * console.log(formatFindings(checkReport(report).findings, { locale: 'en', minSeverity: 'warning' }));
 * console.log(formatFindings(checkReport(report).findings, { repairs: suggestRepairs(report).repairs }));
 * ```
 * @category Checks
 */
export function formatFindings(findings: readonly Finding[], options: FormatFindingsOptions = {}): string {
  checkedOptions('formatFindings', options, {
    locale: optionKinds.locale,
    minSeverity: optionKinds.severity,
    repairs: optionKinds.array,
  });
  if (!Array.isArray(findings)) misuse('formatFindings')('应为发现的数组', 'expected an array of findings');
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh';
  const min = rank[options.minSeverity ?? 'info'] ?? 2;
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    if (rank[severity] > min) continue;
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${headings[locale][severity]} (${group.length})`);
    group.forEach((f, i) => {
      lines.push(`  ${i + 1}. [${f.rule} ${f.code}] ${f.message[locale]}`);
      const fix = options.repairs && repairText(f, options.repairs, locale);
      if (fix) lines.push(`     ${fix}`);
    });
  }
  if (lines.length === 0) return locale === 'zh' ? '未发现问题。' : 'Nothing found.';
  return lines.join('\n');
}
