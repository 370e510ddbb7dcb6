import * as z from 'zod/v4';
import { editions } from '../template/templates.js';
import { isoDate } from '../_internal/tally.js';
import { readTerm, type Vocabulary } from './vocabulary.js';

const date = z.union([z.string(), z.date()]).refine((v) => isoDate(v) !== undefined, {
  error: 'a date: a Date, or text written 2024-01-02, 2024/1/2, 2024.01.02 or 2024年1月2日',
});
const id = z.union([z.string().min(1), z.number().refine(Number.isSafeInteger, { error: 'a safe integer' })]);
/** A value of a vocabulary in some edition: a key, or the form's words for it. */
const term = (vocabulary: Vocabulary, what: string) =>
  z.string().refine((v) => editions.some((e) => readTerm(e, vocabulary, v).key !== undefined), {
    error: `not ${what} of the form (a key, or the form's words for one)`,
  });

/**
 * A register row of a request as {@link requestCaseSchema} gives it: keys or the form's words.
 * @category Builders
 */
export interface RequestCaseRow {
  /** Unique identifier of the request: text, or a database's integer key. */
  readonly id: string | number;
  /** An applicant column: its key (`naturalPerson`) or the form's words (`自然人`, `公民`, `律师事务所`). */
  readonly applicant: string;
  /** Date received: a `Date`, or text (`2024-01-02`, `2024/1/2`, `2024.01.02`, `2024年1月2日`). */
  readonly received: string | Date;
  /** Once closed, an outcome row: its key (`withheld.stateSecret`) or the form's words (`属于国家秘密`, `部分公开`). */
  readonly outcome?: string | undefined;
  /** Date closed, as `received`. */
  readonly closed?: string | Date | undefined;
}

/**
 * A register row of a review or lawsuit as {@link reviewLitigationCaseSchema} gives it.
 * @category Builders
 */
export interface ReviewLitigationCaseRow {
  /** Unique identifier of the case: text, or a database's integer key. */
  readonly id: string | number;
  /** A row of section 四: its key (`review`) or the form's words (`行政复议`). */
  readonly kind: string;
  /** Date filed: a `Date`, or text (`2024-01-02`, `2024/1/2`, `2024.01.02`, `2024年1月2日`). */
  readonly filed: string | Date;
  /** Once decided, a result column: its key (`corrected`) or the form's words (`结果纠正`). */
  readonly result?: string | undefined;
  /** Date decided, as `filed`. */
  readonly decided?: string | Date | undefined;
}

/**
 * The zod schema of one entry of a register of requests, as a spreadsheet or database gives it:
 * `id` (text or an integer), `applicant` (a key or the form's words, e.g. `自然人`, `律师事务所`), `received`
 * (a `Date` or a date in text), and once closed `outcome` (a key or the form's words, `予以公开`, `属于国家秘密`) and
 * `closed`. Other fields are dropped. The tally checks the rest (dates in order, outcome in the
 * report's edition, unique ids).
 * @example
 * ```ts
 * const row = requestCaseSchema.safeParse({ id: 'A-1', applicant: '自然人', received: '2024-03-01' });
 * if (!row.success) console.log(row.error.issues);
 * ```
 * @category Builders
 */
export const requestCaseSchema: z.ZodType<RequestCaseRow> = z.object({
  id,
  applicant: term('applicant', 'an applicant column'),
  received: date,
  outcome: term('outcome', 'an outcome row').optional(),
  closed: date.optional(),
});

/**
 * The zod schema of one administrative review or lawsuit of a register: `id`, `kind` (`review`,
 * `litigationDirect`, `litigationAfterReview`, or the form's words: 行政复议, 未经复议直接起诉,
 * 复议后起诉), `filed`, and once decided `result` (`upheld`, `corrected`, `other`, or 结果维持,
 * 结果纠正, 其他结果) and `decided`.
 * @example
 * ```ts
 * reviewLitigationCaseSchema.parse({ id: 'F-1', kind: '行政复议', filed: '2024-05-01' });
 * ```
 * @category Builders
 */
export const reviewLitigationCaseSchema: z.ZodType<ReviewLitigationCaseRow> = z.object({
  id,
  kind: term('kind', 'a review or litigation row'),
  filed: date,
  result: term('result', 'a result column').optional(),
  decided: date.optional(),
});
