/**
 * Label evidence for the alignment: how well a row's label stands just before a group of values (or
 * just after it), scored by the share of the label's character bigrams found there — each segment's
 * bigrams looked up once, among the labels that have them. The index of a section's labels is
 * memoised and immutable; the scratch of one alignment lives in its own `Labels`.
 */
import { maxOf } from '../_internal/arrays.js';
import type { RowLayout } from '../template/layout.js';
import type { RowTemplate, TableSectionTemplate } from '../template/types.js';
import { labelKey, normalizedKey } from './normalize.js';
import type { Stream } from './tokenize.js';

/** A label score from which a placement is confirmed by its label. */
export const ANCHOR = 0.5;
/** A label matched this well before its group needs no look at the text after it. */
const SURE_BEFORE = 0.99;
/** A label this much present in a segment is printed there (a row printed with no cells). */
const PRINTED = 0.8;

/** Labels printed after their numbers count a little less than labels before them. */
export const AFTER_WEIGHT = 0.8;

/** A label this much better matched by another row is that row's. */
const LABEL_MARGIN = 0.15;

/** Label scores below this are chance overlaps (行政处罚 vs 行政许可 share 行政), not evidence. */
const LABEL_NOISE = 0.4;

/** Characters before a group in which section 四's column header is looked for. */
const HEADER_WINDOW = 200;

/** Characters of a label segment kept (its end): a label is never longer. */
const SEGMENT_WINDOW = 400;

/** Characters of context read beyond a label's own length. */
const TAIL_SLACK = 3;

/** Generic column headers of converter output (类别 | 数据1 | … | 总计). */
const GENERIC_HEADER = /(?:类别|数据\d{1,2}|信息内容|申请人情况|数据项目)$/;

/**
 * A label segment without the column headers printed at its end (a header repeated on a new page,
 * a converter's table header), so that a row's label before the header still stands "just before"
 * its values. Only words of three characters or more, or 总计 right after one of them: a row's own
 * label may end in 其他 or 总计.
 */
function stripHeader(key: string, words: readonly string[]): string {
  let out = key;
  let stripped = false;
  for (let changed = true; changed; ) {
    changed = false;
    const generic = GENERIC_HEADER.exec(out);
    if (generic) (out = out.slice(0, generic.index)), (changed = stripped = true);
    for (const w of words) {
      if (!out.endsWith(w)) continue;
      const rest = out.slice(0, -w.length);
      // A short word (其他, 总计) only when a header word stands before it.
      if (
        w.length >= 3 ||
        stripped ||
        GENERIC_HEADER.test(rest) ||
        words.some((x) => x.length >= 3 && rest.endsWith(x))
      ) {
        out = rest;
        changed = stripped = true;
      }
    }
  }
  return out;
}

const headerWords = new WeakMap<TableSectionTemplate, readonly string[]>();

/** The column header words of a section, longest first, as label keys (memoised per section). */
export function headerWordsOf(rows: readonly RowLayout[]): readonly string[] {
  const section = rows[0]?.section;
  const known = section && headerWords.get(section);
  if (known) return known;
  const words = new Set<string>();
  for (const r of rows)
    for (const c of r.block.columns) words.add(labelKey(c.label)), c.group && words.add(labelKey(c.group.label));
  const out = [...words].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);
  if (section) headerWords.set(section, out);
  return out;
}

/** Characters numbered, so that a bigram is one small integer (`a·CHAR_IDS + b`). */
const CHAR_IDS = 1 << 12;

/**
 * The characters of a section's labels numbered from 1, in the order they first appear (a few
 * hundred; past `CHAR_IDS − 1` a character is left unnumbered and its bigrams match nothing).
 * Per section, so the numbering depends on the form only, never on what was read before.
 */
function charIdsOf(keys: readonly string[]): ReadonlyMap<number, number> {
  const ids = new Map<number, number>();
  for (const key of keys)
    for (const ch of key) {
      const c = ch.codePointAt(0) as number;
      if (!ids.has(c) && ids.size < CHAR_IDS - 1) ids.set(c, ids.size + 1);
    }
  return ids;
}

/**
 * A key's bigrams as codes, as `bigrams` gives them (a one-character key is its own bigram,
 * code `a·CHAR_IDS`); −1 for a bigram with a character no label has, which no label can match.
 */
function gramCodes(key: string, chars: ReadonlyMap<number, number>): Int32Array {
  const ids: number[] = [];
  for (const ch of key) ids.push(chars.get(ch.codePointAt(0) as number) ?? 0);
  if (ids.length === 1) return Int32Array.of(ids[0] ? (ids[0] as number) * CHAR_IDS : -1);
  const out = new Int32Array(Math.max(0, ids.length - 1));
  for (let i = 0; i + 1 < ids.length; i++) {
    const a = ids[i] as number;
    const b = ids[i + 1] as number;
    out[i] = a && b ? a * CHAR_IDS + b : -1;
  }
  return out;
}

