import { pushAll } from '../_internal/arrays.js';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { HtmlPosition, ParseFinding } from '../parse/parseFinding.js';
import { words } from '../parse/words.js';
import { checkLimits, limitExceeded, type ReadLimits } from '../parse/limits.js';
import { checkOptions, parseReport, tooLarge, type ParseOptions, type ParseResult } from '../parse/parseReport.js';
import { readLines, type CellPlace, type SourceLine } from '../parse/readLines.js';
import { cellValue, isValueText } from '../parse/tokenize.js';
import { layOutGrid, type GridCell, type SourceCell } from './tableGrid.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'select',
  'textarea',
]);
/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const isElement = (n: Node): n is Element => 'tagName' in n;
const childrenOf = (n: Node): readonly Node[] => ('childNodes' in n ? n.childNodes : []);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** Hidden by the page itself (`display:none`, `hidden`), as Word and site templates sometimes do. */
const hidden = (el: Element) =>
  HIDDEN.has(el.tagName) || attr(el, 'hidden') !== undefined || /display\s*:\s*none/i.test(attr(el, 'style') ?? '');

/** The text of a cell or block: inline text joined, line-level elements as spaces, whitespace collapsed. */
function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(n) && !hidden(n)) {
      if (BLOCKS.has(n.tagName)) parts.push(' ');
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The rows of a table in document order, not those of tables nested in it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (n: Element) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

const cellsOf = (tr: Element) =>
  childrenOf(tr).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));

/** A table used for page layout, not data: it holds other tables, or is a single cell. */
function isLayoutTable(table: Element, rows: readonly Element[]): boolean {
  if (rows.length === 1 && cellsOf(rows[0] as Element).length === 1) return true;
  const stack: Node[] = pushAll([], childrenOf(table));
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (!isElement(n)) continue;
    if (n.tagName === 'table') return true;
    pushAll(stack, childrenOf(n));
  }
  return false;
}

/** Whether a cell's text is two or more values (`3 5`, `0<br>0`): a finding, never a guess. */
function severalValues(text: string): boolean {
  const parts = text.split(' ');
  return parts.length > 1 && parts.every(isValueText);
}

/** Whether a cell's text reads as a value or a blank (not a label). */
const holdsValue = (text: string) => cellValue(text) !== undefined || severalValues(text);

/** Lays a data table out (its spans within `maxSlots`) and gives one line per row, and the grid's size. */
function tableLines(
  table: Element,
  rows: readonly Element[],
  index: number,
  maxSlots: number,
): { lines: SourceLine[]; size: number; spansIgnored: boolean } {
  const source: SourceCell[][] = rows.map((tr) =>
    cellsOf(tr).map((td) => ({ text: textOf(td), rowspan: attr(td, 'rowspan'), colspan: attr(td, 'colspan') })),
  );
  const { slots: grid, size, spansIgnored } = layOutGrid(source, maxSlots);
  const lines: SourceLine[] = [];
  const caption = childrenOf(table).find((c) => isElement(c) && c.tagName === 'caption');
  if (caption) lines.push({ text: textOf(caption), at: { kind: 'html', table: index, row: 0 } });
  const wide = wideColumns(grid);
  grid.forEach((slots, r) => lines.push(rowLine(slots, r, index, wide)));
  return { lines, size, spansIgnored };
}

/**
 * Value cells that span several columns under a header spanning exactly those columns: one wide
 * column (a narrow block stacked on a wider table's grid, as Word documents print table 二), not a
 * merge of several cells.
 */
function wideColumns(grid: readonly (readonly (GridCell | undefined)[])[]): ReadonlySet<GridCell> {
  const wide = new Set<GridCell>();
  // Per column, the nearest label above (and its row), kept as the rows go by: linear in the grid.
  const header: ({ readonly cell: GridCell; readonly row: number } | undefined)[] = [];
  grid.forEach((slots, r) => {
    slots.forEach((cell, c) => {
      if (!cell || cell.row !== r || cell.column !== c || !holdsValue(cell.text)) return;
      let end = c;
      while (slots[end + 1] === cell) end++;
      const above = header[c];
      if (end === c || !above) return;
      const row = grid[above.row] ?? [];
      if (above.cell.column === c && row[end] === above.cell && row[end + 1] !== above.cell) wide.add(cell);
    });
    slots.forEach((cell, c) => {
      if (cell && !holdsValue(cell.text)) header[c] = { cell, row: r };
    });
  });
  return wide;
}

/**
 * One grid row as a line. A cell is written where it starts; the slots it covers further on are
 * skipped for labels (a rowspan label is printed once) and for a wide column's value, blank for
 * blanks, and for a merged value left blank with a finding: a value is read at the slot where it
 * starts, never repeated.
 */
