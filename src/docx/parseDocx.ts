import { parseHtml } from '../html/parseHtml.js';
import { checkLimits, limitExceeded } from '../parse/limits.js';
import { checkOptions, noReport, tooLarge, type ParseOptions, type ParseResult } from '../parse/parseReport.js';
import { nextTurn } from '../_internal/nextTurn.js';
import { unzipPart } from './unzipPart.js';
import { wordXmlToHtml } from './wordXml.js';
import { words } from '../parse/words.js';

/**
 * Reads a report from a Word document (`.docx`): its tables cell by cell — merged cells as the
 * document merges them — and its paragraphs, through the HTML reader (so findings carry the table,
 * row and grid column of the Word table, counted among the document's tables). The document's XML is
 * read directly rather than through a converter such as mammoth: only paragraphs, tables and their
 * merges matter, and a converter's HTML drops vertical merges. Needs the optional peer `fflate` (to
 * unzip; pure JavaScript). Bounded for uploads: the file's size (`limits.inputBytes`) and what its
 * document.xml inflates to (`limits.inflatedBytes`, inflated as a stream that stops there) are
 * limited, and a limit hit is a `LIMIT_EXCEEDED` finding. Never rejects: bytes that are not a Word
 * document give `NO_REPORT_FOUND`.
 * @param bytes - the `.docx` file (not modified).
 * @param options - what the document does not say: `agency`, `scope`, `edition`, `reportYear`, `previous`; `limits`.
 * @returns the report read, and what the reader doubted.
 * @example
 * ```ts
 * const { report, findings } = await parseDocx(new Uint8Array(await readFile('report.docx')));
 * ```
 * @category Parsing
 */
export async function parseDocx(bytes: Uint8Array, options?: ParseOptions): Promise<ParseResult> {
  const limits = checkLimits('parseDocx', checkOptions(options).limits);
  if (!(bytes instanceof Uint8Array)) return noReport(words.noReport.notBytes);
  if (bytes.length > limits.inputBytes) return tooLarge(limits.inputBytes);
  await nextTurn();
  const doc = unzipPart(bytes, 'word/document.xml', limits.inflatedBytes);
  if (doc === 'tooLarge')
    return {
      findings: [limitExceeded('inflatedBytes', limits.inflatedBytes, words.instead.documentXmlNotRead)],
    };
  if (doc === undefined) return noReport(words.noReport.notDocx);
  await nextTurn(); // between the stages: inflating, converting, reading
  const html = wordXmlToHtml(new TextDecoder().decode(doc));
  await nextTurn();
  return parseHtml(html, options);
}
