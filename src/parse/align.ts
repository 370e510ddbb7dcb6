/**
 * Global alignment of a table section's template rows to its token stream. Rows come in the form's
 * fixed order; each takes a value group (or two, when its values were split over two lines; or one
 * group covers several rows, section 四's fifteen numbers; or a group row printed as one row). Labels
 * are evidence, scored against the text just before a group (or just after it, for labels displaced
 * below their numbers); how many values a group holds is evidence too. One dynamic programme over
 * (rows, groups): linear in the number of groups.
 */
import { maxOf, pushAll } from '../_internal/arrays.js';
import type { RowLayout } from '../template/layout.js';
import type { RowTemplate, TableSectionTemplate } from '../template/types.js';
import { labelKey, normalizedKey } from './normalize.js';
import type { Group, Stream, ValueToken } from './tokenize.js';

/** Most value groups aligned in one section; a real table has a few dozen, the rest is reported unread. */
const MAX_GROUPS = 2000;

/** Weight of label evidence against count evidence. */
const LABEL_WEIGHT = 3;
/** A group with exactly the row's number of values. */
const FIT_EXACT = 0.5;
/** A digit run long enough to be split into the row's cells. */
const FIT_RUN = 0.3;
/** A group whose values cannot fill the row. */
const FIT_MISMATCH = -2;
/** Leaving a group unread. */
const SKIP_GROUP = -0.1;
/** A row taking two groups (values split over two lines), rather than one. */
const SPLIT_PENALTY = 0.4;
/** One group covering several rows. */
const MULTI_PENALTY = 0.3;
/** A group row printed as one row. */
const GROUP_ROW_PENALTY = 0.2;
/** Labels printed after their numbers count a little less than labels before them. */
const AFTER_WEIGHT = 0.8;
/** A label this much better matched by another row is that row's. */
const LABEL_MARGIN = 0.15;
/** Label scores below this are chance overlaps (行政处罚 vs 行政许可 share 行政), not evidence. */
const LABEL_NOISE = 0.4;
/** A label score from which a placement is confirmed by its label. */
const ANCHOR = 0.5;
/** Most rows one group may cover. */
const MAX_MULTI = 3;
/** Characters before a group in which section 四's column header is looked for. */
const HEADER_WINDOW = 200;
/** Characters of a label segment kept (its end): a label is never longer. */
const SEGMENT_WINDOW = 400;
/** Characters of context read beyond a label's own length. */
const TAIL_SLACK = 3;

/** A group row of the template whose children are data rows, which may be printed as one row. */
interface GroupRow {
  readonly row: RowTemplate;
  /** Index of its first data row among the section's rows. */
  readonly first: number;
  readonly count: number;
}

/** Where a run of template rows found its values. */
export interface Placement {
  readonly kind: 'row' | 'multi' | 'group';
  /** Indices of the rows (in the section's row list). */
  readonly rows: readonly number[];
  /** Indices of the groups (in the stream). */
  readonly groups: readonly number[];
  /** Label score of the placement (for `multi`, the lowest over its rows). */
  readonly label: number;
  /** For `group`: the group row. */
  readonly groupRow?: GroupRow;
  /** Whether the labels confirm it; otherwise it stands on the form's order. */
  readonly anchored: boolean;
}

/** The section's alignment. */
export interface Alignment {
  readonly placements: readonly Placement[];
  /** Groups holding values that no row took, each with the rows it might have been. */
  readonly unplaced: readonly { readonly group: number; readonly rows: readonly number[] }[];
}

/**
 * The cells a group gives `cells` cells, as `[from, to)` over its tokens: a positional group loses
 * blank edge cells (trailing first) while it has more than `cells`; `ambiguous` when blanks at both
 * ends could be the ones that are not cells, so that which cells the values fill is a guess.
 */
function trimBounds(group: Group, cells: number): { from: number; to: number; ambiguous: boolean } {
  const total = group.tokens.length;
  if (!group.positional || total <= cells) return { from: 0, to: total, ambiguous: false };
  const extra = total - cells;
  const to = total - Math.min(group.trail, extra);
  const from = Math.min(group.lead, Math.max(0, to - cells));
  // Leading blanks dropped can range over [extra − trail, min(lead, extra)]: more than one choice is a guess.
  const ambiguous = Math.min(group.lead, extra) > Math.max(0, extra - group.trail);
  return { from, to, ambiguous };
}

