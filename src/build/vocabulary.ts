/**
 * The words a case register (台账) uses where the tallies want keys. A register kept in a spreadsheet
 * says 自然人, 律师事务所, 予以公开, 部分公开, 属于国家秘密, 行政复议, 结果纠正 — in simplified or
 * traditional script, full-width or not, with or without the form's numbering and notes. Every term is
 * derived from the template's labels (the label, the label without its note, the label up to its first
 * clause, the group's words for every item under it); the only words listed here are what the form
 * never prints: the common synonyms of its applicant columns and the review rows' short names.
 */
import { editDistance } from '../_internal/editDistance.js';
import { labelKey } from '../parse/normalize.js';
import { layoutOf } from '../template/layout.js';
import type { Edition } from '../template/types.js';

/** What a register's field can name: an applicant column, an outcome row, a review/litigation kind or result. */
export type Vocabulary = 'applicant' | 'outcome' | 'kind' | 'result';

/** A term's keys (several when the words name a group or are shared), and the words shown for it. */
interface Term {
  readonly keys: string[];
  readonly words: string;
}
type Terms = ReadonlyMap<string, Term>;

/**
 * Words people write for an applicant column that the form does not print, by column key: each
 * names one column only (法人 names the group, and so is the group's).
 */
const APPLICANT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  naturalPerson: ['公民', '个人', '群众', '自然人申请人'],
  commercialEnterprise: ['企业', '公司', '企业法人'],
  researchInstitution: ['科研院所', '研究机构'],
  publicInterestOrganization: ['公益组织', '社会公益机构'],
  legalServiceAgency: ['律师事务所', '律所', '法律服务所'],
  otherOrganization: ['其他组织', '其他单位'],
};
/** The words of the applicant group (法人或其他组织) people shorten it to. */
const APPLICANT_GROUP_SYNONYMS = ['法人', '组织', '单位'];

/** The form's numbering, wherever it stands (after NFKC): (一), (三), 1., 4、 */
const NUMBERING = /[(][一二三四五六七八九十]+[)]|\d+\s*[.、]/g;
/** A note in parentheses after a label: （区分处理的，只计这一情形，不计其他情形）. */
const NOTE = /[(][^()]*[)]/g;
/** Where a long label's first clause ends (申请人无正当理由逾期不补正、行政机关不再处理…). */
const CLAUSE_END = /[、,，;；]/;

/** A term as it is looked up: NFKC, simplified, numbering dropped, letters and digits only. */
const termKey = (s: string) => labelKey(s.normalize('NFKC').replace(NUMBERING, ''));

/** A label and the shorter forms people write of it: without its note, up to its first clause. */
function variants(label: string): string[] {
  const plain = label.normalize('NFKC').replace(NUMBERING, '');
  const bare = plain.replace(NOTE, '');
  const clause = bare.split(CLAUSE_END)[0] ?? bare;
  return [label, bare, ...(termKey(clause).length >= 4 ? [clause] : [])];
}

function add(terms: Map<string, Term>, words: readonly string[], key: string): void {
  for (const w of words) {
    const k = termKey(w);
    if (k === '') continue;
    const term = terms.get(k);
    if (!term) terms.set(k, { keys: [key], words: w.normalize('NFKC').replace(NUMBERING, '').trim() });
    else if (!term.keys.includes(key)) term.keys.push(key);
  }
}

/** Every way the form names the items of each vocabulary of an edition (memoised: derived, immutable once built). */
const memo = new Map<Edition, Readonly<Record<Vocabulary, Terms>>>();
function termsOf(edition: Edition): Readonly<Record<Vocabulary, Terms>> {
  const cached = memo.get(edition);
  if (cached) return cached;
  const layout = layoutOf(edition);
  const applicant = new Map<string, Term>();
  for (const c of layout.applicantColumns) {
    const group = c.group ? [`${c.group.label}${c.label}`, c.group.label, ...APPLICANT_GROUP_SYNONYMS] : [];
    add(applicant, [c.key, ...variants(c.label), ...(APPLICANT_SYNONYMS[c.key] ?? []), ...group], c.key);
  }
  const outcome = new Map<string, Term>();
  for (const r of layout.outcomeRows) {
    const key = r.path.slice('outcomes.'.length);
    const groups = r.ancestors.slice(1).map((a) => a.label);
    const own = variants(r.row.label);
    add(outcome, [key, ...own, ...groups.flatMap((g) => own.map((o) => `${g}${o}`)), ...groups.flatMap(variants)], key);
  }
  const kind = new Map<string, Term>();
  const result = new Map<string, Term>();
  const review = layout.rows.filter((r) => r.block.rowsAcross);
  for (const r of review)
    add(
      kind,
      [r.row.key, ...variants(r.row.label), ...(r.row.group ? [`${r.row.group.label}${r.row.label}`] : [])],
      r.row.key,
    );
  for (const c of review[0]?.block.columns ?? [])
    if (c.role !== 'total' && c.key !== 'pending') add(result, [c.key, ...variants(c.label)], c.key);
  const all = { applicant, outcome, kind, result };
  memo.set(edition, all);
  return all;
}

