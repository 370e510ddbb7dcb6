/**
 * A Word document's body (word/document.xml) as HTML: paragraphs as `<p>`, tables as `<table>` with
 * their merged cells as `colspan` (w:gridSpan) and `rowspan` (w:vMerge), so that the HTML reader
 * reads Word tables cell by cell. A small scanner: document.xml is machine-written XML, and only
 * these elements matter.
 */

import { esc } from '../_internal/escapeHtml.js';

/** One tag or text run of the XML. */
const TOKEN =
  /<(\/?)([A-Za-z][\w.:-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITY[e] ?? m),
  );

interface Cell {
  text: string[];
  span: number;
  merge: 'restart' | 'continue' | undefined;
  rowspan: number;
}

/** Converts document.xml to HTML (tables and paragraphs, in document order). */
export function wordXmlToHtml(xml: string): string {
  const out: string[] = [];
  const tables: { rows: Cell[][] }[] = [];
  let paragraph: string[] | undefined;
  let inText = false;
  let cell: Cell | undefined;
  const attrs = (s: string) => new Map([...s.matchAll(ATTR)].map((m) => [m[1] as string, m[2] ?? m[3] ?? '']));
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, name, rest = '', self, text] = m;
    if (text !== undefined) {
      if (inText && paragraph) paragraph.push(decode(text));
      continue;
    }
    if (!name) continue;
    const table = tables.at(-1);
    if (close) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p' && paragraph) {
        const t = paragraph.join('');
        if (cell) cell.text.push(t);
        else if (t.trim() !== '') out.push(`<p>${esc(t)}</p>`);
        paragraph = undefined;
      } else if (name === 'w:tc' && cell && table) {
        table.rows.at(-1)?.push(cell);
        cell = undefined;
      } else if (name === 'w:tbl') {
        tables.pop();
        if (table) out.push(tableHtml(table.rows));
      }
      continue;
    }
    if (name === 'w:p') paragraph = [];
    else if (name === 'w:t' && !self) inText = true;
    else if ((name === 'w:tab' || name === 'w:br') && paragraph) paragraph.push(name === 'w:tab' ? ' ' : '\n');
    else if (name === 'w:tbl') tables.push({ rows: [] });
    else if (name === 'w:tr') table?.rows.push([]);
    else if (name === 'w:tc') cell = { text: [], span: 1, merge: undefined, rowspan: 1 };
    else if (name === 'w:gridSpan' && cell) cell.span = Math.max(1, Number(attrs(rest).get('w:val')) || 1);
    else if (name === 'w:vMerge' && cell) cell.merge = attrs(rest).get('w:val') === 'restart' ? 'restart' : 'continue';
  }
  return `<html><body>\n${out.join('\n')}\n</body></html>`;
}

/** A Word table as HTML: vertically merged cells become one cell with a rowspan. */
function tableHtml(rows: Cell[][]): string {
  // Where each cell starts on the grid, so a continued merge finds the cell it continues above it.
  const starts = rows.map((row) => {
    let col = 0;
    return row.map((c) => {
      const at = col;
      col += c.span;
      return at;
    });
  });
  const byStart = rows.map((row, r) => new Map(row.map((c, i) => [starts[r]?.[i] as number, c])));
  rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (c.merge !== 'continue') return;
      const at = starts[r]?.[i] as number;
      for (let up = r - 1; up >= 0; up--) {
        const above = byStart[up]?.get(at);
        if (!above) break;
        if (above.merge !== 'continue') {
          above.rowspan++;
          break;
        }
      }
    }),
  );
  const html = rows.map(
    (row) =>
      `<tr>${row
        .filter((c) => c.merge !== 'continue')
        .map(
          (c) =>
            `<td${c.span > 1 ? ` colspan="${c.span}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${c.text.map(esc).join('<br>')}</td>`,
        )
        .join('')}</tr>`,
  );
  return `<table>\n${html.join('\n')}\n</table>`;
}
