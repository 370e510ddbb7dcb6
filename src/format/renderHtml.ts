import { assertReport } from '../_internal/assertEdition.js';
import type { Report } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import type { TableSectionTemplate } from '../template/types.js';
import type { Finding } from '../check/types.js';
import type { Locale } from '../model/localizedText.js';
import { misuse, optionRecord } from '../_internal/options.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import type { Repair } from '../repair/types.js';
import { blockModel, type ModelCell, type TableModel } from './tableModel.js';
import { htmlStyles } from './htmlStyles.js';
import { esc } from '../_internal/escapeHtml.js';
import { annotate, legend, markedCell, notesList, type Annotations } from './inspector.js';
import { auditAnnotations, auditPanel } from './auditView.js';
import type { Audit } from '../check/audit.js';
import { reportTitle } from './renderText.js';

/**
 * Options of {@link renderHtml}.
 * @category Serialization
 */
export interface RenderHtmlOptions {
  /** A complete HTML document with {@link htmlStyles}, a viewport for phones and A4 print rules (default: a fragment). */
  readonly standalone?: boolean;
  /** Findings of `checkReport` to show on the form: their cells marked, each listed under its table with links to them. */
  readonly findings?: readonly Finding[];
  /** Repairs of `suggestRepairs`: the top-ranked shown on their cells as “26 → 18” (tied ones as alternatives), and under each finding. */
  readonly repairs?: readonly Repair[];
  /** Findings of a reader (`parseReport`, `parseHtml`, `parsePdf`): the cells they doubt marked and the findings listed. */
  readonly parseFindings?: readonly ParseFinding[];
  /**
   * An audit of `auditReport`: the verdict and summary first, each cause once with its cells named and
   * linked, the culprit cells marked strongly with their repair and the rest of each broken relation
   * lightly, the reader's doubts on their cells. It carries the findings, repairs and reader's
   * findings, so it is given instead of them.
   */
  readonly audit?: Audit;
  /** Language of the lists and legend: `'zh'` (default) or `'en'`; the form itself is always in Chinese. */
  readonly locale?: Locale;
}

const OPTION_KEYS = new Set(['standalone', 'findings', 'repairs', 'parseFindings', 'audit', 'locale']);

/** Validates the options: an unknown option, or a list that is not an array, is misuse. */
function htmlOptions(options: unknown): RenderHtmlOptions {
  const invalid = misuse('renderHtml');
  const o = optionRecord('renderHtml', options, OPTION_KEYS);
  if (o['standalone'] !== undefined && typeof o['standalone'] !== 'boolean')
    invalid('standalone 应为 true 或 false', 'standalone must be true or false');
  for (const k of ['findings', 'repairs', 'parseFindings'])
    if (o[k] !== undefined && !Array.isArray(o[k])) invalid(`${k} 应为数组`, `${k} must be an array`);
  const audit = o['audit'] as Partial<Audit> | undefined;
  if (
    audit !== undefined &&
    (typeof audit !== 'object' ||
      audit === null ||
      !Array.isArray(audit.causes) ||
      !Array.isArray(audit.findings) ||
      !Array.isArray(audit.repairs))
  )
    invalid('audit 应为 auditReport 的结果', 'audit must be an audit from auditReport');
  if (audit !== undefined && ['findings', 'repairs', 'parseFindings'].some((k) => o[k] !== undefined))
    invalid(
      'audit 已含检查结果、更正和读取结果，不能同时给出 findings、repairs 或 parseFindings',
      'an audit carries its findings, repairs and reader’s findings: give it instead of findings, repairs or parseFindings',
    );
  if (o['locale'] !== undefined && o['locale'] !== 'zh' && o['locale'] !== 'en')
    invalid("语言应为 'zh' 或 'en'", "locale must be 'zh' or 'en'");
  return o as RenderHtmlOptions;
}
const th = (text: string, attrs: { rowspan?: number; colspan?: number; scope?: string } = {}) =>
  `<th${attrs.rowspan && attrs.rowspan > 1 ? ` rowspan="${attrs.rowspan}"` : ''}${attrs.colspan && attrs.colspan > 1 ? ` colspan="${attrs.colspan}"` : ''}${attrs.scope ? ` scope="${attrs.scope}"` : ''}>${esc(text)}</th>`;

