import type { LocalizedText } from '../model/localizedText.js';
import type { Location } from '../model/location.js';
import type { Money } from '../model/cell.js';
import type { ReadLimits } from './limits.js';

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
  | 'NUMBERS_JOINED'
  | 'LINES_MERGED'
  | 'UNIT_ASSUMED'
  | 'CELL_SEVERAL_VALUES'
  | 'CELL_MERGED'
  | 'LIMIT_EXCEEDED'
  | 'SECOND_REPORT';

/**
 * Where in an HTML page a finding is: the `<table>` (0-based, among all tables of the document in
 * document order, as `document.querySelectorAll('table')[table]`), its row (0-based, `<tr>` in
 * document order) and, for a cell, its column in the table's grid (0-based, merged cells counted
 * once per column they span). Lines outside tables have `block`, the 0-based index of the text block.
 * @category Parsing
 */
export interface HtmlPosition {
  /** Tells the kinds of position apart. */
  readonly kind: 'html';
  /** The table, among all tables of the document. */
  readonly table?: number;
  /** The row of the table. */
  readonly row?: number;
  /** The column in the table's grid. */
  readonly column?: number;
  /** The text block, for lines outside tables. */
  readonly block?: number;
}

/**
 * Where in a PDF a finding is: the 1-based page and the position of the line's first text item, in
 * PDF points from the page's top-left corner (y grows downwards, as a viewer shows it).
 * @category Parsing
 */
export interface PdfPosition {
  /** Tells the kinds of position apart. */
  readonly kind: 'pdf';
  /** 1-based page number. */
  readonly page: number;
  /** Distance from the page's left edge, in points. */
  readonly x: number;
  /** Distance of the line's baseline from the page's top edge, in points. */
  readonly y: number;
}

/**
 * Where in a source document a finding is, for the HTML and PDF readers.
 * @category Parsing
 */
export type SourcePosition = HtmlPosition | PdfPosition;

/**
 * Something the parser doubted, with the line it is about.
 * @category Parsing
 */
export interface ParseFinding {
  /** Stable code. */
  readonly code: ParseFindingCode;
  /** `error`: something could not be read; `warning`: read, but a person should look; `info`: a variant recognised. */
  readonly severity: 'error' | 'warning' | 'info';
  /** The 1-based line of the input it is about, when there is one (text input). */
  readonly line?: number;
  /** Where in the page or file it is about (HTML and PDF input). */
  readonly source?: SourcePosition;
  /** Where in the form: section, row (the first, when it is about several), column and cell key, and the form's own words. */
  readonly location?: Location;
  /** Every row the finding is about, when it is about several (`location.row` is the first). */
  readonly rows?: readonly string[];
  /**
   * For `DIGITS_AMBIGUOUS`: the equally good readings of the run (cell values in order, `'NA'` for a
   * placeholder, {@link Money} for an amount), at most four.
   */
  readonly candidates?: readonly (readonly (number | 'NA' | Money)[])[];
  /** For `DIGITS_SPLIT`, `NUMBERS_JOINED` and `LINES_MERGED`: the values read, in the cells' order. */
  readonly reading?: readonly (number | 'NA' | Money)[];
  /** For `VALUE_COUNT`: how many values the rows' cells take. */
  readonly expected?: number;
  /** For `VALUE_COUNT`: how many values were printed (absent where blanks at both ends make the count a guess). */
  readonly found?: number;
  /** For `LIMIT_EXCEEDED`: which of the reader's limits was hit, and its value. */
  readonly limit?: LimitHit;
  /**
   * When this finding stands for several of its code (beyond the `findingsPerCode` limit, findings
   * about positions in the input are counted rather than listed): how many.
   */
  readonly count?: number;
  /** What happened, in Chinese and English. */
  readonly message: LocalizedText;
}

/**
 * Which of a reader's limits a `LIMIT_EXCEEDED` finding is about.
 * @category Parsing
 */
export interface LimitHit {
  /** The limit's name, as in {@link ReadLimits}. */
  readonly name: keyof ReadLimits;
  /** Its value in the read (the default or the caller's). */
  readonly value: number;
}

/** A message in both languages. */
export function msg(zh: string, en: string): LocalizedText {
  return { zh, en };
}
