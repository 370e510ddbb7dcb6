/**
 * The playground's PDF reader, a script of its own loaded with the first PDF (it is most of the
 * page's weight): ogi-report's PDF entry and pdf.js, with pdf.js's worker run in the page's thread —
 * a page opened from `file://` may start no worker — given to the page as `ogiPlaygroundPdf`.
 */
import { parsePdf } from 'ogi-report/pdf';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
(globalThis as { ogiPlaygroundPdf?: unknown }).ogiPlaygroundPdf = { parsePdf, pdfjs };
