/**
 * A Word document's body (word/document.xml) as HTML: paragraphs as `<p>`, tables as `<table>` with
 * their merged cells as `colspan` (w:gridSpan) and `rowspan` (w:vMerge), so that the HTML reader
 * reads Word tables cell by cell. A small scanner: document.xml is machine-written XML, and only
 * these elements matter.
 */

import { esc } from '../_internal/escapeHtml.js';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A character reference as a character: one XML does not allow (past U+10FFFF, a surrogate, NUL) reads as U+FFFD. */
function character(code: number): string {
  const valid = Number.isSafeInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}
const decode = (s: string) =>
  s.indexOf('&') === -1
    ? s
    : s.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|\w{1,8});/gi, (m, e: string) =>
        e[0] === '#'
          ? character(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : (ENTITY[e] ?? m),
      );

/** The value of attribute `name` in a tag's attribute text (`w:val="restart"`), found by scanning, not by a pattern. */
function attribute(rest: string, name: string): string | undefined {
  for (let at = rest.indexOf(name); at !== -1; at = rest.indexOf(name, at + 1)) {
    if (at > 0 && !/\s/.test(rest[at - 1] as string)) continue;
    let i = at + name.length;
    while (rest[i] === ' ') i++;
    if (rest[i] !== '=') continue;
    i++;
    while (rest[i] === ' ') i++;
    const quote = rest[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = rest.indexOf(quote, i + 1);
    return end === -1 ? undefined : rest.slice(i + 1, end);
  }
  return undefined;
}

/** A token of the XML: a tag, or a run of text. */
type Token = { readonly name: string; readonly close: boolean; readonly self: boolean; readonly rest: string } | string;

/**
 * The XML's tags and text runs, in order, by a hand-written scanner: each `<` is matched to its end
 * with one `indexOf`, and an unterminated comment or instruction ends the document, so the scan is
 * linear (a pattern could rescan to the end for every `<!--`).
 */
function scan(xml: string, visit: (token: Token) => void): void {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) return visit(xml.slice(i));
    if (lt > i) visit(xml.slice(i, lt));
    const ender = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<?', lt) ? '?>' : '>';
    const end = xml.indexOf(ender, lt + 1);
    if (end === -1) return;
    i = end + ender.length;
    if (ender !== '>' || xml[lt + 1] === '!') continue; // a comment, an instruction or a declaration
    let body = xml.slice(lt + 1, end);
    const close = body.startsWith('/');
    const self = body.endsWith('/');
    body = body.slice(close ? 1 : 0, self ? -1 : undefined);
    const space = body.search(/[\s/]/);
    const name = space === -1 ? body : body.slice(0, space);
    visit({ name, close, self, rest: space === -1 ? '' : body.slice(space) });
  }
}

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
  scan(xml, (token) => {
    if (typeof token === 'string') {
      if (inText && paragraph) paragraph.push(decode(token));
      return;
    }
    const { name, close, self, rest } = token;
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
      return;
    }
    if (name === 'w:p') paragraph = [];
    else if (name === 'w:t' && !self) inText = true;
    else if ((name === 'w:tab' || name === 'w:br') && paragraph) paragraph.push(name === 'w:tab' ? ' ' : '\n');
    else if (name === 'w:tbl') tables.push({ rows: [] });
    else if (name === 'w:tr') table?.rows.push([]);
    else if (name === 'w:tc') cell = { text: [], span: 1, merge: undefined, rowspan: 1 };
    else if (name === 'w:gridSpan' && cell) cell.span = Math.max(1, Number(attribute(rest, 'w:val')) || 1);
    else if (name === 'w:vMerge' && cell) cell.merge = attribute(rest, 'w:val') === 'restart' ? 'restart' : 'continue';
  });
  return `<html><body>\n${out.join('\n')}\n</body></html>`;
}

/**
 * A Word table as HTML: vertically merged cells become one cell with a rowspan. A continued merge
 * extends the cell at the top of the chain of cells starting at its grid column in the rows above
 * (kept per column as the rows go by: linear in the table).
 */
function tableHtml(rows: Cell[][]): string {
  let chains = new Map<number, Cell>();
  for (const row of rows) {
    const next = new Map<number, Cell>();
    let col = 0;
    for (const c of row) {
      if (c.merge !== 'continue') next.set(col, c);
      else {
        const top = chains.get(col);
        if (top) {
          top.rowspan++;
          next.set(col, top);
        }
      }
      col += c.span;
    }
    chains = next;
  }
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