/** The number of values a group gives `cells` cells (`NaN` when which cells they fill is a guess). */
export function valueCount(group: Group, cells: number): number {
  const { from, to, ambiguous } = trimBounds(group, cells);
  return ambiguous ? Number.NaN : to - from;
}

/** The values a group gives `cells` cells. */
export function trimmed(group: Group, cells: number): readonly ValueToken[] {
  const { from, to } = trimBounds(group, cells);
  return from === 0 && to === group.tokens.length ? group.tokens : group.tokens.slice(from, to);
}

/** The index in the group of the first value {@link trimmed} gives. */
export const trimmedFrom = (group: Group, cells: number): number => trimBounds(group, cells).from;

/** How well a group's values fit `cells` cells. */
function fit(group: Group, cells: number): number {
  const runnable = group.runCells >= cells && cells > 1;
  // Tokens that touch (59/0) are runs: their count says nothing about the cells.
  if (group.glued) return runnable ? FIT_RUN : FIT_MISMATCH;
  const n = valueCount(group, cells);
  if (n === cells) return FIT_EXACT;
  // Fewer values than cells, but digits enough: numbers whose boundaries were lost. Cells of a
  // positional group are known: only a single number there can be a run.
  const single = !group.positional || group.tokens.length - group.lead - group.trail === 1;
  return single && n < cells && runnable ? FIT_RUN : FIT_MISMATCH;
}

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
function headerWordsOf(rows: readonly RowLayout[]): readonly string[] {
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
const charIds = new Map<number, number>();

/**
 * The number of a character of the form's labels (from 1), given it one when `add` — the labels
 * are the form's, a few hundred characters; 0 for a character that is in no label.
 */
function charId(codePoint: number, add: boolean): number {
  let id = charIds.get(codePoint);
  if (id === undefined && add && charIds.size < CHAR_IDS - 1) charIds.set(codePoint, (id = charIds.size + 1));
  return id ?? 0;
}

/**
 * A key's bigrams as codes, as `bigrams` gives them (a one-character key is its own bigram,
 * code `a·CHAR_IDS`); −1 for a bigram with a character no label has, which no label can match.
 */
function gramCodes(key: string, add: boolean): Int32Array {
  const ids: number[] = [];
  for (const ch of key) ids.push(charId(ch.codePointAt(0) as number, add));
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
  const codes = candidates.map((r) => gramCodes(labelKey(r.label), true));
  const bigrams = new Map<number, number>();
  for (const list of codes) for (const b of list) if (b >= 0 && !bigrams.has(b)) bigrams.set(b, bigrams.size);
  const grams = codes.map((list) => numbered(list, bigrams));
  const window = Int32Array.from(grams, (g) => g.length + 1 + TAIL_SLACK);
  const holders: number[][] = Array.from({ length: bigrams.size }, () => []);
  candidates.forEach((r, c) => {
    if (!number.has(r)) number.set(r, c);
    for (const b of grams[c] as Int32Array) if (b >= 0) holders[b]?.push(c);
  });
  const index = { number, grams, window, widest: maxOf([0, ...window]), bigrams, holders };
  if (section) labelIndexes.set(section, index);
  return index;
}

/** Bigram codes as the index numbers them (−1: no label has it). */
function numbered(codes: Int32Array, bigrams: ReadonlyMap<number, number>): Int32Array {
  return codes.map((b) => (b < 0 ? -1 : (bigrams.get(b) ?? -1)));
}

/** Label scores, with the label text keyed once per segment and each group's evidence once. */
class Labels {
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
      this.codes.set(segment, (found = numbered(gramCodes(this.keys[segment] ?? '', false), this.index.bigrams)));
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
    const best = b >= 0.99 ? b : Math.max(b, this.side(after, c));
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
  /** Whether the label of `row` is printed in segment `g` (a row printed with no cells). */
  printed(row: RowTemplate, g: number): boolean {
    return this.within(this.gramsOf(row), g, SEGMENT_WINDOW) >= 0.8;
  }
}

const enum Op {
  None,
  SkipRow,
  SkipGroup,
  Row,
  Row2,
  Multi,
  GroupRow,
}

/** The leaf group rows of a section (children all data rows), with their position among the rows. */
function groupRowsOf(rows: readonly RowLayout[]): GroupRow[] {
  const out: GroupRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as RowLayout;
    const parent = r.ancestors.at(-1);
    if (!parent?.children || parent.children.some((c) => c.children)) continue;
    if (rows[i - 1]?.ancestors.at(-1) === parent) continue;
    if (parent.children[0] !== r.row) continue;
    out.push({ row: parent, first: i, count: parent.children.length });
  }
  return out;
}

