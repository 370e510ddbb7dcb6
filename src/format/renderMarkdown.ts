import { assertReport } from '../_internal/assertEdition.js';
import { readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { cellsOfRow, layoutOf, type RowLayout } from '../template/layout.js';
import { cellText } from './cellText.js';
import { reportTitle } from './renderText.js';

/**
 * Prose and names as Markdown text, never markup: `<` (raw HTML), `[`/`]` (links, images,
 * `javascript:` URLs), `&` (entities) and `\\` escaped with a backslash, so a Markdown renderer shows
 * them as typed and runs nothing. {@link parseReport} takes the backslashes off again.
 */
const text = (s: string) => s.replace(/[\\<>[\]&]/g, '\\$&');
const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
const rule = (n: number) => `|${'---|'.repeat(n)}`;
const label = (r: { label: string; group?: { label: string } }) =>
  r.group ? `${r.group.label} › ${r.label}` : r.label;

/**
 * Renders a report as Markdown: the title and six headings, prose as paragraphs, each table as a
 * GitHub-flavoured Markdown table (group rows on lines of their own, since Markdown cannot merge
 * cells). Prose and the agency's name are escaped (`\\<`, `\\[`, `\\&`): a Markdown renderer shows
 * raw HTML and link syntax typed into them as text and runs nothing. `parseReport` reads it back.
 * @param report - a report of either edition.
 * @returns Markdown text, ending with a newline.
 * @example
 * ```ts
 * await writeFile('report.md', renderMarkdown(report));
 * ```
 * @category Serialization
 */
export function renderMarkdown(report: Report): string {
  assertReport('renderMarkdown', report);
  const layout = layoutOf(report.edition);
  const out: string[] = [`# ${text(reportTitle(report))}`, ''];
  for (const section of layout.template.sections) {
    out.push(`## ${section.heading}`, '');
    if (!section.blocks) {
      const prose = report[section.key as 'overview'];
      if (prose !== '') out.push(text(prose), '');
      continue;
    }
    if (section.balance) out.push(section.balance.note, '');
    for (const block of section.blocks) {
      if (block.caption) out.push(`**${block.caption}**`, '');
      const head = [block.labelHeader ?? section.header ?? '', ...block.columns.map(label)];
      out.push(row(head), rule(head.length));
      let previous: RowLayout | undefined;
      for (const r of layout.rows.filter((x) => x.block === block)) {
        r.ancestors.forEach((a, i) => {
          if (previous?.ancestors[i] !== a) out.push(row([a.label, ...block.columns.map(() => '')]));
        });
        const cells = cellsOfRow(layout, r).map((c) => cellText(readCell(report, c.segments) as CellValue, c.column));
        out.push(row([label(r.row), ...cells]));
        previous = r;
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
