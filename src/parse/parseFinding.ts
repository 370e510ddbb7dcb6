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
  | 'LINES_SHIFTED'
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
 * What every finding of a reader has, whatever its code.
 * @category Parsing
 */
export interface ParseFindingBase {
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
   * When this finding stands for several of its code (beyond the `findingsPerCode` limit, findings
   * about positions in the input are counted rather than listed): how many.
   */
  readonly count?: number;
  /** What happened, in Chinese and English. */
  readonly message: LocalizedText;
}

/**
 * The values of a run's cells in order: a count, `'NA'` for a placeholder, {@link Money} for an amount.
 * @category Parsing
 */
export type RunReading = readonly (number | 'NA' | Money)[];

/**
 * The fields a finding of some codes carries beside the common ones (absent from a finding that
 * stands for several, see `count`).
 * @category Parsing
 */
export interface ParseFindingFields {
  /** Rows' values that cannot be matched to their cells. */
  readonly VALUE_COUNT: {
    /** How many values the rows' cells take. */
    readonly expected?: number;
    /** How many values were printed (absent where blanks at both ends make the count a guess). */
    readonly found?: number;
  };
  /** A run, or values regrouped, with no one reading. */
  readonly DIGITS_AMBIGUOUS: {
    /** The equally good readings (at most four), chosen so that each cell left blank shows two disagreeing. */
    readonly candidates?: readonly RunReading[];
  };
  /** A run split by the sum rules or the digits. */
  readonly DIGITS_SPLIT: {
    /** The values read, in the cells' order. */
    readonly reading?: RunReading;
  };
  /** Numbers broken over lines, joined by the sum rules. */
  readonly NUMBERS_JOINED: {
    /** The values read, in the cells' order. */
    readonly reading?: RunReading;
  };
  /** Identical lines a crawler merged, repeated by the sum rules. */
  readonly LINES_MERGED: {
    /** The values read, in the cells' order. */
    readonly reading?: RunReading;
  };
  /** A reader's limit hit. */
  readonly LIMIT_EXCEEDED: {
    /** Which limit, and its value. */
    readonly limit?: LimitHit;
  };
}

/**
 * Something a reader doubted: one member per code, each with that code's fields
 * ({@link ParseFindingFields}) beside the common ones — narrow on `code` to read them.
 * @example
 * ```ts
 * for (const f of parseReport(text).findings)
 *   if (f.code === 'VALUE_COUNT') console.log(f.location?.where?.en, f.expected, f.found);
 * ```
 * @category Parsing
 */
export type ParseFinding = {
  [C in ParseFindingCode]: ParseFindingBase & {
    /** Stable code. */
    readonly code: C;
  } & (C extends keyof ParseFindingFields ? ParseFindingFields[C] : unknown);
}[ParseFindingCode];

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