/** What the scores need of a section's labels, the same for every text (memoised per section). */
interface LabelIndex {
  /** The labels' characters, numbered (see `charIdsOf`). */
  readonly chars: ReadonlyMap<number, number>;
  /** Candidate number of each label row. */
  readonly number: ReadonlyMap<RowTemplate, number>;
  /** Per candidate: its label's bigrams (numbered as in `bigrams`), and the window it is looked for in. */
  readonly grams: readonly Int32Array[];
  readonly window: Int32Array;
  /** The widest window: text further from a group than this is no candidate's. */
  readonly widest: number;
  /** The labels' distinct bigram codes, numbered from 0; a segment's bigram no label has is −1. */
  readonly bigrams: ReadonlyMap<number, number>;
  /** Per bigram, the candidates whose labels have it (once per occurrence). */
  readonly holders: readonly (readonly number[])[];
}

const labelIndexes = new WeakMap<TableSectionTemplate, LabelIndex>();

function labelIndexOf(section: TableSectionTemplate | undefined, candidates: readonly RowTemplate[]): LabelIndex {
  const known = section && labelIndexes.get(section);
  if (known) return known;
  const number = new Map<RowTemplate, number>();
  const keys = candidates.map((r) => labelKey(r.label));
  const chars = charIdsOf(keys);
  const codes = keys.map((k) => gramCodes(k, chars));
  const bigrams = new Map<number, number>();
  for (const list of codes) for (const b of list) if (b >= 0 && !bigrams.has(b)) bigrams.set(b, bigrams.size);
  const grams = codes.map((list) => numbered(list, bigrams));
  const window = Int32Array.from(grams, (g) => g.length + 1 + TAIL_SLACK);
  const holders: number[][] = Array.from({ length: bigrams.size }, () => []);
  candidates.forEach((r, c) => {
    if (!number.has(r)) number.set(r, c);
    for (const b of grams[c] as Int32Array) if (b >= 0) holders[b]?.push(c);
  });
  const index = { chars, number, grams, window, widest: maxOf([0, ...window]), bigrams, holders };
  if (section) labelIndexes.set(section, index);
  return index;
}

/** Bigram codes as the index numbers them (−1: no label has it). */
function numbered(codes: Int32Array, bigrams: ReadonlyMap<number, number>): Int32Array {
  return codes.map((b) => (b < 0 ? -1 : (bigrams.get(b) ?? -1)));
}

