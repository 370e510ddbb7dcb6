/**
 * The token stream of a table section: label text and groups of value tokens, in reading order.
 * Line breaks and cell separators are kept only as evidence: a `|`- or tab-separated line gives a
 * positional group (an empty cell is a blank); elsewhere values are whatever numbers stand between
 * label text, however they are spaced, and a group may run over several lines. One pass, linear.
 */
import type { MoneyUnit } from '../template/types.js';

/** A value cell as printed. */
export type ValueToken =
  | { readonly kind: 'blank' }
  | { readonly kind: 'na'; readonly text: string }
  | {
      readonly kind: 'number';
      readonly text: string;
      readonly sign: 1 | -1;
      /** The integer digits, without thousands separators. */
      readonly digits: string;
      /** Digits after the decimal point, if any. */
      readonly fraction: string;
      readonly unit?: MoneyUnit;
      /** A measure word printed after a count (`2笔`). */
      readonly measure?: string;
    };

/** Consecutive value tokens with nothing but separators between them. */
export interface Group {
  readonly tokens: readonly ValueToken[];
  /** Whether the cells came from a `|`- or tab-separated line: positions count, blanks included. */
  readonly positional: boolean;
  /** Offset of the group's first token in the normalised text. */
  readonly at: number;
  /** Where each token starts and ends in the normalised text (a cell's token: its whole cell). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Blank cells at the start and at the end (positional groups). */
  readonly lead: number;
  readonly trail: number;
  /**
   * If the group could be digits run together — plain non-negative integers and placeholders only —
   * the most cells it could fill (its digits and placeholders), else 0.
   */
  readonly runCells: number;
  /** `spaced[k]`: whether whitespace (or a line break) stands before token `k`. */
  readonly spaced: readonly boolean[];
  /** Whether two tokens touch with nothing between them (`59/0`): their digits are runs, not cells. */
  readonly glued: boolean;
  /** Whether label text stands on the line where the group starts, before it. */
  readonly labelOnLine: boolean;
}

/** A section as a stream: `labels[g]` is the label text before group `g`; `labels[groups.length]` trails. */
export interface Stream {
  readonly labels: readonly string[];
  /** Offset in the normalised text where each label segment starts. */
  readonly labelAt: readonly number[];
  /** Whether a label of the segment was printed with cells of its own, all blank (`| 行政处罚 |  |`). */
  readonly blankCells: readonly boolean[];
  /** Whether the segment's first label was (a label right after a group, on a line of its own). */
  readonly blankHead: readonly boolean[];
  readonly groups: readonly Group[];
}

const MEASURES = new Set(['笔', '个', '件', '项', '条', '次', '宗', '家']);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\u00a0' || c === '\u3000';

/** A number at `i` of `s`: `[sign] digits[,ddd…][.fraction][unit|measure]`; its end, or undefined. */
function scanNumber(s: string, i: number): { token: ValueToken & { kind: 'number' }; end: number } | undefined {
  let j = i;
  let sign: 1 | -1 = 1;
  if (s[j] === '-' || s[j] === '+') {
    sign = s[j] === '-' ? -1 : 1;
    j++;
  }
  if (!isDigit(s[j])) return undefined;
  const d0 = j;
  while (isDigit(s[j])) j++;
  let digits = s.slice(d0, j);
  // Thousands separators: `1,234,567`.
  while (s[j] === ',' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
    digits += s.slice(j + 1, j + 4);
    j += 4;
  }
  let fraction = '';
  if (s[j] === '.' && isDigit(s[j + 1])) {
    const f0 = ++j;
    while (isDigit(s[j])) j++;
    fraction = s.slice(f0, j);
  }
  let unit: MoneyUnit | undefined;
  let measure: string | undefined;
  if (s.startsWith('万元', j)) (unit = '万元'), (j += 2);
  else if (s[j] === '万') (unit = '万元'), (j += 1);
  else if (s[j] === '元') (unit = '元'), (j += 1);
  else if (MEASURES.has(s[j] as string)) (measure = s[j]), (j += 1);
  const base = { kind: 'number', text: s.slice(i, j), sign, digits, fraction } as const;
  return { token: { ...base, ...(unit && { unit }), ...(measure && { measure }) }, end: j };
}

/** Reads a whole cell as one value, or undefined when it is label text. */
export function cellValue(cell: string): ValueToken | undefined {
  const t = cell.trim();
  if (t === '') return { kind: 'blank' };
  if (placeholderAt(t, 0) === t.length) return { kind: 'na', text: t };
  const n = scanNumber(t, 0);
  return n && n.end === t.length ? n.token : undefined;
}

/** Whether a whole cell's text is a value (a number or a placeholder; not blank, not label text). */
export function isValueText(cell: string): boolean {
  const v = cellValue(cell);
  return v !== undefined && v.kind !== 'blank';
}

/** Whether a token is a plain non-negative integer, the stuff of digit runs. */
export function isPlain(t: ValueToken): t is ValueToken & { kind: 'number' } {
  return t.kind === 'number' && t.sign > 0 && t.fraction === '' && t.unit === undefined && t.measure === undefined;
}

