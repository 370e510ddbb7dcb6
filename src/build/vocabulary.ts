/**
 * The form's own words as register values: a case register kept in a spreadsheet says 自然人,
 * 法律服务机构, 予以公开, 属于国家秘密, 行政复议, 结果纠正 — in simplified or traditional script,
 * full-width or not, with or without the form's numbering — where the tallies want keys. Every term
 * is derived from the template's labels; nothing here lists a label again.
 */
import { labelKey } from '../parse/normalize.js';
import { layoutOf } from '../template/layout.js';
import type { Edition } from '../template/types.js';

/** What a register's field can name: an applicant column, an outcome row, a review/litigation kind or result. */
export type Vocabulary = 'applicant' | 'outcome' | 'kind' | 'result';

/** A term's keys: one when it names one thing, several when the form's words are ambiguous alone. */
type Terms = ReadonlyMap<string, readonly string[]>;

/** The form's numbering, wherever it stands (after NFKC): (一), (三), 1., 4、 */
const NUMBERING = /[(][一二三四五六七八九十]+[)]|\d+\s*[.、]/g;

/** A term as it is looked up: NFKC, simplified, numbering dropped, letters and digits only. */
const termKey = (s: string) => labelKey(s.normalize('NFKC').replace(NUMBERING, ''));

function add(terms: Map<string, string[]>, words: readonly string[], key: string): void {
  for (const w of new Set(words.map(termKey).filter((w) => w !== ''))) {
    const keys = terms.get(w);
    if (!keys) terms.set(w, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }
}

/** Every way the form names the items of each vocabulary of an edition (memoised). */
const memo = new Map<Edition, Readonly<Record<Vocabulary, Terms>>>();
function termsOf(edition: Edition): Readonly<Record<Vocabulary, Terms>> {
  const cached = memo.get(edition);
  if (cached) return cached;
  const layout = layoutOf(edition);
  const applicant = new Map<string, string[]>();
  for (const c of layout.applicantColumns)
    add(applicant, [c.key, c.label, ...(c.group ? [`${c.group.label}${c.label}`] : [])], c.key);
  const outcome = new Map<string, string[]>();
  for (const r of layout.outcomeRows) {
    const key = r.path.slice('outcomes.'.length);
    const group = r.ancestors.slice(1).map((a) => a.label);
    const own = r.row.label;
    add(outcome, [key, own, ...group.map((g) => `${g}${own}`)], key);
  }
  const kind = new Map<string, string[]>();
  const result = new Map<string, string[]>();
  const review = layout.rows.filter((r) => r.block.rowsAcross);
  for (const r of review)
    add(kind, [r.row.key, r.row.label, ...(r.row.group ? [`${r.row.group.label}${r.row.label}`] : [])], r.row.key);
  for (const c of review[0]?.block.columns ?? [])
    if (c.role !== 'total' && c.key !== 'pending') add(result, [c.key, c.label], c.key);
  const all = { applicant, outcome, kind, result };
  memo.set(edition, all);
  return all;
}

/** What a register value names: the key, or why none (unknown, or ambiguous between the keys listed). */
export type TermReading =
  | { readonly key: string }
  | { readonly key?: undefined; readonly ambiguous?: readonly string[] };

/**
 * The key a register value names in an edition's vocabulary: the key itself, or the form's words for
 * it in any script or width, with or without numbering (`（三）不予公开 1.属于国家秘密`, `属于国家秘密`,
 * `屬於國家秘密`). A term that names several items alone (another edition's words, or an item's
 * label shared by two groups) is ambiguous.
 */
export function readTerm(edition: Edition, vocabulary: Vocabulary, value: unknown): TermReading {
  if (typeof value !== 'string') return {};
  const keys = termsOf(edition)[vocabulary].get(termKey(value));
  if (!keys) return {};
  return keys.length === 1 ? { key: keys[0] as string } : { ambiguous: keys };
}

/** The words a message adds for an ambiguous term: the keys it could mean. */
export function ambiguity(reading: TermReading, lang: 'zh' | 'en'): string {
  const keys = reading.key === undefined ? reading.ambiguous : undefined;
  if (!keys) return '';
  return lang === 'zh' ? `（有歧义：可指 ${keys.join('、')}）` : ` (ambiguous: it may mean ${keys.join(', ')})`;
}
