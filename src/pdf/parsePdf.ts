import { getDocument, type PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { OgiReportError } from '../model/ogiReportError.js';
import { checkLimits, limitExceeded, type ReadLimits } from '../parse/limits.js';
import { checkOptions, noReport, tooLarge, type ParseOptions, type ParseResult } from '../parse/parseReport.js';
import { inflatedSize } from './streams.js';
import { nextTurn } from '../_internal/nextTurn.js';
import { readLines } from '../parse/readLines.js';
import { pdfLines } from './pageLines.js';
import type { PdfTextItem, PdfTextPage } from './textItems.js';
import { words } from '../parse/words.js';

/**
 * Where pdf.js finds its resources. PDFs whose Chinese fonts are not embedded (STSong-Light with
 * the UniGB-UCS2-H encoding, common in government PDFs) need the CMaps to give any text at all.
 * @category Parsing
 */
export interface PdfResources {
  /**
   * A pdf.js worker to run pdf.js's parsing in (`new PDFWorker({ port })`). In Node, pdf.js
   * otherwise parses in the calling thread, where a damaged file can leave a rejection of pdf.js's
   * own unhandled (pdfjs-dist 5.6: the page tree's prefetch), which Node's default turns into a
   * crash; a server reading uploads should pass a worker on a thread of its own (docs/reading.md,
   * "Reading uploads on a server"). In a browser, pdf.js uses a Web Worker by itself.
   */
  readonly worker?: PDFWorker;
  /**
   * The folder of pdf.js's CMaps (`pdfjs-dist/cmaps/`), ending in `/`: a path in Node, a URL in a
   * browser. Default in Node: the installed pdfjs-dist's own; in a browser, none (serve the folder
   * and give its URL).
   */
  readonly cMapUrl?: string;
  /** The folder of pdf.js's standard fonts (`pdfjs-dist/standard_fonts/`), likewise. */
  readonly standardFontDataUrl?: string;
}

/**
 * A signal to stop reading (an `AbortSignal`, or anything with its `aborted` flag): checked between
 * pages.
 * @category Parsing
 */
export interface AbortFlag {
  /** Whether the caller has asked to stop. */
  readonly aborted: boolean;
}

/**
 * Options of {@link parsePdf}: those of {@link index!parseReport} (with `limits`: `inputBytes`,
 * `inflatedBytes`, `pages`, `findingsPerCode`), where pdf.js finds its resources, and a `signal`
 * to stop between pages.
 */
export type ParsePdfOptions = ParseOptions &
  PdfResources & {
    /** Stops the read between pages when it is aborted (an `AbortSignal`): the result then says so. */
    readonly signal?: AbortFlag;
  };

/** A folder of the installed pdfjs-dist as a file-system path, where the runtime can resolve one (Node). */
function installed(folder: string, name: string): string | undefined {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve !== 'function') return undefined;
  try {
    const file = resolve(`pdfjs-dist/${folder}/${name}`);
    const url = file.slice(0, file.lastIndexOf('/') + 1);
    if (!url.startsWith('file://')) return url;
    // pdf.js reads these with the file system in Node: a path, not a file: URL (a drive letter on Windows).
    return decodeURIComponent(url.slice('file://'.length)).replace(/^\/([A-Za-z]:)/, '$1');
  } catch {
    return undefined;
  }
}

/** Splits and checks the resource options and the signal; the rest are the reader's, which `checkOptions` validates. */
function resourcesOf(options: ParsePdfOptions | undefined): {
  resources: PdfResources;
  signal: AbortFlag | undefined;
  rest: ParseOptions | undefined;
} {
  if (options === undefined || typeof options !== 'object' || options === null)
    return { resources: {}, signal: undefined, rest: options };
  const { cMapUrl, standardFontDataUrl, signal, worker, ...rest } = options;
  if (worker !== undefined && (typeof worker !== 'object' || worker === null))
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: 'parsePdf：worker 应为 pdf.js 的 PDFWorker',
      en: 'parsePdf: worker must be a pdf.js PDFWorker',
    });
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean'))
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: 'parsePdf：signal 应为 AbortSignal',
      en: 'parsePdf: signal must be an AbortSignal',
    });
  for (const [name, value] of [
    ['cMapUrl', cMapUrl],
    ['standardFontDataUrl', standardFontDataUrl],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === ''))
      throw new OgiReportError('INVALID_ARGUMENT', {
        zh: `parsePdf：${name} 应为非空文字`,
        en: `parsePdf: ${name} must be a non-empty string`,
      });
  }
  return {
    resources: {
      ...(cMapUrl !== undefined && { cMapUrl }),
      ...(standardFontDataUrl !== undefined && { standardFontDataUrl }),
      ...(worker !== undefined && { worker }),
    },
    signal,
    rest,
  };
}