function rowLine(
  slots: readonly (GridCell | undefined)[],
  r: number,
  table: number,
  wide: ReadonlySet<GridCell>,
): SourceLine {
  const cells: string[] = [];
  const cellAt: CellPlace[] = [];
  const findings: ParseFinding[] = [];
  const at = (column?: number): HtmlPosition => ({
    kind: 'html',
    table,
    row: r,
    ...(column !== undefined && { column }),
  });
  slots.forEach((cell, c) => {
    if (cell === undefined) return;
    const starts = cell.row === r && cell.column === c;
    const value = holdsValue(cell.text);
    if (!starts && (!value || wide.has(cell))) return;
    cellAt.push({ at: at(c) });
    if (!starts) {
      if (cell.text !== '') findings.push(merged(cell, at(c)));
      cells.push('');
    } else if (severalValues(cell.text)) {
      findings.push(several(cell.text, at(c)));
      cells.push('');
    } else cells.push(cell.text);
  });
  const only = cells.filter((t) => t !== '');
  // A row of one label spanning the table (a heading or a caption inside it) is a line of text.
  if (only.length === 1 && findings.length === 0 && !holdsValue(only[0] as string))
    return { text: only[0] as string, at: at() };
  return { cells, at: at(), cellAt, ...(findings.length > 0 && { findings }) };
}

/** Where a cell is, in words: 表格 1 第 4 行第 4 列 / table 1, row 4, column 4 (1-based, as people count). */
function cellWords(source: HtmlPosition): { zh: string; en: string } {
  const [t, r, c] = [source.table, source.row, source.column].map((n) => (n ?? 0) + 1);
  return { zh: `表格${t}第${r}行第${c}列`, en: `table ${t}, row ${r}, column ${c}` };
}

function several(text: string, source: HtmlPosition): ParseFinding {
  const at = cellWords(source);
  return {
    code: 'CELL_SEVERAL_VALUES',
    severity: 'error',
    source,
    message: words.cellSeveralValues(at, text),
  };
}

function merged(cell: GridCell, source: HtmlPosition): ParseFinding {
  const at = cellWords(source);
  return {
    code: 'CELL_MERGED',
    severity: 'warning',
    source,
    message: words.cellMerged(at, cell.text),
  };
}

/**
 * Walks the document in order, giving lines of text and table rows; the tables' grids share the
 * `gridSlots` limit (a table past it is laid out without its spans, and a finding says so).
 */
function documentLines(
  root: Node,
  limits: Readonly<Required<ReadLimits>>,
): { lines: SourceLine[]; findings: ParseFinding[] } {
  const lines: SourceLine[] = [];
  const findings: ParseFinding[] = [];
  let slotsLeft = limits.gridSlots;
  let buffer: string[] = [];
  let block = 0;
  let tables = 0;
  const flush = () => {
    const text = buffer.join('').replace(/\s+/g, ' ').trim();
    buffer = [];
    if (text !== '') lines.push({ text, at: { kind: 'html', block: block++ } });
  };
  // An explicit stack keeps deep documents from exhausting the call stack.
  const stack: (Node | 'end')[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node | 'end';
    if (n === 'end') {
      flush();
      continue;
    }
    if (n.nodeName === '#text') buffer.push((n as DefaultTreeAdapterTypes.TextNode).value);
    if (!isElement(n) && n.nodeName !== '#document' && n.nodeName !== '#document-fragment') continue;
    if (isElement(n) && hidden(n)) continue;
    if (isElement(n) && n.tagName === 'table') {
      const index = tables++;
      const rows = rowsOf(n);
      if (!isLayoutTable(n, rows)) {
        flush();
        const table = tableLines(n, rows, index, Math.max(slotsLeft, 0));
        pushAll(lines, table.lines);
        slotsLeft -= table.size;
        // One finding per table whose spans were ignored (more than a few are counted, as any finding about the page).
        if (table.spansIgnored)
          findings.push({
            ...limitExceeded('gridSlots', limits.gridSlots, words.instead.spansIgnored(index + 1)),
            source: { kind: 'html', table: index },
          });
        continue;
      }
    }
    const line = isElement(n) && BLOCKS.has(n.tagName);
    if (line) flush(), stack.push('end');
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  flush();
  return { lines, findings };
}

/**
 * Reads a report published as a web page. The page is parsed as a browser parses it (parse5,
 * including the repairs browsers make to broken tables); each data `<table>` is laid out as a grid
 * with the HTML table model (`rowspan`, `colspan`, implicit `<tbody>`, `<th>`, nested layout
 * tables), each cell's text taken whole (`<p>`, `<span>`, `<br>`, `&nbsp;`, Word-exported markup);
 * the rows are aligned to the edition's template as {@link index!parseReport} aligns text, with the cell
 * positions known, so no digit run is ever split by guesswork: a cell holding two numbers is a
 * `CELL_SEVERAL_VALUES` finding and stays blank. Prose comes from the page's text between the
 * headings. Findings carry `source`: the table, row and grid column. Never throws on any page.
 * @param html - the page's HTML (a whole document or a fragment).
 * @param options - as for {@link index!parseReport}.
 * @returns the report as read, and the findings.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for options that are not valid (never for the page).
 * @example
 * ```ts
 * import { parseHtml } from 'ogi-report/html';
 * const { report, findings } = parseHtml(pageHtml);
 * for (const f of findings) console.log(f.code, f.source, f.message.zh);
 * ```
 * @category Parsing
 */
export function parseHtml(html: string, options?: ParseOptions): ParseResult {
  if (typeof html !== 'string') return parseReport(html, options);
  const limits = checkLimits('parseHtml', checkOptions(options).limits);
  if (html.length > limits.inputBytes) return tooLarge(limits.inputBytes);
  const { lines, findings } = documentLines(parse(html), limits);
  return readLines(lines, options, findings);
}
