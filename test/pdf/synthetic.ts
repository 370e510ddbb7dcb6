/**
 * PDF text items laid out as office software prints the form, generated for any report from its
 * printed form — so the geometry classes of real PDFs are tested for every cell state, not only for
 * the few fixtures: blank cells as columns with no item, labels wrapped in their cells, the group
 * label 三、本年度办理结果 one character per line, page numbers, table 三 continued on the next
 * page with or without its header repeated, Kangxi radical code points, a row's values in one item.
 */
import { printedForm, type PrintedLine } from '../../src/format/renderText.js';
import type { Report } from '../../src/index.js';
import type { PdfTextItem, PdfTextPage } from '../../src/pdf/index.js';

export interface Geometry {
  /** Label characters per line in the label column (longer labels wrap). */
  readonly wrapAt?: number;
  /** Print 三、本年度办理结果 one character per line in a column of its own. */
  readonly vertical?: boolean;
  /** Lines per page before a page break. */
  readonly linesPerPage?: number;
  /** Repeat the table's header at the top of a new page. */
  readonly repeatHeader?: boolean;
  /** Page numbers `- n -` in the bottom margin. */
  readonly footers?: boolean;
  /** Kangxi radicals for 一 二 人 (U+2F00, U+2F06, U+2F08), as some PDF producers write them. */
  readonly kangxi?: boolean;
  /** Each row's values as one item, `0 0 12` (a producer that does not split cells). */
  readonly joinedValues?: boolean;
}

const SIZE = 10;
const PITCH = 24;
const LABEL_X = 90;
const VALUES_X = 260;
const PAGE = { width: 595, height: 842, top: 60, bottom: 780 };
const KANGXI: Record<string, string> = { 一: '\u2F00', 二: '\u2F06', 人: '\u2F08' };

const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? SIZE * 0.55 : SIZE), 0);

/** Builds pages line by line, breaking pages and numbering them. */
class Pages {
  readonly pages: { page: number; width: number; height: number; items: PdfTextItem[] }[] = [];
  private y = PAGE.bottom;
  private lines = Infinity;
  constructor(private readonly g: Geometry) {}
  /** Starts a line `height` pitches tall; true when it opened a new page. */
  line(pitches = 1): boolean {
    const fresh = this.lines >= (this.g.linesPerPage ?? 28) || this.y + PITCH * pitches > PAGE.bottom;
    if (fresh) {
      if (this.g.footers && this.pages.length > 0) this.text(`- ${this.pages.length} -`, 280, 810);
      this.pages.push({ page: this.pages.length + 1, width: PAGE.width, height: PAGE.height, items: [] });
      this.y = PAGE.top;
      this.lines = 0;
    }
    this.y += PITCH * pitches;
    this.lines += pitches;
    return fresh;
  }
  get baseline(): number {
    return this.y;
  }
  text(str: string, x: number, y = this.y): void {
    const s = this.g.kangxi ? [...str].map((c) => KANGXI[c] ?? c).join('') : str;
    if (s !== '') this.pages[this.pages.length - 1]?.items.push({ str: s, x, y, width: width(s), height: SIZE });
  }
  finish(): PdfTextPage[] {
    if (this.g.footers) this.text(`- ${this.pages.length} -`, 280, 810);
    return this.pages;
  }
}

/** Value columns of a printed line: evenly spaced from VALUES_X, narrower for section 四's fifteen. */
const columnX = (count: number, k: number) => {
  const span = (PAGE.width - 40 - (count > 7 ? 40 : VALUES_X)) / count;
  return (count > 7 ? 40 : VALUES_X) + span * k + span / 2;
};

/** A label in its cell: one line, or wrapped over lines centred on the row's baseline. */
function label(p: Pages, text: string, x: number, wrapAt: number): void {
  const chars = [...text];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += wrapAt) parts.push(chars.slice(i, i + wrapAt).join(''));
  const step = SIZE * 1.5;
  parts.forEach((part, k) => p.text(part, x, p.baseline + (k - (parts.length - 1) / 2) * step));
}

function valuesLine(p: Pages, values: readonly string[], g: Geometry): void {
  if (g.joinedValues && values.every((v) => v !== '')) {
    const x = columnX(values.length, 0) - width(values[0] ?? '') / 2;
    const str = values.join(' ');
    // One item, its width as if each cell were printed at its column.
    p.pages[p.pages.length - 1]?.items.push({
      str,
      x,
      y: p.baseline,
      width: columnX(values.length, values.length - 1) + width(values.at(-1) ?? '') / 2 - x,
      height: SIZE,
    });
    return;
  }
  values.forEach((v, k) => p.text(v, columnX(values.length, k) - width(v) / 2));
}