/** Pages as read: at most `maxPages`, whether there were more, and whether the read was aborted. */
interface Extracted {
  readonly pages: PdfTextPage[];
  readonly numPages: number;
  readonly aborted: boolean;
}

/**
 * The text items of every page of a PDF, with pdf.js (`pdfjs-dist`, legacy build: Node ≥ 20 and
 * browsers). The bytes are copied: pdf.js takes ownership of the buffer it is given.
 * @param bytes - the PDF file.
 * @param resources - where pdf.js finds its CMaps and standard fonts (defaults: the installed pdfjs-dist's, in Node).
 * @returns the pages, each with its items positioned from the page's top-left corner.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for bytes pdf.js cannot open, with its reason ({@link parsePdf} gives a finding instead).
 * @example
 * ```ts
 * import { pdfTextPages, parsePdfText } from 'ogi-report/pdf';
 * const pages = await pdfTextPages(bytes);
 * const { report } = parsePdfText(pages);
 * ```
 * @category Parsing
 */
export async function pdfTextPages(bytes: Uint8Array, resources: PdfResources = {}): Promise<PdfTextPage[]> {
  if (!(bytes instanceof Uint8Array))
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: 'pdfTextPages：输入应为 PDF 文件的字节（Uint8Array）',
      en: 'pdfTextPages: the input must be the bytes of a PDF file (a Uint8Array)',
    });
  try {
    return (await extractPages(bytes, resources, Number.POSITIVE_INFINITY, undefined)).pages;
  } catch (error) {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `pdfTextPages：pdf.js 无法打开此文件（${describe(error)}）`,
      en: `pdfTextPages: pdf.js cannot open the file (${describe(error)})`,
    });
  }
}

