import type { LocalizedText } from './localizedText.js';
import type { CellKeyOf, ProseSectionKey, TableSectionKey } from './report.js';
import type { Edition } from '../template/types.js';

declare const found: unique symbol;

/**
 * A cell key handed back by the library — on a finding, an operand, an issue, a parse finding or a
 * repair. It is a key of the edition of the report it is about, so `getCell` and `setCell` accept it
 * for that report even when the report's type is the union {@link Report}; a key you write yourself
 * is typed {@link CellKey} instead, and checked against the report's edition at compile time.
 * @example
 * ```ts
 * const f = checkReport(report).findings.find((x) => x.location.key !== undefined);
 * if (f?.location.key) getCell(report, f.location.key); // compiles for any report type
 * ```
 * @category Model
 */
export type FoundCellKey = CellKeyOf<Edition> & {
  /** A type-only mark: such keys come from the library, about a report it has seen. */
  readonly [found]: true;
};

/**
 * The key of any section of the form: a table section or a prose section.
 * @category Model
 */
export type SectionKey = TableSectionKey | ProseSectionKey;

/**
 * Where in the form a diagnostic is — the one location shape of {@link Issue}, `Finding` and
 * `ParseFinding`: by keys (the spec's vocabulary) and in the form's own words. Each field is present
 * when the diagnostic is about something that has one: a whole section, a row, a column, one cell.
 * @example
 * ```ts
 * const at: Location = checkReport(report).findings[0]?.location ?? {};
 * console.log(at.section, at.row, at.column, at.key, at.where?.zh);
 * ```
 * @category Model
 */
export interface Location {
  /** Section key, e.g. `requests`. */
  readonly section?: SectionKey;
  /** Row path within the section, e.g. `outcomes.total`. */
  readonly row?: string;
  /** Column key, e.g. `naturalPerson`. */
  readonly column?: string;
  /** The cell key `section.row.column`, when the diagnostic is about one cell. */
  readonly key?: FoundCellKey;
  /** The location in the form's own words, e.g. 表三 · 三、本年度办理结果 · （七）总计 · 总计. */
  readonly where?: LocalizedText;
}
