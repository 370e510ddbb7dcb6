import type { LocalizedText } from '../model/localizedText.js';

/**
 * Codes of what the parser doubted or could not do.
 * @category Parsing
 */
export type ParseFindingCode =
  | 'NO_REPORT_FOUND'
  | 'SECTION_MISSING'
  | 'EDITION_UNKNOWN'
  | 'YEAR_UNKNOWN'
  | 'AGENCY_UNKNOWN'
  | 'ROW_MISSING'
  | 'ROW_NOT_RECOGNIZED'
  | 'ROW_BY_ORDER'
  | 'LABEL_VARIANT'
  | 'GROUP_WITH_VALUES'
  | 'GROUP_AS_ROW'
  | 'VALUES_UNPLACED'
  | 'LEADING_ZERO'
  | 'MEASURE_WORD'
  | 'VALUE_COUNT'
  | 'VALUE_INVALID'
  | 'DIGITS_SPLIT'
  | 'DIGITS_AMBIGUOUS'
  | 'UNIT_ASSUMED';

/**
 * Something the parser doubted, with the line it is about.
 * @category Parsing
 */
export interface ParseFinding {
  /** Stable code. */
  readonly code: ParseFindingCode;
  /** `error`: something could not be read; `warning`: read, but a person should look; `info`: a variant recognised. */
  readonly severity: 'error' | 'warning' | 'info';
  /** The 1-based line of the input it is about, when there is one. */
  readonly line?: number;
  /** Section key. */
  readonly section?: string;
  /** Row path within the section. */
  readonly row?: string;
  /** Column key. */
  readonly column?: string;
  /** Every row the finding is about, when it is about several (`row` is the first). */
  readonly rows?: readonly string[];
  /** For `DIGITS_AMBIGUOUS`: the equally good readings of the run (cell values in order, `'NA'` for a placeholder). */
  readonly candidates?: readonly (readonly (number | 'NA')[])[];
  /** What happened, in Chinese and English. */
  readonly message: LocalizedText;
}

/** A message in both languages. */
export function msg(zh: string, en: string): LocalizedText {
  return { zh, en };
}

