import * as z from 'zod/v4';
import { editions } from '../template/templates.js';
import { readTerm, type Vocabulary } from './vocabulary.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = z.string().regex(DATE, { error: 'a date written YYYY-MM-DD' });
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
  /** Unique identifier of the request. */
  readonly id: string;
  /** An applicant column: its key (`naturalPerson`) or the form's words (`自然人`). */
  readonly applicant: string;
  /** Date received, `YYYY-MM-DD`. */
  readonly received: string;
  /** Once closed, an outcome row: its key (`withheld.stateSecret`) or the form's words (`属于国家秘密`). */
  readonly outcome?: string | undefined;
  /** Date closed, `YYYY-MM-DD`. */
  readonly closed?: string | undefined;
}

/**
 * A register row of a review or lawsuit as {@link reviewLitigationCaseSchema} gives it.
 * @category Builders
 */
export interface ReviewLitigationCaseRow {
  /** Unique identifier of the case. */
  readonly id: string;
  /** A row of section 四: its key (`review`) or the form's words (`行政复议`). */
  readonly kind: string;
  /** Date filed, `YYYY-MM-DD`. */
  readonly filed: string;
  /** Once decided, a result column: its key (`corrected`) or the form's words (`结果纠正`). */
  readonly result?: string | undefined;
  /** Date decided, `YYYY-MM-DD`. */
  readonly decided?: string | undefined;
}

/**
 * The zod schema of one entry of a register of requests, as a spreadsheet or database gives it:
 * `id`, `applicant` (a key or the form's words, e.g. `自然人`, `法律服务机构`), `received`
 * (`YYYY-MM-DD`), and once closed `outcome` (a key or the form's words, `予以公开`, `属于国家秘密`) and
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
  id: z.string().min(1),
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
  id: z.string().min(1),
  kind: term('kind', 'a review or litigation row'),
  filed: date,
  result: term('result', 'a result column').optional(),
  decided: date.optional(),
});