/** Whether a token is a negative integer (`-21140`): its sign starts a cell, its digits may run on. */
function isNegativeInteger(t: ValueToken): t is ValueToken & { kind: 'number' } {
  return t.kind === 'number' && t.sign < 0 && t.fraction === '' && t.unit === undefined && t.measure === undefined;
}

/** The most cells tokens could fill as digits run together (digits and placeholders), or 0. */
function runCellsOf(tokens: readonly ValueToken[]): number {
  let n = 0;
  let digits = false;
  for (const t of tokens) {
    if (t.kind === 'blank') continue;
    if (t.kind === 'na') n++;
    else if (isPlain(t) || isNegativeInteger(t)) (n += t.digits.length), (digits = true);
    else return 0;
  }
  return digits ? n : 0;
}

/** Accumulates the stream. */
class StreamBuilder {
  readonly labels: string[] = [''];
  readonly labelAt: number[] = [0];
  readonly blankCells: boolean[] = [false];
  readonly blankHead: boolean[] = [false];
  readonly groups: Group[] = [];
  private tokens: ValueToken[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private spaced: boolean[] = [];
  private positional = false;
  private at = 0;
  /** Where the last value token ended: a token starting there touches it. */
  private lastEnd = -1;
  /** The line being read, and the last line that had label text. */
  private line = 0;
  private textLine = -1;
  private groupLabelled = false;
  /** Length of the segment's label text when the current line began. */
  private lineFrom = 0;

  newLine(): void {
    this.line++;
    this.lineFrom = (this.labels[this.labels.length - 1] as string).length;
  }

  text(t: string, offset: number): void {
    this.close();
    if (t.trim() !== '') this.textLine = this.line;
    const last = this.labels.length - 1;
    if (this.labels[last] === '') this.labelAt[last] = offset;
    this.labels[last] += t;
  }
  value(token: ValueToken, offset: number, positional: boolean, end = offset): void {
    if (this.tokens.length > 0 && positional !== this.positional) this.close();
    if (this.tokens.length === 0) {
      this.at = offset;
      this.positional = positional;
      this.groupLabelled = this.textLine === this.line;
    }
    this.spaced.push(positional || offset !== this.lastEnd);
    this.lastEnd = end;
    this.tokens.push(token);
    this.starts.push(offset);
    this.ends.push(end);
  }
  /** Ends the current group; a group of blanks only is no group (merged separators). */
  close(): void {
    if (this.tokens.length === 0) return;
    const tokens = this.tokens;
    let lead = 0;
    while (tokens[lead]?.kind === 'blank') lead++;
    if (lead < tokens.length) {
      let trail = 0;
      while (tokens[tokens.length - 1 - trail]?.kind === 'blank') trail++;
      const spaced = this.spaced;
      this.groups.push({
        tokens,
        positional: this.positional,
        at: this.at,
        starts: this.starts,
        ends: this.ends,
        lead,
        trail,
        runCells: runCellsOf(tokens),
        spaced,
        glued: spaced.slice(1).includes(false),
        labelOnLine: this.groupLabelled,
      });
      this.labels.push('');
      this.labelAt.push(this.at);
      this.blankCells.push(false);
      this.blankHead.push(false);
      this.lineFrom = 0;
    } else if (this.positional && this.groupLabelled) {
      const last = this.blankCells.length - 1;
      this.blankCells[last] = true;
      if ((this.labels[last] as string).slice(0, this.lineFrom).trim() === '') this.blankHead[last] = true;
    }
    this.tokens = [];
    this.starts = [];
    this.ends = [];
    this.spaced = [];
  }
}

/** Whether a line is a page footer: `-3-`, `— 3 —`, `第 3 页`, `第3页 共6页`. */
export function isFooter(line: string): boolean {
  const t = line.trim();
  return (
    /^[-—–]\s{0,3}\d{1,4}\s{0,3}[-—–]$/.test(t) ||
    /^第\s{0,3}\d{1,4}\s{0,3}页(\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?$/.test(t)
  );
}

/** Whether a `|` line is a Markdown rule (`|---|:--|`). */
function isRule(cells: readonly string[]): boolean {
  let dashes = false;
  for (const c of cells) {
    const t = c.trim();
    if (t === '') continue;
    if (!/^:?-+:?$/.test(t)) return false;
    dashes = true;
  }
  return dashes;
}

/**
 * A `|`- or tab-separated line: label cells, then a positional group (an empty cell is a blank). A
 * line that starts with `|` is a Markdown row, whose outer pipes bound no cell.
 */
function cellLine(b: StreamBuilder, text: string, line: string, offset: number): void {
  let cells = line.split(/[|\t]/);
  if (isRule(cells)) return;
  let pos = offset;
  if (line.startsWith('|')) {
    cells = cells.slice(1);
    pos += 1;
    if (line.trimEnd().endsWith('|') && cells.at(-1)?.trim() === '') cells = cells.slice(0, -1);
    // An empty first cell of a Markdown row is its label column, not a blank value.
    if (cells.length > 1 && cells[0]?.trim() === '') pos += (cells.shift() as string).length + 1;
  }
  const spans: (readonly [number, number])[] = [];
  for (const cell of cells) spans.push([pos, pos + cell.length]), (pos += cell.length + 1);
  gridLine(b, text, spans);
}

/**
 * The length of a placeholder at `i`, or 0. Dashes and slashes are placeholders wherever they stand
 * (a crawled page glues them to labels), except the slash of the header 本年增/减; `无` only
 * standing alone (not 无法提供, 无正当理由).
 */
function placeholderAt(s: string, i: number): number {
  const c = s[i];
  if (c === '/' || c === '\\') return s[i - 1] === '增' && s[i + 1] === '减' ? 0 : 1;
  if (c === '-' || c === '—' || c === '–') {
    let j = i;
    while (j < s.length && j - i < 3 && (s[j] === '-' || s[j] === '—' || s[j] === '–')) j++;
    return j - i;
  }
  if (c === '无') {
    const alone = (x: string | undefined) => x === undefined || isSpace(x) || isDigit(x);
    return alone(s[i - 1]) && alone(s[i + 1]) ? 1 : 0;
  }
  return 0;
}

/** A line without cell separators: numbers wherever they stand, glued item numbers given back to labels. */
function freeLine(b: StreamBuilder, s: string, offset: number): void {
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    const prev = s[i - 1];
    // A comma between numbers separates them (a thousands separator was read with its number).
    if (isSpace(c) || (c === ',' && isDigit(prev) && isDigit(s[i + 1]))) {
      i++;
      continue;
    }
    const n = isDigit(c) || ((c === '-' || c === '+') && isDigit(s[i + 1])) ? scanNumber(s, i) : undefined;
    if (n) {
      const { token, end } = n;
      const after = s[end];
      // A year (2019年) or an item number glued to the next label (…00000002.其他).
      if (after === '年' && token.fraction === '' && token.unit === undefined) {
        b.text(s.slice(i, end), offset + i);
        i = end;
        continue;
      }
      if (
        (after === '.' || after === '、') &&
        token.fraction === '' &&
        token.unit === undefined &&
        token.measure === undefined &&
        !isDigit(s[end + 1]) &&
        !isSpace(s[end + 1])
      ) {
        const head = token.digits.slice(0, -1);
        if (head !== '') b.value({ ...token, text: head, digits: head }, offset + i, false, offset + end - 1);
        b.text(s.slice(end - 1, end + 1), offset + end - 1);
        i = end + 1;
        continue;
      }
      b.value(token, offset + i, false, offset + end);
      i = end;
      continue;
    }
    const na = placeholderAt(s, i);
    if (na > 0) {
      b.value({ kind: 'na', text: s.slice(i, i + na) }, offset + i, false, offset + i + na);
      i += na;
      continue;
    }
    // Label text up to the next character that could start a value: appended as one piece.
    let j = i + 1;
    while (j < s.length && plainText(s, j)) j++;
    b.text(s.slice(i, j), offset + i);
    i = j;
  }
}

/** Whether the character at `j` is label text whatever follows: not a digit, sign, space, separator or placeholder. */
function plainText(s: string, j: number): boolean {
  const c = s[j] as string;
  return !isDigit(c) && !isSpace(c) && c !== ',' && c !== '-' && c !== '+' && placeholderAt(s, j) === 0;
}

/**
 * The cells of a document's table rows, where the reader of a file knows them (HTML, PDF, Word):
 * keyed by the offset in the normalised text where the row's line starts, each cell's `[start, end)`
 * there. Such a row is read from its cells, never split again at the separators of its line.
 */
export type GridCells = ReadonlyMap<number, readonly (readonly [number, number])[]>;

/** A table row whose cells are known: label cells, then a positional group (an empty cell is a blank). */
function gridLine(b: StreamBuilder, text: string, cells: readonly (readonly [number, number])[]): void {
  for (const [start, end] of cells) {
    const cell = text.slice(start, end);
    const v = cellValue(cell);
    if (v === undefined) b.text(cell, start);
    else b.value(v, start, true, end);
  }
  b.close();
}

/**
 * Tokenises the normalised text of a table section.
 * @param text - normalised text (see `normalizeText`).
 * @param from - offset where the section's body starts.
 * @param to - offset where it ends.
 * @param grid - the cells of the rows a file reader laid out (see {@link GridCells}).
 * @returns the stream of labels and value groups.
 */
export function tokenizeSection(text: string, from: number, to: number, grid?: GridCells): Stream {
  const b = new StreamBuilder();
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end);
    const cells = grid?.get(start);
    if (cells) b.newLine(), gridLine(b, text, cells);
    else if (!isFooter(line)) {
      b.newLine();
      if (line.includes('|') || line.includes('\t')) cellLine(b, text, line, start);
      else freeLine(b, line, start);
    }
    start = end + 1;
  }
  b.close();
  return { labels: b.labels, labelAt: b.labelAt, blankCells: b.blankCells, blankHead: b.blankHead, groups: b.groups };
}
