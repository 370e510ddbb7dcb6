/**
 * `ogi-report/docx`: the report as the Word document agencies draft and approve — written in the
 * national form's layout ({@link renderDocx}, with the optional peer `docx`) and read back cell by cell
 * ({@link parseDocx}, with the optional peer `fflate`); published `.docx` attachments read the same
 * way. The core entry never loads either.
 *
 * @packageDocumentation
 */
export { renderDocx, type RenderDocxOptions } from './renderDocx.js';
export { parseDocx } from './parseDocx.js';
export type {
  ParseFinding,
  ParseFindingBase,
  ParseFindingFields,
  RunReading,
  ParseOptions,
  ParseResult,
} from '../parse/parseReport.js';
export type { ReadLimits } from '../parse/limits.js';
export type { CellSource, PdfBox, SplitDecision, TextSpan } from '../parse/cellSource.js';
