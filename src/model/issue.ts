import type { LocalizedText } from './localizedText.js';
import type { Location } from './location.js';

/**
 * Stable codes of validation issues, the first failure channel: returned as data, never thrown.
 *
 * - `INVALID_JSON`: a string input that is not JSON text.
 * - `INVALID_TYPE`: a value of the wrong type where no more specific code applies.
 * - `MISSING_FIELD`: a required field is absent.
 * - `UNKNOWN_FIELD`: a field the model does not have (extra keys are reported, never dropped silently).
 * - `UNKNOWN_EDITION`: `edition` is not a registered edition (see `editions`).
 * - `INVALID_VALUE`: a header field out of its domain (year, scope, level, empty name).
 * - `INVALID_CELL`: a cell holding something that is not a number, `null` or `"NA"`.
 * - `NEGATIVE_COUNT`: a count below zero.
 * - `NOT_INTEGER`: a count or change with a fractional part.
 * - `NOT_FINITE`: `NaN` or `±Infinity`.
 * - `UNSAFE_INTEGER`: beyond `Number.MAX_SAFE_INTEGER`, where integers stop being exact.
 * - `INVALID_MONEY`: a money cell whose amount is not a canonical non-negative decimal string.
 * - `INVALID_UNIT`: a money unit other than `元` or `万元`.
 *
 * Case registers (`tallyRequests`, `tallyReviewLitigation`):
 * - `INVALID_CASE`: a record that is not an object.
 * - `INVALID_ID`: a missing or empty `id`.
 * - `DUPLICATE_ID`: an `id` used by an earlier record.
 * - `UNKNOWN_APPLICANT`, `UNKNOWN_OUTCOME`, `UNKNOWN_KIND`, `UNKNOWN_RESULT`: a value that is not in the vocabulary.
 * - `OUTCOME_NOT_IN_EDITION`: an outcome of the other edition (e.g. `other.feeUnpaid` in 2019).
 * - `INVALID_DATE`: not a calendar date written `YYYY-MM-DD`.
 * - `DATE_OUT_OF_RANGE`: a date before the Regulations took effect (2008-05-01).
 * - `CLOSED_BEFORE_RECEIVED`: a case closed (or decided) before it was received (or filed).
 * - `OUTCOME_WITHOUT_DATE`, `DATE_WITHOUT_OUTCOME`: an outcome with no closing date, or the reverse.
 * - `INVALID_OPTIONS`: a report year or edition that makes no sense.
 * @category Model
 */
export type IssueCode =
  | 'INVALID_JSON'
  | 'INVALID_TYPE'
  | 'MISSING_FIELD'
  | 'UNKNOWN_FIELD'
  | 'UNKNOWN_EDITION'
  | 'INVALID_VALUE'
  | 'INVALID_CELL'
  | 'NEGATIVE_COUNT'
  | 'NOT_INTEGER'
  | 'NOT_FINITE'
  | 'UNSAFE_INTEGER'
  | 'INVALID_MONEY'
  | 'INVALID_UNIT'
  | 'INVALID_CASE'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_APPLICANT'
  | 'UNKNOWN_OUTCOME'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_RESULT'
  | 'OUTCOME_NOT_IN_EDITION'
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'CLOSED_BEFORE_RECEIVED'
  | 'OUTCOME_WITHOUT_DATE'
  | 'DATE_WITHOUT_OUTCOME'
  | 'INVALID_OPTIONS';

/**
 * A validation issue: what is wrong, where (as a path of keys, zod-compatible, and as a
 * {@link Location} — section, row, column, cell key and the form's own words — when the path is in a
 * cell), in Chinese and English.
 * @category Model
 */
export interface Issue {
  /** Stable code. */
  readonly code: IssueCode;
  /** Path to the offending value, e.g. `['requests', 'received', 'total']`. */
  readonly path: readonly (string | number)[];
  /** The offending cell, when the path is in one: its keys and its name in the form's own words. */
  readonly location?: Location;
  /** What is wrong, in both languages. */
  readonly message: LocalizedText;
  /** For case registers: the `id` of the offending case, when it has one. */
  readonly caseId?: string;
}