/** Aligns the rows of a table section to its stream. */
export function align(rows: readonly RowLayout[], stream: Stream): Alignment & { labels: Labels } {
  const groupRows = groupRowsOf(rows);
  const labels = new Labels(
    stream,
    rows[0]?.section,
    [...rows.map((r) => r.row), ...groupRows.map((g) => g.row)],
    headerWordsOf(rows),
  );
  const n = rows.length;
  const m = Math.min(stream.groups.length, MAX_GROUPS);
  const W = m + 1;
  const score = new Float64Array((n + 1) * W).fill(Number.NEGATIVE_INFINITY);
  const op = new Uint8Array((n + 1) * W);
  const arg = new Int32Array((n + 1) * W); // rows taken by Multi, or the group-row index
  const lab = new Float64Array((n + 1) * W);
  const groupAt = new Map(groupRows.map((g, i) => [g.first, i]));
  const cellsOf = (i: number) => (rows[i] as RowLayout).block.columns.length;
  // For the first row of each block, how many rows the block has.
  const blockRows = rows.map((r, i) =>
    rows[i - 1]?.block === r.block ? 0 : rows.filter((x) => x.block === r.block).length,
  );
  score[0] = 0;
  const relax = (i: number, j: number, s: number, o: Op, a = 0, l = 0) => {
    const at = i * W + j;
    if (s > (score[at] as number)) (score[at] = s), (op[at] = o), (arg[at] = a), (lab[at] = l);
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = score[i * W + j] as number;
      if (here === Number.NEGATIVE_INFINITY) continue;
      if (i < n) relax(i + 1, j, here, Op.SkipRow);
      if (j < m) relax(i, j + 1, here + SKIP_GROUP, Op.SkipGroup);
      if (i >= n || j >= m) continue;
      const g = stream.groups[j] as Group;
      const row = rows[i] as RowLayout;
      const k = cellsOf(i);
      const l = labels.score(row.row, j);
      relax(i + 1, j + 1, here + LABEL_WEIGHT * l + fit(g, k), Op.Row, 0, l);
      const g2 = stream.groups[j + 1];
      // Values split over two lines of cells, with no label between them.
      if (
        g2 &&
        g.positional &&
        g2.positional &&
        (stream.labels[j + 1] ?? '').trim() === '' &&
        valueCount(g, k) + valueCount(g2, k) === k
      ) {
        relax(i + 1, j + 2, here + LABEL_WEIGHT * l + FIT_EXACT - SPLIT_PENALTY, Op.Row2, 0, l);
      }
      // One group over several rows of the same block (section 四's fifteen numbers): scored as one
      // placement, so that a row whose own label stands before the group is preferred.
      // Only a whole block: a header names every row, so it cannot tell which rows a shorter group is.
      const t = blockRows[i] ?? 0;
      if (t >= 2 && t <= MAX_MULTI) {
        let cells = 0;
        let minLabel = 1;
        for (let x = i; x < i + t; x++) {
          cells += cellsOf(x);
          minLabel = Math.min(minLabel, labels.anywhere((rows[x] as RowLayout).row, j));
        }
        const f = fit(g, cells);
        if (f > FIT_MISMATCH)
          relax(i + t, j + 1, here + LABEL_WEIGHT * minLabel + t * f - MULTI_PENALTY, Op.Multi, t, minLabel);
      }
      const gi = groupAt.get(i);
      if (gi !== undefined) {
        const gr = groupRows[gi] as GroupRow;
        const gl = labels.score(gr.row, j);
        if (gl >= ANCHOR)
          relax(i + gr.count, j + 1, here + LABEL_WEIGHT * gl + fit(g, k) - GROUP_ROW_PENALTY, Op.GroupRow, gi, gl);
      }
    }
  }
  // Back to front.
  const placements: Placement[] = [];
  const skipped: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const at = i * W + j;
    const o = op[at] as Op;
    const l = lab[at] as number;
    if (o === Op.SkipRow) i--;
    else if (o === Op.SkipGroup) skipped.push(--j);
    else if (o === Op.Row)
      placements.push({ kind: 'row', rows: [--i], groups: [--j], label: l, anchored: l >= ANCHOR });
    else if (o === Op.Row2)
      (j -= 2), placements.push({ kind: 'row', rows: [--i], groups: [j, j + 1], label: l, anchored: l >= ANCHOR });
    else if (o === Op.Multi) {
      const t = arg[at] as number;
      i -= t;
      placements.push({
        kind: 'multi',
        rows: Array.from({ length: t }, (_, x) => i + x),
        groups: [--j],
        label: l,
        anchored: l >= ANCHOR,
      });
    } else if (o === Op.GroupRow) {
      const gr = groupRows[arg[at] as number] as GroupRow;
      i -= gr.count;
      placements.push({
        kind: 'group',
        rows: Array.from({ length: gr.count }, (_, x) => i + x),
        groups: [--j],
        label: l,
        groupRow: gr,
        anchored: true,
      });
    } else break;
  }
  placements.reverse();
  skipped.reverse();
  const checked = placements.map((p) =>
    p.kind === 'row' && p.anchored && contested(p, rows, stream, labels) ? { ...p, anchored: false } : p,
  );
  for (let g = m; g < stream.groups.length; g++) skipped.push(g);
  return { ...confirmByOrder(checked, skipped, rows, stream, labels), labels };
}

