/**
 * Finding the sections, the title and the edition of a published report in its normalised text —
 * by the headings' vocabulary and order, not by their position at a line start, so that a page
 * flattened to one line, renumbered tables (一/二/三, 表一…, `## 表三`) and typos are found alike.
 */
import { layoutOf } from '../template/layout.js';
import { editions, templates } from '../template/templates.js';
import type { Edition, SectionTemplate } from '../template/types.js';
import { bigrams, containment, labelKey, normalizedKey } from './normalize.js';

/** The six sections, as every edition prints them (their headings are the same in all editions). */
export const sectionTemplates: readonly SectionTemplate[] =
  templates[editions[editions.length - 1] as Edition].sections;

/** How much of a heading's words must be present for a candidate to be that heading. */
const HEADING_MATCH = 0.6;
/** Characters read past a heading's own length, for variants that add words (因…被申请行政复议). */
const HEADING_SLACK = 10;
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
function scoreAt(text: string, at: number, s: number, nextCandidate: number): { score: number; end: number } {
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
  if (lastAt >= key.body.length - 3) end = from + lastAt + 1;
  if (nl >= 0 && from + nl < end) end = from + nl;
  // A heading alone on its line takes the whole line (variants print more words).
  const lineEnd = text.indexOf('\n', from);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (lineEnd >= 0 && lineEnd - lineStart <= key.body.length + HEADING_SLACK + 6 && lineEnd > end) end = lineEnd;
  if (lineEnd < 0 && text.length - lineStart <= key.body.length + HEADING_SLACK + 6) end = text.length;
  return { score, end };
}

/**
 * Finds each section's heading, in order: the first candidate after the previous heading whose words
 * match. Linear: each candidate is scored against each section at most once.
 */
export function findHeadings(text: string): (HeadingAt | undefined)[] {
  const cands = candidates(text);
  const found: (HeadingAt | undefined)[] = [];
  let from = 0;
  for (let s = 0; s < sectionTemplates.length; s++) {
    let hit: HeadingAt | undefined;
    for (let c = from; c < cands.length; c++) {
      const at = cands[c] as number;
      const { score, end } = scoreAt(text, at, s, headingStart(text, cands[c + 1] ?? text.length));
      if (score >= HEADING_MATCH) {
        hit = { start: headingStart(text, at), end };
        from = c + 1;
        break;
      }
    }
    found.push(hit);
  }
  return found;
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
    keys = keysOf(e).filter((k) => k.length >= 4 && !others.some((o) => o.includes(k) || k.includes(o)));
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
