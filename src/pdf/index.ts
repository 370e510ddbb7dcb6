/**
 * `ogi-report/pdf`: reading reports published as PDF files, by the positions of their text. Needs
 * the optional peer dependency pdfjs-dist (`npm install ogi-report pdfjs-dist@5.6.205`: 5.6 is the
 * last line that runs on Node 20); the core entry never loads it.
 *
 * @packageDocumentation
 */
export {
  parsePdf,
  parsePdfText,
  pdfTextPages,
  type AbortFlag,
  type ParsePdfOptions,
  type PdfResources,
} from './parsePdf.js';
export type { PdfTextItem, PdfTextPage } from './textItems.js';
export type {
  ParseFinding,
  ParseFindingBase,
  ParseFindingFields,
  RunReading,
  ParseFindingCode,
  ParseOptions,
  ParseResult,
  PdfPosition,
  SourcePosition,
} from '../parse/parseReport.js';
export type { ReadLimits } from '../parse/limits.js';
export type { CellSource, PdfBox, SplitDecision, TextSpan } from '../parse/cellSource.js';
