/**
 * Finding the sections, the title and the edition of a published report in its normalised text —
 * by the headings' vocabulary and order, not by their position at a line start, so that a page
 * flattened to one line, renumbered tables (一/二/三, 表一…, `## 表三`) and typos are found alike.
 */
import { layoutOf } from '../template/layout.js';
import { editions, templates } from '../template/templates.js';
import type { Edition, SectionTemplate } from '../template/types.js';
import { bigrams, containment, labelKey, lineAt, lineStarts, normalizedKey } from './normalize.js';

/** The six sections, as every edition prints them (their headings are the same in all editions). */
export const sectionTemplates: readonly SectionTemplate[] =
  templates[editions[editions.length - 1] as Edition].sections;

/** How much of a heading's words must be present for a candidate to be that heading. */
const HEADING_MATCH = 0.6;
/** Characters read past a heading's own length, for variants that add words (因…被申请行政复议). */
const HEADING_SLACK = 10;
/** A heading's last character found this near the end of its words ends it there (a variant drops a word or two). */
const LAST_CHAR_SLACK = 3;
/** Characters a heading alone on its line may run beyond its words and slack (a variant's extra words). */
const LINE_SLACK = 6;
/** Fewest characters of a label that tells one edition from the other: shorter ones are shared by chance. */
const EDITION_KEY_MIN = 4;
const ORDINALS = /[一二三四五六七八九十]/g;

interface HeadingKey {
  readonly body: string;
  readonly grams: readonly string[];
  /** The first half of the words, which must stand at the start: a heading begins where its ordinal is. */
  readonly opening: readonly string[];
}
const headingKeys: readonly HeadingKey[] = sectionTemplates.map((s) => {
  const body = labelKey(s.heading.slice(2));
  const grams = bigrams(body);
  return { body, grams, opening: grams.slice(0, Math.max(1, Math.ceil(grams.length / 2))) };
});

/** Where a section's heading was found in the normalised text. */
export interface HeadingAt {
  /** Offset where the heading (its ordinal or marker) starts. */
  readonly start: number;
  /** Offset just after the heading. */
  readonly end: number;
}

/** Offsets where a heading's words may start: after an ordinal and its mark, `表X`, or `#`. */
function candidates(text: string): number[] {
  const out: number[] = [];
  // The engine's scan for the next ordinal, not a test of every character.
  for (const { index: i } of text.matchAll(ORDINALS)) {
    const next = text[i + 1];
    if (next === '、' || next === '.' || next === ',' || next === ' ' || text[i - 1] === '表') out.push(i);
  }
  return out;
}

/** The start of a candidate's heading: back over `表`, `#` and spaces. */
function headingStart(text: string, at: number): number {
  let s = at;
  if (text[s - 1] === '表') s--;
  let t = s;
  while (text[t - 1] === ' ') t--;
  let h = t;
  while (text[h - 1] === '#') h--;
  // A Markdown heading's `#`s belong to it when they open the line.
  return h < t && (h === 0 || text[h - 1] === '\n') ? h : s;
}

/** Score of the heading of section `s` at a candidate ordinal offset, and where its words end. */
function scoreAt(
  text: string,
  lines: Int32Array,
  at: number,
  s: number,
  nextCandidate: number,
): { score: number; end: number } {
  const key = headingKeys[s] as HeadingKey;
  let from = at + 1;
  while (from < text.length && '、., ：:'.includes(text[from] as string)) from++;
  // A heading's words never run into the next numbered item.
  const window = text.slice(from, Math.min(from + key.body.length + HEADING_SLACK, nextCandidate));
  const words = normalizedKey(window);
  const found = new Set(bigrams(words));
  const opening = new Set(bigrams(words.slice(0, key.opening.length + HEADING_SLACK)));
  const score = Math.min(containment(key.grams, found), containment(key.opening, opening));
  // End after the heading's last character, when it is where expected; a line break ends it too.
  const last = key.body.slice(-1);
  const nl = window.indexOf('\n');
  let end = from + key.body.length;
  const lastAt = window.lastIndexOf(last, key.body.length + HEADING_SLACK - 1);
  if (lastAt >= key.body.length - LAST_CHAR_SLACK) end = from + lastAt + 1;
  if (nl >= 0 && from + nl < end) end = from + nl;
  // A heading alone on its line takes the whole line (variants print more words).
  // The candidate's line from the line starts found once: a page on one line has thousands of candidates.
  const line = lineAt(lines, at);
  const lineStart = lines[line - 1] as number;
  const lineEnd = line < lines.length ? (lines[line] as number) - 1 : -1;
  if (lineEnd >= 0 && lineEnd - lineStart <= key.body.length + HEADING_SLACK + LINE_SLACK && lineEnd > end)
    end = lineEnd;
  if (lineEnd < 0 && text.length - lineStart <= key.body.length + HEADING_SLACK + LINE_SLACK) end = text.length;
  return { score, end };
}