/** Label scores, with the label text keyed once per segment and each group's evidence once. */
export class Labels {
  private readonly keys: string[];
  private readonly codes = new Map<number, Int32Array>();
  private readonly index: LabelIndex;
  /**
   * Per bigram, the last pass of {@link Labels.each} that saw it: a set per pass, allocated once per
   * alignment (scratch of this alignment only; the memoised index stays immutable).
   */
  private readonly seen: Uint32Array;
  /** The last pass. */
  private pass = 0;
  /** Per group: each candidate's raw score before and after it, then the best of them (last slot). */
  private readonly rawPair: (readonly [Float64Array, Float64Array] | undefined)[] = [];
  constructor(
    stream: Stream,
    section: TableSectionTemplate | undefined,
    /** Every label of the section the segments could be: its data rows and group rows. */
    candidates: readonly RowTemplate[],
    headerWords: readonly string[],
  ) {
    this.keys = stream.labels.map((l) =>
      stripHeader(normalizedKey(l.length > SEGMENT_WINDOW ? l.slice(-SEGMENT_WINDOW) : l), headerWords),
    );
    this.index = labelIndexOf(section, candidates);
    this.seen = new Uint32Array(this.index.bigrams.size);
  }
  /** A segment's bigrams, numbered as the labels' (built once per segment). */
  private codesOf(segment: number): Int32Array {
    let found = this.codes.get(segment);
    if (!found)
      this.codes.set(
        segment,
        (found = numbered(gramCodes(this.keys[segment] ?? '', this.index.chars), this.index.bigrams)),
      );
    return found;
  }
  /**
   * The distinct label bigrams of a segment's key between bigram positions `from` and `to`
   * (inclusive), each with where it stands nearest the end (`tail`: scanning back from `to`) or the
   * start. Returns the pass: the bigrams seen are those whose `seen` is it.
   */
  private each(
    segment: number,
    from: number,
    to: number,
    end: 'tail' | 'head',
    visit?: (b: number, i: number) => void,
  ): number {
    const codes = this.codesOf(segment);
    const { seen } = this;
    // A new pass; past 2^32 passes the marks start again.
    if (++this.pass > 0xffffffff) seen.fill(0), (this.pass = 1);
    const pass = this.pass;
    const lo = Math.max(0, from);
    const hi = Math.min(codes.length - 1, to);
    for (let k = lo; k <= hi; k++) {
      const i = end === 'tail' ? hi - (k - lo) : k;
      const b = codes[i] as number;
      if (b < 0 || seen[b] === pass) continue;
      seen[b] = pass;
      visit?.(b, i);
    }
    return pass;
  }
  /**
   * The share of `grams` found in the last `length` characters of a segment's key: a bigram counts
   * when it lies wholly inside that window.
   */
  private within(grams: Int32Array, segment: number, length: number): number {
    if (grams.length === 0) return 0;
    const chars = this.codesOf(segment).length + 1;
    const pass = this.each(segment, chars - length, chars, 'tail');
    const { seen } = this;
    let hit = 0;
    for (const b of grams) if (b >= 0 && seen[b] === pass) hit++;
    return hit / grams.length;
  }
  /** The bigrams of a row's label (none for a row that is no candidate). */
  private gramsOf(row: RowTemplate): Int32Array {
    const c = this.index.number.get(row);
    return c === undefined ? new Int32Array(0) : (this.index.grams[c] as Int32Array);
  }
  /**
   * Every candidate's raw evidence for group `g` — its label's share in the text just before the
   * group and (weighted) just after it — and the best of each, computed once per group from the
   * segments' bigrams within the widest window (each looked up among the labels that have it, not
   * each label in turn).
   */
  private raws(g: number): readonly [Float64Array, Float64Array] {
    const known = this.rawPair[g];
    if (known) return known;
    const { grams, window, widest, holders } = this.index;
    const n = grams.length;
    const before = new Float64Array(n + 1);
    const after = new Float64Array(n + 1);
    const tailChars = this.codesOf(g).length + 1;
    this.each(g, tailChars - widest, tailChars, 'tail', (b, i) => {
      for (const c of holders[b] ?? [])
        if (i >= tailChars - (window[c] as number)) before[c] = (before[c] as number) + 1;
    });
    this.each(g + 1, 0, widest - 2, 'head', (b, i) => {
      for (const c of holders[b] ?? []) if (i <= (window[c] as number) - 2) after[c] = (after[c] as number) + 1;
    });
    for (let c = 0; c < n; c++) {
      const total = (grams[c] as Int32Array).length;
      before[c] = total === 0 ? 0 : (before[c] as number) / total;
      after[c] = total === 0 ? 0 : (AFTER_WEIGHT * (after[c] as number)) / total;
      before[n] = Math.max(before[n] as number, before[c] as number);
      after[n] = Math.max(after[n] as number, after[c] as number);
    }
    const pair = [before, after] as const;
    this.rawPair[g] = pair;
    return pair;
  }
  /** How well the label of `row` stands before group `g` (or just after it). */
  score(row: RowTemplate, g: number): number {
    const c = this.index.number.get(row);
    if (c === undefined) return 0;
    // As sides() gives them, without an object per call: the alignment asks rows × groups times.
    const [before, after] = this.raws(g);
    const b = this.side(before, c);
    const best = b >= SURE_BEFORE ? b : Math.max(b, this.side(after, c));
    return best < LABEL_NOISE ? 0 : best;
  }
  /**
   * The label evidence of `row` for group `g` from the text before it and after it. A label that
   * another row of the section matches clearly better is that row's, and no evidence for this one
   * (（六）'s items 1 and 2 share half their words).
   */
  sides(row: RowTemplate, g: number): { before: number; after: number } {
    const c = this.index.number.get(row);
    if (c === undefined) return { before: 0, after: 0 };
    const [before, after] = this.raws(g);
    return { before: this.side(before, c), after: this.side(after, c) };
  }
  /** Candidate c's raw score on one side, or 0 when another candidate's is clearly better (the best is the last slot). */
  private side(raw: Float64Array, c: number): number {
    const v = raw[c] as number;
    return v < (raw[raw.length - 1] as number) - LABEL_MARGIN ? 0 : v;
  }
  /** How well the label of `row` appears anywhere in the text before group `g` (section 四's header). */
  anywhere(row: RowTemplate, g: number): number {
    const s = this.within(this.gramsOf(row), g, HEADER_WINDOW);
    return s < LABEL_NOISE ? 0 : s;
  }
  /** Which of `rows` have their label printed in segment `g` (a row printed with no cells); the segment is read once for all. */
  printed(rows: readonly RowTemplate[], g: number): boolean[] {
    const chars = this.codesOf(g).length + 1;
    const pass = this.each(g, chars - SEGMENT_WINDOW, chars, 'tail');
    const { seen } = this;
    return rows.map((row) => {
      const grams = this.gramsOf(row);
      let hit = 0;
      for (const b of grams) if (b >= 0 && seen[b] === pass) hit++;
      return grams.length > 0 && hit / grams.length >= PRINTED;
    });
  }
}
