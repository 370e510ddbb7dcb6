import { readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { cellsOfRow, layoutOf, type EditionLayout, type RowLayout } from '../template/layout.js';
import type { BlockTemplate, TableSectionTemplate } from '../template/types.js';
import { cellText } from './cellText.js';
import { reportTitle } from './renderText.js';

/**
 * Options of {@link renderHtml}.
 * @category Serialization
 */
export interface RenderHtmlOptions {
  /** A complete HTML document with a small stylesheet that looks like the official form (default: a fragment). */
  readonly standalone?: boolean;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] as string);
const th = (text: string, attrs: { rowspan?: number; colspan?: number; scope?: string } = {}) =>
  `<th${attrs.rowspan && attrs.rowspan > 1 ? ` rowspan="${attrs.rowspan}"` : ''}${attrs.colspan && attrs.colspan > 1 ? ` colspan="${attrs.colspan}"` : ''}${attrs.scope ? ` scope="${attrs.scope}"` : ''}>${esc(text)}</th>`;

const STYLE = `body{font-family:"SimSun","Songti SC",serif;max-width:60em;margin:2em auto;line-height:1.6}
h1{text-align:center;font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}
table.ogi{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.9em}
table.ogi caption{text-align:left;font-weight:bold;padding:.3em 0}
table.ogi th,table.ogi td{border:1px solid #000;padding:.25em .4em;text-align:center;vertical-align:middle}
table.ogi th[scope=row]{text-align:left;font-weight:normal}
table.ogi td{min-width:2.5em}`;

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
): string {
  const values = (r: RowLayout) =>
    cellsOfRow(layout, r)
      .map((c) => `<td>${esc(cellText(readCell(report, c.segments) as CellValue, c.column))}</td>`)
      .join('');
  const rows = layout.rows.filter((r) => r.block === block);
  const caption = block.caption ? `<caption>${esc(block.caption)}</caption>` : '';
  if (section.key === 'reviewLitigation') {
    const [first, ...rest] = block.rows;
    const group = rest[0]?.group;
    const labels = block.columns.map((c) => th(c.label));
    return [
      `<table class="ogi">${caption}<thead>`,
      `<tr>${th(first?.label ?? '', { colspan: block.columns.length })}${group ? th(group.label, { colspan: block.columns.length * rest.length }) : ''}</tr>`,
      `<tr>${block.columns.map((c) => th(c.label, { rowspan: 2 })).join('')}${rest.map((r) => th(r.label, { colspan: block.columns.length })).join('')}</tr>`,
      `<tr>${rest.map(() => labels.join('')).join('')}</tr>`,
      `</thead><tbody><tr>${rows.map(values).join('')}</tr></tbody></table>`,
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
    `<table class="ogi">${caption}<thead>`,
    ...head(section, block, depth),
    '</thead><tbody>',
    ...body,
    '</tbody></table>',
  ].join('\n');
}

/**
 * Renders a report as HTML, each table with the official merged-cell structure: the applicant
 * header over two levels, 三、本年度办理结果 and its groups spanning their rows, the review/litigation
 * header over three levels. Prose is escaped. With `standalone`, a complete document with a small
 * stylesheet that looks like the official form.
 * @param report - a report of either edition.
 * @param options - `standalone`.
 * @returns HTML text, ending with a newline.
 * @category Serialization
 */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const layout = layoutOf(report.edition);
  const parts: string[] = [`<h1>${esc(reportTitle(report))}</h1>`];
  for (const section of layout.template.sections) {
    parts.push(`<h2>${esc(section.heading)}</h2>`);
    if (!section.blocks) {
      const text = report[section.key as 'overview'];
      for (const p of text.split('\n')) if (p.trim() !== '') parts.push(`<p>${esc(p)}</p>`);
      continue;
    }
    for (const block of section.blocks) parts.push(blockTable(report, layout, section as TableSectionTemplate, block));
  }
  const body = `<article class="ogi-report" lang="zh-CN">\n${parts.join('\n')}\n</article>`;
  if (!options.standalone) return `${body}\n`;
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(reportTitle(report))}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