/**
 * A table of contents has at least this many gaps in a row with nothing but page numbers between two
 * headings: four entries (three could be short sections printed back to back). Pinned in thresholds.test.ts.
 */
const TOC_RUN = 3;
/** What may stand between two entries of a table of contents: spaces, leader dots, page numbers. */
const TOC_FILLER = /^[\s.．…·_\-—\d页第]*$/;

/**
 * Finds each section's heading, in order: the first candidate after the previous heading whose words
 * match. A table of contents (four or more headings back to back, in an overview or before it) is
 * passed over: the headings are then looked for again without its entries, and that reading is kept
 * when it finds as many. Linear: each candidate is scored against each section at most twice.
 */
export function findHeadings(text: string): (HeadingAt | undefined)[] {
  const cands = candidates(text);
  const lines = lineStarts(text);
  const first = firstMatches(text, lines, cands, new Set());
  const toc = tableOfContents(text, first.found, first.at);
  if (toc.size === 0) return first.found;
  const again = firstMatches(text, lines, cands, toc);
  const count = (hs: readonly (HeadingAt | undefined)[]) => hs.filter((h) => h !== undefined).length;
  return count(again.found) >= count(first.found) ? again.found : first.found;
}

/**
 * The headings where a file reader found them: for each section given, its heading looked for on
 * the line starting at the given offset only (the first candidate there that matches), so that the
 * reader's sections are the ones the file's layout was made with. Linear: each line is read once
 * per section given.
 */
export function headingsOnLines(text: string, lineStartOf: ReadonlyMap<number, number>): (HeadingAt | undefined)[] {
  const lines = lineStarts(text);
  return sectionTemplates.map((_, s) => {
    const from = lineStartOf.get(s);
    if (from === undefined) return undefined;
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const cands = candidates(text.slice(from, to)).map((c) => from + c);
    for (let c = 0; c < cands.length; c++) {
      const hit = headingAt(text, lines, cands, c, s);
      if (hit) return hit;
    }
    return undefined;
  });
}

/** The heading of section `s` at candidate `c`, when its words match there (a candidate's words end at the next). */
function headingAt(
  text: string,
  lines: Int32Array,
  cands: readonly number[],
  c: number,
  s: number,
): HeadingAt | undefined {
  const offset = cands[c] as number;
  const { score, end } = scoreAt(text, lines, offset, s, headingStart(text, cands[c + 1] ?? text.length));
  return score >= HEADING_MATCH ? { start: headingStart(text, offset), end } : undefined;
}

/** The greedy reading: per section, the first candidate (not in `skip`) after the previous heading that matches. */
function firstMatches(
  text: string,
  lines: Int32Array,
  cands: readonly number[],
  skip: ReadonlySet<number>,
): { found: (HeadingAt | undefined)[]; at: (number | undefined)[] } {
  const found: (HeadingAt | undefined)[] = [];
  const at: (number | undefined)[] = [];
  let from = 0;
  for (let s = 0; s < sectionTemplates.length; s++) {
    let hit: HeadingAt | undefined;
    let index: number | undefined;
    for (let c = from; c < cands.length; c++) {
      if (skip.has(c)) continue;
      hit = headingAt(text, lines, cands, c, s);
      if (hit) {
        index = c;
        from = c + 1;
        break;
      }
    }
    found.push(hit);
    at.push(index);
  }
  return { found, at };
}

/**
 * The candidates that are entries of a table of contents: a run of `TOC_RUN` or more headings each
 * followed by nothing but filler before the next, and the heading right after the run (the list's
 * last entry, whose "body" is whatever follows the list).
 */
function tableOfContents(
  text: string,
  found: readonly (HeadingAt | undefined)[],
  at: readonly (number | undefined)[],
): Set<number> {
  const toc = new Set<number>();
  let run: number[] = [];
  const close = (next: number | undefined) => {
    if (run.length >= TOC_RUN) {
      for (const c of run) toc.add(c);
      if (next !== undefined) toc.add(next);
    }
    run = [];
  };
  for (let s = 0; s + 1 < found.length; s++) {
    const h = found[s];
    const next = found[s + 1];
    if (h && next && TOC_FILLER.test(text.slice(h.end, next.start))) run.push(at[s] as number);
    else close(at[s]);
  }
  close(at[found.length - 1]);
  return toc;
}

