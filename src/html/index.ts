/**
 * `ogi-report/html`: reading reports published as web pages. Needs the optional peer dependency
 * parse5 (`npm install ogi-report parse5`); the core entry never loads it.
 *
 * @packageDocumentation
 */
export { parseHtml } from './parseHtml.js';
export type {
  HtmlPosition,
  ParseFinding,
  ParseFindingBase,
  ParseFindingFields,
  RunReading,
  ParseFindingCode,
  ParseOptions,
  ParseResult,
  SourcePosition,
} from '../parse/parseReport.js';
export type { ReadLimits } from '../parse/limits.js';
export type { CellSource, PdfBox, SplitDecision, TextSpan } from '../parse/cellSource.js';