/** A table of the model as HTML: labels as `th`, values as marked `td`. */
function blockTable(model: TableModel, marks: Annotations | undefined): string {
  const cell = (c: ModelCell) =>
    c.key === undefined
      ? th(c.text, {
          ...(c.rowspan && { rowspan: c.rowspan }),
          ...(c.colspan && { colspan: c.colspan }),
          ...(c.scope && { scope: c.scope }),
        })
      : markedCell(c.key, c.text, marks);
  const row = (cells: readonly ModelCell[]) => `<tr>${cells.map(cell).join('')}</tr>`;
  const caption = model.caption !== undefined ? `<caption>${esc(model.caption)}</caption>` : '';
  return [
    `<div class="ogi-scroll"><table class="ogi">${caption}<thead>`,
    ...model.head.map(row),
    '</thead><tbody>',
    ...model.body.map(row),
    '</tbody></table></div>',
  ].join('\n');
}

/**
 * Renders a report as HTML, each table with the official merged-cell structure: the applicant
 * header over two levels, 三、本年度办理结果 and its groups spanning their rows, the review/litigation
 * header over three levels. Every value cell carries `data-key` (its cell key) and an `id`. Prose is
 * escaped. With `standalone`, a complete document with {@link htmlStyles}.
 *
 * Given `findings`, `repairs` or `parseFindings` it is an inspector: cells of broken relations,
 * blanks that must take a value and blanks that leave a relation open are marked (classes
 * `ogi-broken`, `ogi-inferred`, `ogi-open`; `data-notes` names the findings), each finding is listed
 * under its table with links to its cells, the top repair shows on its cells as “26 → 18”, doubted
 * cells of a reader are marked `ogi-doubt`, and a legend explains the marks. Unstyled, the fragment
 * still reads: the marks are `<del>`/`<ins>` and ordered lists. Given an `audit` instead, it shows the
 * audit: verdict and summary (`data-verdict`), causes (`ogi-cause`, culprit cells `ogi-culprit`, the
 * rest of a broken relation `ogi-related`), and why a blank is an unknown where blanks matter.
 * @param report - a report of either edition.
 * @param options - `standalone`, and what to show on the form.
 * @returns HTML text, ending with a newline.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for options that are not valid.
 * @example
 * ```ts
 * const page = renderHtml(report, {
 *   standalone: true,
 *   findings: checkReport(report).findings,
 *   repairs: suggestRepairs(report).repairs,
 * });
 * ```
 * @category Serialization
 */
export function renderHtml(report: Report, options?: RenderHtmlOptions): string {
  const opts = htmlOptions(options);
  assertReport('renderHtml', report);
  const layout = layoutOf(report.edition);
  const locale = opts.locale === 'en' ? 'en' : 'zh';
  const marks = opts.audit ? auditAnnotations(opts.audit, locale) : annotate({ ...opts, locale }, layout);
  const parts: string[] = [
    `<h1>${esc(reportTitle(report))}</h1>`,
    opts.audit ? auditPanel(opts.audit, layout, locale) : '',
    legend(marks),
    notesList(marks, ''),
  ];
  for (const section of layout.template.sections) {
    parts.push(`<h2>${esc(section.heading)}</h2>`);
    if (!section.blocks) {
      const text = report[section.key as 'overview'];
      for (const p of text.split('\n')) if (p.trim() !== '') parts.push(`<p>${esc(p)}</p>`);
    } else
      for (const block of section.blocks)
        parts.push(blockTable(blockModel(report, layout, section as TableSectionTemplate, block), marks));
    parts.push(notesList(marks, section.key));
  }
  const body = `<article class="ogi-report" lang="zh-CN">\n${parts.filter(Boolean).join('\n')}\n</article>`;
  if (!opts.standalone) return `${body}\n`;
  const head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">'];
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${head.join('\n')}\n<title>${esc(reportTitle(report))}</title>\n<style>\nbody{margin:0}\n${htmlStyles}\n</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
