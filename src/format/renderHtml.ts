import { readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { cellsOfRow, layoutOf, type EditionLayout, type RowLayout } from '../template/layout.js';
import type { BlockTemplate, TableSectionTemplate } from '../template/types.js';
import type { Finding } from '../check/types.js';
import type { Locale } from '../model/localizedText.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import type { Repair } from '../repair/types.js';
import { cellText } from './cellText.js';
import { htmlStyles } from './htmlStyles.js';
import { annotate, esc, legend, markedCell, notesList, type Annotations } from './inspector.js';
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
  /** Language of the lists and legend: `'zh'` (default) or `'en'`; the form itself is always in Chinese. */
  readonly locale?: Locale;
}

const OPTION_KEYS = new Set(['standalone', 'findings', 'repairs', 'parseFindings', 'locale']);

/** Validates the options: an unknown option, or a list that is not an array, is misuse. */
function htmlOptions(options: unknown): RenderHtmlOptions {
  const invalid = (zh: string, en: string): never => {
    throw new OgiReportError('INVALID_ARGUMENT', { zh: `renderHtml：${zh}`, en: `renderHtml: ${en}` });
  };
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    invalid('选项应为对象', 'options must be an object');
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!OPTION_KEYS.has(k)) invalid(`未知选项“${k}”`, `unknown option “${k}”`);
  for (const k of ['findings', 'repairs', 'parseFindings'])
    if (o[k] !== undefined && !Array.isArray(o[k])) invalid(`${k} 应为数组`, `${k} must be an array`);
  if (o['locale'] !== undefined && o['locale'] !== 'zh' && o['locale'] !== 'en')
    invalid("语言应为 'zh' 或 'en'", "locale must be 'zh' or 'en'");
  return o as RenderHtmlOptions;
}
const th = (text: string, attrs: { rowspan?: number; colspan?: number; scope?: string } = {}) =>
  `<th${attrs.rowspan && attrs.rowspan > 1 ? ` rowspan="${attrs.rowspan}"` : ''}${attrs.colspan && attrs.colspan > 1 ? ` colspan="${attrs.colspan}"` : ''}${attrs.scope ? ` scope="${attrs.scope}"` : ''}>${esc(text)}</th>`;

/** Depth of the label columns of a block: the deepest row's ancestors plus its own label. */
function labelDepth(layout: EditionLayout, block: BlockTemplate): number {
  return Math.max(1, ...layout.rows.filter((r) => r.block === block).map((r) => r.ancestors.length + 1));
}

function leavesUnder(layout: EditionLayout, r: RowLayout, level: number): number {
  const a = r.ancestors[level];
  return layout.rows.filter((x) => x.block === r.block && x.ancestors[level] === a).length;
}

function head(section: TableSectionTemplate, block: BlockTemplate, depth: number): string[] {
  const cols = block.columns;
  if (section.balance) {
    const grouped = cols.filter((c) => c.group);
    const group = grouped[0]?.group;
    return [
      `<tr>${th(section.balance.note, { rowspan: 3, colspan: depth })}${th(section.header ?? '', { colspan: cols.length })}</tr>`,
      `<tr>${cols
        .filter((c) => !c.group)
        .slice(0, 1)
        .map((c) => th(c.label, { rowspan: 2 }))
        .join('')}${group ? th(group.label, { colspan: grouped.length }) : ''}${cols
        .filter((c) => !c.group)
        .slice(1)
        .map((c) => th(c.label, { rowspan: 2 }))
        .join('')}</tr>`,
      `<tr>${grouped.map((c) => th(c.label)).join('')}</tr>`,
    ];
  }
  return [`<tr>${th(block.labelHeader ?? '', { colspan: depth })}${cols.map((c) => th(c.label)).join('')}</tr>`];
}

function blockTable(
  report: Report,
  layout: EditionLayout,
  section: TableSectionTemplate,
  block: BlockTemplate,
  marks: Annotations | undefined,
): string {
  const values = (r: RowLayout) =>
    cellsOfRow(layout, r)
      .map((c) => markedCell(c.key, cellText(readCell(report, c.segments) as CellValue, c.column), marks))
      .join('');
  const rows = layout.rows.filter((r) => r.block === block);
  const caption = block.caption ? `<caption>${esc(block.caption)}</caption>` : '';
  if (block.rowsAcross) {
    const [first, ...rest] = block.rows;
    const group = rest[0]?.group;
    const labels = block.columns.map((c) => th(c.label));
    return [
      `<div class="ogi-scroll"><table class="ogi">${caption}<thead>`,
      `<tr>${th(first?.label ?? '', { colspan: block.columns.length })}${group ? th(group.label, { colspan: block.columns.length * rest.length }) : ''}</tr>`,
      `<tr>${block.columns.map((c) => th(c.label, { rowspan: 2 })).join('')}${rest.map((r) => th(r.label, { colspan: block.columns.length })).join('')}</tr>`,
      `<tr>${rest.map(() => labels.join('')).join('')}</tr>`,
      `</thead><tbody><tr>${rows.map(values).join('')}</tr></tbody></table></div>`,
    ].join('\n');
  }
  const depth = labelDepth(layout, block);
  const body = rows.map((r, i) => {
    const prev = rows[i - 1];
    const opened = r.ancestors
      .map((a, level) =>
        prev?.ancestors[level] === a ? '' : th(a.label, { rowspan: leavesUnder(layout, r, level), scope: 'rowgroup' }),
      )
      .join('');
    const own = th(r.row.label, { colspan: depth - r.ancestors.length, scope: 'row' });
    return `<tr>${opened}${own}${values(r)}</tr>`;
  });
  return [
    `<div class="ogi-scroll"><table class="ogi">${caption}<thead>`,
    ...head(section, block, depth),
    '</thead><tbody>',
    ...body,
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
 * still reads: the marks are `<del>`/`<ins>` and ordered lists.
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
  const layout = layoutOf(report.edition);
  const marks = annotate({ ...opts, locale: opts.locale === 'en' ? 'en' : 'zh' }, layout);
  const parts: string[] = [`<h1>${esc(reportTitle(report))}</h1>`, legend(marks), notesList(marks, '')];
  for (const section of layout.template.sections) {
    parts.push(`<h2>${esc(section.heading)}</h2>`);
    if (!section.blocks) {
      const text = report[section.key as 'overview'];
      for (const p of text.split('\n')) if (p.trim() !== '') parts.push(`<p>${esc(p)}</p>`);
    } else
      for (const block of section.blocks)
        parts.push(blockTable(report, layout, section as TableSectionTemplate, block, marks));
    parts.push(notesList(marks, section.key));
  }
  const body = `<article class="ogi-report" lang="zh-CN">\n${parts.filter(Boolean).join('\n')}\n</article>`;
  if (!opts.standalone) return `${body}\n`;
  const head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">'];
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${head.join('\n')}\n<title>${esc(reportTitle(report))}</title>\n<style>\nbody{margin:0}\n${htmlStyles}\n</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
