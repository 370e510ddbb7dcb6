import type { Issue } from './issue.js';
import type { LocalizedText } from './localizedText.js';

/**
 * Codes of {@link OgiReportError}, the second failure channel: misuse of the API.
 *
 * - `UNKNOWN_EDITION`: an edition key that does not exist.
 * - `NO_EDITION_FOR_YEAR`: a report year before the 2019 format existed, or not an integer.
 * - `UNKNOWN_CELL`: a cell key that the report's edition does not have.
 * - `INVALID_CELL_VALUE`: a value that the cell cannot hold.
 * - `INVALID_ARGUMENT`: any other argument out of its domain.
 * - `INVALID_REPORT`: an `…OrThrow` function was given input with issues (see `issues`).
 * @category Errors
 */
export type OgiReportErrorCode =
  | 'UNKNOWN_EDITION'
  | 'NO_EDITION_FOR_YEAR'
  | 'UNKNOWN_CELL'
  | 'INVALID_CELL_VALUE'
  | 'INVALID_ARGUMENT'
  | 'INVALID_REPORT';

const BRAND = Symbol.for('ogi-report.error');

/**
 * The one error class ogi-report throws, and only on misuse (a wrong key, an impossible value).
 * Problems in the data are returned as issues or findings instead. Test for it with
 * {@link isOgiReportError}, which also works across duplicate copies of the package.
 * @category Errors
 */
export class OgiReportError extends Error {
  /** Always `'OgiReportError'`. */
  override readonly name = 'OgiReportError';
  /** Stable code. */
  readonly code: OgiReportErrorCode;
  /** The validation issues behind the error, for `INVALID_REPORT`. */
  readonly issues: readonly Issue[];
  /** What went wrong in Chinese and English, like every other diagnostic (`message` is the English). */
  readonly text: LocalizedText;

  /**
   * @param code - stable code.
   * @param message - what went wrong, naming the offending key or value, in both languages (a plain string is used for both).
   * @param issues - validation issues behind the error, if any.
   */
  constructor(code: OgiReportErrorCode, message: LocalizedText | string, issues: readonly Issue[] = []) {
    const text = typeof message === 'string' ? { zh: message, en: message } : message;
    super(text.en);
    this.code = code;
    this.issues = issues;
    this.text = text;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `error` is an {@link OgiReportError}, from this or any other copy of the package
 * (ESM and CJS copies are different classes, so `instanceof` is not enough).
 * @param error - anything caught.
 * @returns `true` for an ogi-report error.
 * @example
 * ```ts
 * try {
 *   getCell(report, key);
 * } catch (e) {
 *   if (isOgiReportError(e) && e.code === 'UNKNOWN_CELL') console.log(e.text.zh);
 * }
 * ```
 * @category Errors
 */
export function isOgiReportError(error: unknown): error is OgiReportError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}