/**
 * The body of section `i`: from the end of its heading to the start of the next heading found (or
 * `end`); undefined when its heading was not found.
 */
export function sectionBody(
  headings: readonly (HeadingAt | undefined)[],
  i: number,
  end: number,
): [number, number] | undefined {
  const h = headings[i];
  if (!h) return undefined;
  const next = headings.slice(i + 1).find((x) => x !== undefined);
  return [h.end, next ? next.start : end];
}

/**
 * A title: 某某局2020年(度)政府信息公开工作(年度)报告, anywhere in the text before the first heading.
 * The agency is given as offsets `[from, to)` in `text`, so that the caller takes its name as printed.
 */
export function findTitle(
  text: string,
): { agency?: readonly [number, number]; year?: number; start: number; end: number } | undefined {
  const at = text.indexOf('政府信息公开工作');
  if (at < 0) return undefined;
  // After 政府信息公开工作 (8 characters): 年度报告 or 报告.
  const tail = text.slice(at + 8, at + 14);
  const endWord = tail.startsWith('年度报告') ? 4 : tail.startsWith('报告') ? 2 : -1;
  if (endWord < 0) return undefined;
  let p = at;
  if (text[p - 1] === '度') p--;
  if (text[p - 1] !== '年') return undefined;
  p--;
  while (text[p - 1] === ' ') p--;
  const yearText = text.slice(p - 4, p);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  let nameFrom = lineStart;
  while (text[nameFrom] === '#' || text[nameFrom] === ' ') nameFrom++;
  let name: [number, number] = [nameFrom, year === undefined ? nameFrom : p - 4];
  let start = lineStart;
  // A title printed on two lines (PDF, Word): the agency alone on the line above the year.
  if (text.slice(...name).trim() === '' && year !== undefined && lineStart > 0) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(above, lineStart - 1).trim();
    if (line.length > 0 && line.length <= TITLE_AGENCY_MAX && !/[。，；：:,.;]$/.test(line))
      (name = [above, lineStart - 1]), (start = above);
  }
  const hasName = text.slice(...name).trim() !== '';
  return { ...(hasName && { agency: name }), ...(year !== undefined && { year }), start, end: at + 8 + endWord };
}

/** The longest agency line above a two-line title. */
const TITLE_AGENCY_MAX = 40;

const keysOf = (e: Edition) => [
  ...new Set(layoutOf(e).cells.flatMap((c) => [labelKey(c.column.label), labelKey(c.row.label)])),
];
const ownKeys = new Map<Edition, readonly string[]>();

/** The labels only edition `e` prints (memoised): they tell the editions apart. */
function own(e: Edition): readonly string[] {
  let keys = ownKeys.get(e);
  if (!keys) {
    const others = editions.filter((x) => x !== e).flatMap(keysOf);
    keys = keysOf(e).filter((k) => k.length >= EDITION_KEY_MIN && !others.some((o) => o.includes(k) || k.includes(o)));
    ownKeys.set(e, keys);
  }
  return keys;
}

/** The edition whose own column and row labels the tables use most. */
export function detectEdition(tableText: string): Edition | undefined {
  const text = normalizedKey(tableText);
  let best: Edition | undefined;
  let bestHits = 0;
  for (const e of editions) {
    const hits = own(e).filter((k) => text.includes(k)).length;
    if (hits > bestHits) {
      best = e;
      bestHits = hits;
    }
  }
  return best;
}

/** A second report in the same text shows at least this many of its headings (its tables' among them). */
const SECOND_REPORT_HEADINGS = 4;
/** Characters before a second report's first heading searched for its title. */
const SECOND_TITLE_WINDOW = 300;

/**
 * Where a second report starts in the text after the first one's last heading (`from`): its title,
 * or its first heading when no title stands just before it; undefined when the rest is no report
 * (fewer than four headings in order, or not those of sections 三 and 四).
 */
export function secondReportAt(text: string, from: number): number | undefined {
  const rest = text.slice(from);
  const again = findHeadings(rest);
  const found = again.filter((h) => h !== undefined).length;
  if (found < SECOND_REPORT_HEADINGS || !again[2] || !again[3]) return undefined;
  const first = from + (again.find((h) => h !== undefined) as HeadingAt).start;
  const windowStart = Math.max(from, first - SECOND_TITLE_WINDOW);
  const title = findTitle(text.slice(windowStart, first));
  return title ? windowStart + title.start : first;
}