/** The form's printed lines as positioned text items. */
export function syntheticPdf(report: Report, g: Geometry = {}): PdfTextPage[] {
  const p = new Pages(g);
  const wrapAt = g.wrapAt ?? 16;
  let header: PrintedLine[] = [];
  let lastKind = '';
  const verticalRows: number[] = [];
  for (const line of printedForm(report)) {
    if (line.kind === 'header') {
      if (lastKind !== 'header') header = [];
      header.push(line);
    }
    lastKind = line.kind;
    if (line.kind === 'row') {
      const lines = Math.max(1, ...line.labels.map((l) => Math.ceil([...l].length / wrapAt)));
      if (p.line(lines > 2 ? 2 : 1) && g.repeatHeader && line.section === 'requests') {
        header.forEach((h, k) => {
          if (k > 0) p.line();
          headerLine(p, h, line.values.length);
        });
        p.line();
      }
      const own = line.labels.at(-1) ?? '';
      const groups = line.labels.slice(0, -1);
      const outcome = line.rows?.[0]?.ancestors[0]?.label.startsWith('三、') === true;
      if (g.vertical && outcome) verticalRows.push(p.pages.length * 10000 + p.baseline);
      const shown = g.vertical && outcome ? groups.filter((l) => !l.startsWith('三、')) : groups;
      label(p, [...shown, own].join(''), LABEL_X, wrapAt);
      valuesLine(p, line.values, g);
    } else if (line.kind === 'header') {
      p.line();
      headerLine(p, line, line.labels.length - 1);
    } else {
      p.line(line.kind === 'prose' ? Math.max(1, Math.ceil([...(line.labels[0] ?? '')].length / 40)) : 1);
      p.text((line.labels[0] ?? '').replace(/\n/g, ''), 60);
    }
  }
  if (g.vertical) verticalLabel(p, verticalRows);
  return p.finish();
}

/** A header word centred over columns `from`…`to` of `count`. */
function over(p: Pages, text: string, count: number, from: number, to = from): void {
  const mid = (columnX(count, from) + columnX(count, to)) / 2;
  const room = Math.max(1, Math.floor(((columnX(count, 1) - columnX(count, 0)) * (to - from + 1) * 0.85) / SIZE));
  const chars = [...text];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += room) parts.push(chars.slice(i, i + room).join(''));
  // A header wider than its cell wraps inside it, as 结果/维持 do in section 四.
  parts.forEach((part, k) =>
    p.text(part, mid - width(part) / 2, p.baseline + (k - (parts.length - 1) / 2) * SIZE * 1.2),
  );
}

/**
 * Header words where office software prints them: leaf headers over their columns, group headers
 * centred over the columns they span, the label column's header (or the note) at the left.
 */
function headerLine(p: Pages, line: PrintedLine, columns: number): void {
  const cells = line.labels.map((l) => l.trim()).filter((l) => l !== '');
  if (line.section === 'requests' && cells.length === 2 && cells[0]?.startsWith('（')) {
    p.text(cells[0], LABEL_X - 60);
    over(p, cells[1] ?? '', 7, 0, 6);
  } else if (line.section === 'requests' && cells.length === 3) {
    over(p, cells[0] ?? '', 7, 0);
    over(p, cells[1] ?? '', 7, 1, 5);
    over(p, cells[2] ?? '', 7, 6);
  } else if (line.section === 'requests' && cells.length === 5) cells.forEach((c, k) => over(p, c, 7, k + 1));
  else if (line.section === 'reviewLitigation' && cells.length === 2) {
    over(p, cells[0] ?? '', 15, 0, 4);
    over(p, cells[1] ?? '', 15, 5, 14);
  } else if (line.section === 'reviewLitigation' && cells.length === 7) {
    cells.slice(0, 5).forEach((c, k) => over(p, c, 15, k));
    over(p, cells[5] ?? '', 15, 5, 9);
    over(p, cells[6] ?? '', 15, 10, 14);
  } else if (line.section === 'reviewLitigation') cells.forEach((c, k) => over(p, c, 15, k + 5));
  else {
    p.text(cells[0] ?? '', LABEL_X);
    cells.slice(1).forEach((c, k) => over(p, c, columns, k));
  }
}

/** 三、本年度办理结果 one character per line, centred on the outcome rows of the first page they are on. */
function verticalLabel(p: Pages, rows: readonly number[]): void {
  const first = rows[0];
  if (first === undefined) return;
  const page = Math.floor(first / 10000);
  const ys = rows.filter((r) => Math.floor(r / 10000) === page).map((r) => r % 10000);
  const chars = [...'三、本年度办理结果'];
  const mid = ((ys[0] ?? 0) + (ys.at(-1) ?? 0)) / 2;
  const target = p.pages[page - 1];
  chars.forEach((c, k) =>
    target?.items.push({ str: c, x: 50, y: mid + (k - chars.length / 2) * SIZE * 1.6, width: SIZE, height: SIZE }),
  );
}