/** The text items of the first `maxPages` pages, the event loop given a turn and the signal checked between pages. */
async function extractPages(
  bytes: Uint8Array,
  resources: PdfResources,
  maxPages: number,
  signal: AbortFlag | undefined,
): Promise<Extracted> {
  const cMapUrl = resources.cMapUrl ?? installed('cmaps', '78-H.bcmap');
  const standardFontDataUrl = resources.standardFontDataUrl ?? installed('standard_fonts', 'FoxitFixed.pfb');
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    ...(cMapUrl !== undefined && { cMapUrl, cMapPacked: true }),
    ...(standardFontDataUrl !== undefined && { standardFontDataUrl }),
    ...(resources.worker !== undefined && { worker: resources.worker }),
  });
  const doc = await task.promise;
  try {
    const pages: PdfTextPage[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
      await nextTurn();
      if (signal?.aborted) return { pages, numPages: doc.numPages, aborted: true };
      const page = await doc.getPage(p);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const t = it.transform as number[];
        items.push({
          str: it.str,
          x: (t[4] as number) - x0,
          y: y1 - (t[5] as number),
          width: it.width,
          height: it.height || Math.hypot(t[2] as number, t[3] as number),
        });
      }
      pages.push({ page: p, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { pages, numPages: doc.numPages, aborted: false };
  } finally {
    await task.destroy();
  }
}

/**
 * Reads a report from the text items of a PDF's pages (as {@link pdfTextPages} gives them, or from
 * your own pdf.js run): lines rebuilt from the baselines, table rows from the columns their values
 * share, a blank cell being a column with no item; then the same alignment as {@link index!parseReport}.
 * Never throws on any items.
 * @param pages - the pages' text items.
 * @param options - as for {@link index!parseReport}.
 * @returns the report as read, and the findings, each with its page and position.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for options that are not valid.
 * @example
 * ```ts
 * const { report, findings } = parsePdfText(await pdfTextPages(bytes));
 * ```
 * @category Parsing
 */
export function parsePdfText(pages: readonly PdfTextPage[], options?: ParseOptions): ParseResult {
  checkOptions(options);
  if (!Array.isArray(pages)) return noReport(words.noReport.notPdfPages());
  const bad = malformed(pages);
  if (bad) return noReport(words.noReport.notPdfPages(bad));
  if (pages.every((p) => p.items.length === 0)) return noReport(words.noReport.noTextLayer);
  return readLines(pdfLines(pages), options);
}

/**
 * Reads a report published as a PDF file, by the positions of its text: pdf.js extracts the text
 * items with their coordinates; lines are rebuilt from the baselines (a label wrapped in its cell
 * joins its row, a vertical label printed one character per line is one label, page footers like
 * `- 4 -` are dropped); table rows become cells in the columns their values share across rows, so
 * a blank cell is a column with no item — blank, not a shift; a table continued on the next page,
 * with or without its header repeated, is one table. Then the same alignment as
 * {@link index!parseReport}. Findings carry `source`: the page and the position of the line.
 *
 * In a browser, point pdf.js at its worker first:
 * `GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/legacy/build/pdf.worker.mjs', import.meta.url).href`
 * (import `GlobalWorkerOptions` from `pdfjs-dist/legacy/build/pdf.mjs`). Node needs nothing.
 * @param bytes - the PDF file (not modified).
 * @param options - as for {@link index!parseReport}.
 * @returns the report as read, and the findings. A file pdf.js cannot open, or one without text
 * (a scan), gives `NO_REPORT_FOUND`; the promise never rejects for the file's content.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` (synchronously) for options that are not valid.
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { parsePdf } from 'ogi-report/pdf';
 * const { report, findings } = await parsePdf(new Uint8Array(await readFile('report.pdf')));
 * ```
 * @category Parsing
 */
export function parsePdf(bytes: Uint8Array, options?: ParsePdfOptions): Promise<ParseResult> {
  const { resources, signal, rest } = resourcesOf(options);
  const limits = checkLimits('parsePdf', checkOptions(rest).limits);
  if (!(bytes instanceof Uint8Array)) return Promise.resolve(noReport(words.noReport.notBytes));
  if (bytes.length > limits.inputBytes) return Promise.resolve(tooLarge(limits.inputBytes));
  return readPdf(bytes, resources, limits, signal, rest).catch((error: unknown) =>
    noReport(words.noReport.pdfUnopenable(describe(error))),
  );
}

/** parsePdf's work: the inflated size checked, the pages extracted within the limits, then read. */
async function readPdf(
  bytes: Uint8Array,
  resources: PdfResources,
  limits: Readonly<Required<ReadLimits>>,
  signal: AbortFlag | undefined,
  options: ParseOptions | undefined,
): Promise<ParseResult> {
  if ((await inflatedSize(bytes, limits.inflatedBytes)) === 'tooLarge')
    return {
      findings: [limitExceeded('inflatedBytes', limits.inflatedBytes, words.instead.nothingRead)],
    };
  const { pages, numPages, aborted } = await extractPages(bytes, resources, limits.pages, signal);
  if (aborted) return noReport(words.noReport.aborted(pages.length + 1));
  const result = parsePdfText(pages, options);
  if (numPages <= limits.pages) return result;
  const limit = limitExceeded('pages', limits.pages, words.instead.firstPages(numPages, limits.pages));
  return { ...result, findings: [limit, ...result.findings] };
}

/** The first thing in `pages` that is not a page of text items, in words; undefined when all are. */
function malformed(pages: readonly unknown[]): { zh: string; en: string } | undefined {
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  for (let p = 0; p < pages.length; p++) {
    const page = pages[p] as Partial<PdfTextPage> | null;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.items))
      return { zh: `第 ${p + 1} 项不是含 items 的页面`, en: `entry ${p + 1} is not a page with items` };
    if (!finite(page.page) || !finite(page.width) || !finite(page.height))
      return { zh: `第 ${p + 1} 页缺少页码或尺寸`, en: `page ${p + 1} lacks its number or size` };
    for (let i = 0; i < page.items.length; i++) {
      const it = page.items[i] as Partial<PdfTextItem> | null;
      if (
        typeof it !== 'object' ||
        it === null ||
        typeof it.str !== 'string' ||
        !finite(it.x) ||
        !finite(it.y) ||
        !finite(it.width) ||
        !finite(it.height)
      )
        return {
          zh: `第 ${p + 1} 页第 ${i + 1} 个文本项不完整（需 str、x、y、width、height）`,
          en: `page ${p + 1}, item ${i + 1} is not a text item (str, x, y, width, height)`,
        };
    }
  }
  return undefined;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