/**
 * Whether the label that confirms a placement could as well be another group's: a label on a line of
 * its own, between two groups with no label on their lines, labels either the numbers above it
 * (displaced below them, as PDF converters do) or those below it. Then the label decides nothing,
 * and the form's order must (see {@link confirmByOrder}).
 */
function contested(p: Placement, rows: readonly RowLayout[], stream: Stream, labels: Labels): boolean {
  const g = p.groups[0] as number;
  const { before, after } = labels.sides((rows[p.rows[0] as number] as RowLayout).row, g);
  const own = (k: number) => stream.groups[k]?.labelOnLine === true;
  // A label printed with blank cells of its own is a row of its own: that it names the numbers on
  // another line is one reading, that the row is blank is another.
  if (stream.blankCells[before >= after ? g : g + 1] && !own(before >= after ? g : g + 1)) return true;
  // The label just after the group is a row printed blank on a line of its own: the group may as
  // well be an unlabelled row above it.
  if (after > before && stream.blankHead[g + 1]) return true;
  // Some row's label stands right after group g, on a line of its own.
  const labelAfter = () => !own(g + 1) && rows.some((r) => labels.sides(r.row, g).after >= ANCHOR * AFTER_WEIGHT);
  // From before: segment g stands between group g−1 and group g; or group g has a label after it too.
  if (before >= after) return !own(g) && ((g > 0 && !own(g - 1)) || labelAfter());
  // From after: segment g+1 stands between group g and group g+1.
  return !own(g + 1) && stream.groups[g + 1] !== undefined && !own(g);
}

/**
 * Keeps a placement that its label does not confirm only where the form's order leaves no choice:
 * between two confirmed placements, every row taken and no group that could fill one left over.
 * Elsewhere its values are not read: the parser may not shift values between rows.
 */
