/** A published line split into its label cells and its value cells. */
import { cleanLine } from './normalize.js';

/** A value cell as printed. */
export type ValueToken =
  | { readonly kind: 'blank' }
  | { readonly kind: 'na'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string; readonly sign: 1 | -1; readonly digits: string; readonly fraction: string; readonly unit?: '元' | '万元' }
  /** Digits run together with no separator, e.g. `801000081` for 80|1|0|0|0|0|81. */
  | { readonly kind: 'run'; readonly digits: string }
  /** A cell among the values that cannot be read as one. */
  | { readonly kind: 'bad'; readonly text: string };

/** A tokenised line. */
export interface Tokens {
  /** The label cells, in order (a group label may share the line with its first item). */
  readonly labels: readonly string[];
  /** The value cells, in order. */
  readonly values: readonly ValueToken[];
  /** Whether the line was `|`-separated (cells are positional, empty cells are blanks). */
  readonly pipes: boolean;
}

const NA_MARKS = new Set(['/', '-', '—', '–', '——', '--', '无', '無', '—-', '\\']);
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|万|元)?$/;

/** Reads one cell's text as a value, or returns undefined when it is a label. */
export function valueToken(cell: string): ValueToken | undefined {
  const t = cell.trim();
  if (NA_MARKS.has(t)) return { kind: 'na', text: t };
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  const unit = m[4] === '元' ? '元' : m[4] === undefined ? undefined : '万元';
  const base = { kind: 'number', text: t, sign: m[1] === '-' ? -1 : 1, digits: (m[2] as string).replace(/,/g, ''), fraction: m[3] ?? '' } as const;
  return unit ? { ...base, unit } : base;
}

/** Trims blank edge cells (trailing first) until `values` has `count` cells, if it has more. */
export function fitValues(values: readonly ValueToken[], count: number): ValueToken[] {
  const out = [...values];
  while (out.length > count) {
    if (out.at(-1)?.kind === 'blank') out.pop();
    else if (out[0]?.kind === 'blank') out.shift();
    else break;
  }
  return out;
}

/** Whether a line is a Markdown table rule, `|---|:--|`. */
const RULE = /^\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$/;

/** Splits a cleaned line into labels and values. */
export function tokenize(raw: string): Tokens | undefined {
  const line = cleanLine(raw).trim();
  if (line === '' || RULE.test(line)) return undefined;
  if (line.includes('|')) {
    // Every cell is kept in place: an empty cell is a blank value, and a Markdown row's outer pipes
    // give empty edge cells that the reader trims down to the expected count.
    const cells = line.split('|').map((c) => c.trim());
    let i = cells.findIndex((c) => c !== '');
    const labels: string[] = [];
    if (i >= 0 && valueToken(cells[i] as string) === undefined) {
      while (i < cells.length && cells[i] !== '' && valueToken(cells[i] as string) === undefined) labels.push(cells[i++] as string);
    } else i = 0;
    const values = cells.slice(i).map((c): ValueToken => (c === '' ? { kind: 'blank' } : (valueToken(c) ?? { kind: 'bad', text: c })));
    return { labels, values, pipes: true };
  }
  const words = line.split(/\s+/);
  const values: ValueToken[] = [];
  while (words.length > 0) {
    const v = valueToken(words.at(-1) as string);
    if (!v) break;
    values.unshift(v);
    words.pop();
  }
  // Digits glued to the label: 一、本年新收政府信息公开申请数量801000081
  const last = words.at(-1);
  const glued = last ? /^(.*\p{Script=Han}[)）]?)(\d+)$/u.exec(last) : null;
  if (glued && values.length === 0) {
    words[words.length - 1] = glued[1] as string;
    values.push({ kind: 'run', digits: glued[2] as string });
  }
  const label = words.join('');
  return { labels: label === '' ? [] : [label], values, pipes: false };
}
