/**
 * Lines from positioned text items: items on one baseline make a line, in x order, with the pieces
 * of one word or one label cell merged; characters stacked one per line (a vertical label) make one
 * line; page numbers in the margins are dropped.
 */
import { maxOf } from '../_internal/arrays.js';
import { isFooter, isValueText } from '../parse/tokenize.js';
import type { PdfTextItem, PdfTextPage } from './textItems.js';

/** Items whose baselines differ by at most this share of the font size stand on one line. */
const SAME_LINE = 0.4;
/** Label items closer than this share of the font size are one cell; any items this close are one word. */
const SAME_CELL = 0.5;
const SAME_WORD = 0.15;
/** Stacked characters: at least this many, one below the other at most this many font sizes apart. */
const STACK_MIN = 3;
const STACK_STEP = 2.5;
/** Page numbers stand in the top or bottom margin, this share of the page's height. */
const MARGIN_BAND = 0.12;
/**
 * No printed value is longer (16 digits with separators, decimals and a unit take under 40): a
 * longer merged cell is label text without being read again, so merging a line of 160,000 items
 * stays linear.
 */
const MAX_VALUE_CHARS = 64;

/** A cell of a line: one item, or items merged; whether it reads as a value. */
export interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly size: number;
  readonly value: boolean;
  /** Split from one item holding several values (`0 0 12`): its x is an estimate, only its order is known. */
  readonly estimated?: boolean;
}

/** A line of a page: its cells in x order, and the wrapped label parts that joined it (table rows). */
export interface Line {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  cells: Item[];
  above: string[];
  below: string[];
}

/** An item's pieces: a run of values printed as one item (`0 0 0`) is split, x estimated by characters. */
function piecesOf(it: PdfTextItem): Item[] {
  const str = it.str.trim();
  const size = Math.max(it.height, 1);
  const parts = str.split(/\s+/);
  if (parts.length > 1 && parts.every(isValueText)) {
    const per = it.width / Math.max(it.str.length, 1);
    const out: Item[] = [];
    let from = 0;
    for (const p of parts) {
      const at = it.str.indexOf(p, from);
      from = at + p.length;
      out.push({ str: p, x: it.x + at * per, y: it.y, right: it.x + from * per, size, value: true, estimated: true });
    }
    return out;
  }
  return [{ str, x: it.x, y: it.y, right: it.x + Math.max(it.width, 0), size, value: isValueText(str) }];
}

/**
 * Single characters stacked one per line at one x (a vertical label, 三、本年度办理结果 in a narrow
 * cell) become one line at the top of the stack, taken out of the lines they happened to share.
 */
function joinStacks(lines: Line[]): Line[] {
  const singles = lines
    .flatMap((line) => line.cells.filter((c) => !c.value && [...c.str].length <= 2).map((cell) => ({ line, cell })))
    .sort((a, b) => a.cell.x - b.cell.x || a.cell.y - b.cell.y);
  const taken = new Set<Item>();
  const stacks: Line[] = [];
  for (let i = 0; i < singles.length; ) {
    const first = singles[i] as { line: Line; cell: Item };
    let j = i + 1;
    for (; j < singles.length; j++) {
      const prev = (singles[j - 1] as { cell: Item }).cell;
      const next = (singles[j] as { cell: Item }).cell;
      const step = next.y - prev.y;
      if (Math.abs(next.x - first.cell.x) > first.cell.size * 0.3 || step <= 0 || step > first.cell.size * STACK_STEP)
        break;
    }
    if (j - i >= STACK_MIN) {
      const run = singles.slice(i, j).map((s) => s.cell);
      run.forEach((c) => taken.add(c));
      const cell: Item = {
        ...first.cell,
        str: run.map((c) => c.str).join(''),
        right: maxOf(run.map((c) => c.right)),
      };
      stacks.push({
        page: first.line.page,
        y: first.cell.y,
        size: first.cell.size,
        cells: [cell],
        above: [],
        below: [],
      });
    }
    i = j;
  }
  if (stacks.length === 0) return lines;
  for (const l of lines) l.cells = l.cells.filter((c) => !taken.has(c));
  return [...lines.filter((l) => l.cells.length > 0), ...stacks].sort((a, b) => a.y - b.y);
}

/** Groups a page's items into lines by baseline, each line's items in x order, close items merged. */
export function linesOf(page: PdfTextPage): Line[] {
  const items = page.items
    .filter((i) => i.str.trim() !== '')
    .flatMap(piecesOf)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of items) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.y - last.y) <= SAME_LINE * Math.min(it.size, last.size)) last.cells.push(it);
    else lines.push({ page: page.page, y: it.y, size: it.size, cells: [it], above: [], below: [] });
  }
  for (const l of lines) l.cells = mergeCells(l.cells.sort((a, b) => a.x - b.x));
  return joinStacks(lines.filter((l) => !isPageNumber(l, page)));
}

/** A money unit set as an item of its own after its amount (`83` `万元`, as LibreOffice writes a cell). */
const UNIT = /^(元|万元)$/;

function mergeCells(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const gap = prev ? it.x - prev.right : Infinity;
    const size = Math.min(it.size, prev?.size ?? it.size);
    const unit = prev?.value === true && UNIT.test(it.str) && gap <= SAME_CELL * size;
    if (prev && (unit || gap <= SAME_WORD * size || (!prev.value && !it.value && gap <= SAME_CELL * size))) {
      const str = gap > SAME_WORD * size && !unit ? `${prev.str} ${it.str}` : prev.str + it.str;
      const value = str.length <= MAX_VALUE_CHARS && isValueText(str);
      out[out.length - 1] = { ...prev, str, right: Math.max(prev.right, it.right), value };
    } else out.push(it);
  }
  return out;
}

/** Whether a line holds a value. */
export const hasValues = (l: Line) => l.cells.some((c) => c.value);

/** A page number in the margin: `- 4 -`, `— 4 —`, `4`, `第 4 页`, `第4页 共6页`, `4/6`. */
function isPageNumber(l: Line, page: PdfTextPage): boolean {
  if (l.y > page.height * MARGIN_BAND && l.y < page.height * (1 - MARGIN_BAND)) return false;
  const t = textOf(l);
  // The text reader's footers (`- 4 -`, `第 4 页`), and in a margin also a bare `4` or `4/6`.
  return isFooter(t) || /^\d{1,4}(\s{0,3}\/\s{0,3}\d{1,4})?$/.test(t.trim());
}
/** A line's text, its cells separated by spaces. */
export const textOf = (l: Line) => l.cells.map((c) => c.str).join(' ');