function confirmByOrder(
  placements: readonly Placement[],
  skipped: readonly number[],
  rows: readonly RowLayout[],
  stream: Stream,
  labels: Labels,
): Alignment {
  const kept: Placement[] = [];
  const unplaced: { group: number; rows: number[] }[] = [];
  /** Skipped groups that a gap read in order took after all. */
  const taken = new Set<number>();
  const anchors = placements.filter((p) => p.anchored);
  const bounds = [
    { rowEnd: -1, groupEnd: -1 },
    ...anchors.map((a) => ({ rowEnd: a.rows.at(-1) as number, groupEnd: a.groups.at(-1) as number, a })),
  ];
  for (let b = 0; b < bounds.length; b++) {
    const lo = bounds[b] as { rowEnd: number; groupEnd: number; a?: Placement };
    if (lo.a) kept.push(lo.a);
    const next = anchors[b];
    const rowTo = next ? (next.rows[0] as number) : rows.length;
    const groupTo = next ? (next.groups[0] as number) : stream.groups.length;
    const inGap = placements.filter(
      (p) => !p.anchored && (p.groups[0] as number) > lo.groupEnd && (p.groups[0] as number) < groupTo,
    );
    const gapRows: number[] = [];
    for (let r = lo.rowEnd + 1; r < rowTo; r++) gapRows.push(r);
    const cellsIn = (r: number) => (rows[r] as RowLayout).block.columns.length;
    const leftOver = skipped.some(
      (g) =>
        g > lo.groupEnd &&
        g < groupTo &&
        gapRows.some((r) => fit(stream.groups[g] as Group, cellsIn(r)) > FIT_MISMATCH),
    );
    if (inGap.length === 0 && !leftOver) continue;
    const covered = inGap.reduce((a, p) => a + p.rows.length, 0);
    const ordered = leftOver ? inOrder(gapRows, lo.groupEnd, groupTo, inGap, skipped, rows, stream, labels) : undefined;
    if (covered === gapRows.length && !leftOver) pushAll(kept, inGap);
    else if (ordered) {
      pushAll(kept, ordered);
      for (const p of ordered) taken.add(p.groups[0] as number);
    } else for (const p of inGap) for (const g of p.groups) unplaced.push({ group: g, rows: gapRows });
  }
  kept.sort((a, b) => (a.rows[0] as number) - (b.rows[0] as number));
  // A group no row took could still belong to a row between its neighbours that got nothing: name
  // them. One pass: `skipped` and the placements are both in stream order.
  const named = new Set(unplaced.map((u) => u.group));
  const byGroup = [...kept].sort((a, b) => (a.groups[0] as number) - (b.groups[0] as number));
  let k = 0;
  for (const g of skipped) {
    if (named.has(g) || taken.has(g)) continue;
    while (k < byGroup.length && ((byGroup[k] as Placement).groups.at(-1) as number) < g) k++;
    const before = byGroup[k - 1];
    const after = byGroup[k];
    const from = before ? (before.rows.at(-1) as number) + 1 : 0;
    const to = after ? (after.rows[0] as number) : rows.length;
    const open: number[] = [];
    for (let r = from; r < to && open.length < rows.length; r++) open.push(r);
    unplaced.push({ group: g, rows: open });
  }
  unplaced.sort((a, b) => a.group - b.group);
  return { placements: kept, unplaced };
}

/**
 * A gap's rows read in the form's order when its groups leave no other choice: as many groups as
 * rows, each with exactly its row's number of values, and every label printed in the gap standing
 * next to the group it is given (a label between two groups names one of them). Labels displaced
 * below their numbers make the alignment favour the wrong neighbour and leave one group over; the
 * count says which reading explains every group. Undefined when it does not fit.
 */
function inOrder(
  gapRows: readonly number[],
  groupFrom: number,
  groupTo: number,
  inGap: readonly Placement[],
  skipped: readonly number[],
  rows: readonly RowLayout[],
  stream: Stream,
  labels: Labels,
): Placement[] | undefined {
  if (inGap.some((p) => p.kind !== 'row' || p.groups.length !== 1)) return undefined;
  const groups = [...inGap.map((p) => p.groups[0] as number), ...skipped.filter((g) => g > groupFrom && g < groupTo)];
  if (groups.length !== gapRows.length) return undefined;
  groups.sort((a, b) => a - b);
  const out: Placement[] = [];
  for (let x = 0; x < gapRows.length; x++) {
    const r = rows[gapRows[x] as number] as RowLayout;
    const g = groups[x] as number;
    if (fit(stream.groups[g] as Group, r.block.columns.length) !== FIT_EXACT) return undefined;
    const own = labels.score(r.row, g);
    // The row's label printed next to another group of the gap only: the reading contradicts it.
    if (!nextTo(labels, r.row, g) && groups.some((h) => nextTo(labels, r.row, h))) return undefined;
    out.push({ kind: 'row', rows: [gapRows[x] as number], groups: [g], label: own, anchored: false });
  }
  return out;
}

/** Whether the label of `row` stands in the text on either side of group `g`, at its start or its end. */
function nextTo(labels: Labels, row: RowTemplate, g: number): boolean {
  const here = labels.sides(row, g);
  return Math.max(here.before, here.after, labels.sides(row, g + 1).before) >= ANCHOR;
}

export type { Labels };