/** What a register value names: the key; or why none — ambiguous between keys, or unknown with the nearest words. */
export type TermReading =
  | { readonly key: string }
  | {
      readonly key?: undefined;
      readonly ambiguous?: readonly string[];
      /** For an unknown term: the vocabulary's nearest words (a typo's likely meaning), at most three. */
      readonly nearest?: readonly string[];
    };

/** Register values longer than this name nothing (the longest label, with its group, is under 80 characters). */
const MAX_TERM_LENGTH = 200;
/** Terms longer than this are not compared for typos (a register's values are short; this bounds the work). */
const MAX_TYPO_LENGTH = 40;
/** A value this long that a vocabulary word contains is suggested as that word's short form. */
const SHORT_FORM_MIN = 3;
/** How many edits a typo may be from a word: one per four characters, at least one. */
const typoEdits = (length: number) => Math.max(1, Math.floor(length / 4));

/**
 * The key a register value names in an edition's vocabulary: the key itself, or the form's words for
 * it in any script or width, with or without numbering and notes (`（三）不予公开 1.属于国家秘密`,
 * `属于国家秘密`, `部分公开`, `屬於國家秘密`). Words that name several items (a group's words, 不予公开;
 * another edition's words) are ambiguous, with the items; an unknown word gets its nearest words.
 */
export function readTerm(edition: Edition, vocabulary: Vocabulary, value: unknown): TermReading {
  // No word of the form is this long; a longer value is read no further (the numbering pattern would rescan it).
  if (typeof value !== 'string' || value.length > MAX_TERM_LENGTH) return {};
  const terms = termsOf(edition)[vocabulary];
  const key = termKey(value);
  const term = terms.get(key);
  if (term) return term.keys.length === 1 ? { key: term.keys[0] as string } : { ambiguous: term.keys };
  const nearest = nearestWords(terms, key);
  return nearest.length > 0 ? { nearest } : {};
}

/**
 * The words of the terms within a typo's reach of `key`, and of those containing it (a short form),
 * nearest first, one (the shortest) per item named; at most three.
 */
function nearestWords(terms: Terms, key: string): string[] {
  if (key === '' || key.length > MAX_TYPO_LENGTH) return [];
  const limit = typoEdits(key.length);
  const best = new Map<string, [distance: number, words: string]>();
  const offer = (distance: number, term: Term) => {
    const item = term.keys.join('|');
    const seen = best.get(item);
    if (!seen || distance < seen[0] || (distance === seen[0] && term.words.length < seen[1].length))
      best.set(item, [distance, term.words]);
  };
  for (const [k, term] of terms) {
    if (/^[a-z.]+$/i.test(k)) continue; // keys are not typed by people
    const d = editDistance(key, k, limit);
    if (d <= limit) offer(d, term);
    else if (key.length >= SHORT_FORM_MIN && k.includes(key)) offer(limit + 1, term);
  }
  return [...best.values()]
    .sort((a, b) => a[0] - b[0] || a[1].length - b[1].length)
    .slice(0, 3)
    .map(([, w]) => w);
}

/**
 * The message for a register value that names no key: ambiguous (with the items it may mean) or
 * unknown (with the nearest words, when there are). `what` names the field (申请人类型 / applicant).
 */
export function termProblem(
  what: { readonly zh: string; readonly en: string },
  shown: string,
  reading: TermReading,
): { zh: string; en: string } {
  if (reading.key === undefined && reading.ambiguous) {
    const keys = reading.ambiguous;
    return {
      zh: `${what.zh} ${shown} 有歧义：可指 ${keys.join('、')} 之一，请写明具体的一项`,
      en: `${what.en} ${shown} is ambiguous: one of ${keys.join(', ')}; name the one meant`,
    };
  }
  const near = reading.key === undefined ? reading.nearest : undefined;
  return {
    zh: `未知的${what.zh} ${shown}${near ? `（是否应为“${near.join('”或“')}”？）` : ''}`,
    en: `unknown ${what.en} ${shown}${near ? ` (did you mean “${near.join('” or “')}”?)` : ''}`,
  };
}

/**
 * The register vocabulary of an edition as rows of words and what each names (keys; several for an
 * ambiguous term), for the table in docs/tallying.md. Internal.
 */
export function vocabularyTable(
  edition: Edition,
): readonly { vocabulary: Vocabulary; words: string; keys: readonly string[] }[] {
  const all = termsOf(edition);
  return (Object.keys(all) as Vocabulary[]).flatMap((vocabulary) =>
    [...all[vocabulary].values()]
      .filter((t) => !/^[a-z.]+$/i.test(t.words))
      .map((t) => ({ vocabulary, words: t.words, keys: t.keys })),
  );
}
