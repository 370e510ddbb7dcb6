import { checkedOptions, misuse, optionKinds } from '../_internal/options.js';
import type { Locale } from '../model/localizedText.js';
import { repairText } from '../repair/repairText.js';
import type { Repair } from '../repair/types.js';
import type { Finding, Severity } from './types.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import type { Audit } from './audit.js';

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
 * finding under it. A reader's findings (from `parseReport`, `parseHtml`, `parsePdf`) are formatted
 * too, each with its line, page or table row.
 * @param findings - findings from `checkReport`, or a reader's.
 * @param options - locale, the least severity shown, and repairs from `suggestRepairs`.
 * @returns plain text, one finding per line; a single line saying so when there is nothing to show.
 * @example
 * ```ts
 * console.log(formatFindings(checkReport(report).findings, { locale: 'en', minSeverity: 'warning' }));
 * console.log(formatFindings(checkReport(report).findings, { repairs: suggestRepairs(report).repairs }));
 * ```
 * @category Checks
 */
export function formatFindings(
  findings: readonly (Finding | ParseFinding)[],
  options: FormatFindingsOptions = {},
): string {
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
      if (!('rule' in f)) return void lines.push(`  ${i + 1}. [${f.code}]${placeOf(f, locale)} ${f.message[locale]}`);
      lines.push(`  ${i + 1}. [${f.rule} ${f.code}] ${f.message[locale]}`);
      const fix = options.repairs && repairText(f, options.repairs, locale);
      if (fix) lines.push(`     ${fix}`);
    });
  }
  if (lines.length === 0) return locale === 'zh' ? '未发现问题。' : 'Nothing found.';
  return lines.join('\n');
}

/** Where a reader's finding is, in words: its line, or its page, or its table and row. */
function placeOf(f: ParseFinding, locale: Locale): string {
  const zh = locale === 'zh';
  if (f.line !== undefined) return zh ? ` 第 ${f.line} 行` : ` line ${f.line}`;
  const s = f.source;
  if (s?.kind === 'pdf') return zh ? ` 第 ${s.page} 页` : ` page ${s.page}`;
  if (s?.kind === 'html' && s.table !== undefined)
    return zh
      ? ` 表格${s.table + 1}${s.row !== undefined ? `第${s.row + 1}行` : ''}`
      : ` table ${s.table + 1}${s.row !== undefined ? `, row ${s.row + 1}` : ''}`;
  return '';
}

/**
 * Formats an audit for people: the verdict and summary, then each cause with who should act, in
 * Chinese (default) or English.
 * @param audit - what `auditReport` returned.
 * @param options - `locale`.
 * @returns plain text.
 * @example
 * ```ts
 * console.log(formatAudit(auditReport(report), { locale: 'en' }));
 * ```
 * @category Checks
 */
export function formatAudit(audit: Audit, options: { readonly locale?: Locale } = {}): string {
  checkedOptions('formatAudit', options, { locale: optionKinds.locale });
  if (typeof audit !== 'object' || audit === null || !Array.isArray((audit as Audit).causes))
    misuse('formatAudit')('应为 auditReport 的结果', 'expected the result of auditReport');
  const zh = options.locale !== 'en';
  const actor = (a: 'publisher' | 'reader') =>
    zh ? (a === 'publisher' ? '发布机关' : '读取方') : a === 'publisher' ? 'publisher' : 'reader';
  const lines = [
    `${zh ? '结论' : 'Verdict'}: ${audit.verdict}`,
    audit.summary[zh ? 'zh' : 'en'],
    ...audit.causes.map((c, i) => `  ${i + 1}. [${c.kind} · ${actor(c.actor)}] ${c.message[zh ? 'zh' : 'en']}`),
  ];
  return lines.join('\n');
}
