import { unzipSync } from 'fflate';
import { parseHtml } from '../html/parseHtml.js';
import { noReport, type ParseOptions, type ParseResult } from '../parse/parseReport.js';
import { wordXmlToHtml } from './wordXml.js';

/**
 * Reads a report from a Word document (`.docx`): its tables cell by cell — merged cells as the
 * document merges them — and its paragraphs, through the HTML reader (so findings carry the table,
 * row and grid column of the Word table, counted among the document's tables). The document's XML is
 * read directly rather than through a converter such as mammoth: only paragraphs, tables and their
 * merges matter, and a converter's HTML drops vertical merges. Needs the optional peer `fflate` (to
 * unzip; pure JavaScript). Never rejects: bytes that are not a Word document give `NO_REPORT_FOUND`.
 * @param bytes - the `.docx` file (not modified).
 * @param options - what the document does not say: `agency`, `scope`, `edition`, `reportYear`, `previous`.
 * @returns the report read, and what the reader doubted.
 * @example
 * ```ts
 * const { report, findings } = await parseDocx(new Uint8Array(await readFile('report.docx')));
 * ```
 * @category Parsing
 */
export async function parseDocx(bytes: Uint8Array, options?: ParseOptions): Promise<ParseResult> {
  let xml: string | undefined;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = files['word/document.xml'];
    if (doc) xml = new TextDecoder().decode(doc);
  } catch {
    xml = undefined;
  }
  if (xml === undefined)
    return noReport('不是 Word 文档（.docx）：无法读取', 'Not a Word document (.docx): nothing could be read');
  return parseHtml(wordXmlToHtml(xml), options);
}
