/**
 * Fuzz slices of every file reader (#31), 10,000 inputs each, in `npm run test:slow`: mutated pages
 * (parseHtml), Word files (parseDocx: mutated XML, and mutated bytes), PDF text items (parsePdfText:
 * items dropped, repeated, moved, given junk), PDF files (parsePdf: mutated bytes) and CSV / JSON
 * Lines (the dataset readers). Each input: no throw, no rejection, and any report it gives satisfies
 * the model.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx, renderDocx } from '../../src/docx/index.js';
import { parseHtml } from '../../src/html/index.js';
import {
  fromCsvReports,
  fromJSON,
  fromJsonLines,
  fromWideCsv,
  renderHtml,
  toCsv,
  toJSON,
  toJsonLines,
  toWideCsv,
  type Report,
} from '../../src/index.js';
import type { ParseResult } from '../../src/parse/parseReport.js';
import { parsePdf, parsePdfText, type PdfTextPage } from '../../src/pdf/index.js';
import { arbitraryReport } from '../../src/testing/index.js';
import { mutate, mutateBytes, rng } from '../fuzz/inputs.js';
import { pdfThread } from '../pdf/pdfThread.js';
import { pdfOf, textContent } from '../hostile/bombs.js';
import { syntheticPdf } from '../pdf/synthetic.js';

const N = 10_000;
const reports = fc.sample(arbitraryReport(), { numRuns: 16, seed: 17 }) as Report[];

/** Runs `read` on N inputs: never throws, every report satisfies the model; returns how many gave a report. */
async function fuzz(read: (i: number) => ParseResult | Promise<ParseResult>): Promise<number> {
  let found = 0;
  for (let i = 0; i < N; i++) {
    let result: ParseResult;
    try {
      result = await read(i);
    } catch (error) {
      throw new Error(`input ${i} threw ${(error as Error).name}: ${(error as Error).message}`);
    }
    expect(Array.isArray(result.findings)).toBe(true);
    if (result.report) {
      found++;
      if (!fromJSON(toJSON(result.report)).success) throw new Error(`input ${i} gave a report the model refuses`);
    }
  }
  return found;
}

describe('fuzz slices of the file readers (10,000 inputs each)', () => {
  it('parseHtml: mutated pages', async () => {
    const pages = reports.map((r) => renderHtml(r, { standalone: true }));
    expect(await fuzz((i) => parseHtml(mutate(i, pages)))).toBeGreaterThan(N / 2);
  });

  it('parseDocx: mutated document.xml, and mutated file bytes', async () => {
    const files = await Promise.all(reports.slice(0, 6).map((r) => renderDocx(r)));
    const xmls = files.map((f) => strFromU8(unzipSync(f)['word/document.xml'] as Uint8Array));
    const found = await fuzz((i) =>
      i % 4 === 3
        ? parseDocx(mutateBytes(i, files[i % files.length] as Uint8Array))
        : parseDocx(zipSync({ 'word/document.xml': strToU8(mutate(i, xmls)) }, { level: 0 })),
    );
    expect(found).toBeGreaterThan(N / 4);
  });

  it('parsePdfText: items dropped, repeated, moved and given junk', async () => {
    const pages = reports.map((r) => syntheticPdf(r));
    const junk = [Number.NaN, Number.POSITIVE_INFINITY, -1e308, 0, -5, 1e9];
    const found = await fuzz((i) => {
      const r = rng(i * 104729 + 11);
      const doc = pages[i % pages.length] as PdfTextPage[];
      const mutated: unknown[] = doc.map((p) => {
        const items: unknown[] = [...p.items];
        for (let e = 0; e < 1 + Math.floor(r() * 6); e++) {
          const at = Math.floor(r() * items.length);
          const op = Math.floor(r() * 6);
          const it = items[at] as Record<string, unknown> | undefined;
          if (op === 0) items.splice(at, 1 + Math.floor(r() * 20));
          else if (op === 1 && it) items.splice(at, 0, ...Array.from({ length: 1 + Math.floor(r() * 5) }, () => it));
          else if (op === 2 && it) items[at] = { ...it, y: (it['y'] as number) + (r() - 0.5) * 40 };
          else if (op === 3 && it) items[at] = { ...it, x: junk[Math.floor(r() * junk.length)] };
          else if (op === 4 && it) items[at] = { ...it, str: String(Math.floor(r() * 1e6)) };
          else if (op === 5) items[at] = [null, {}, { str: 5 }, 'x'][Math.floor(r() * 4)];
        }
        return { ...p, items };
      });
      return parsePdfText(mutated as PdfTextPage[]);
    });
    // An item with junk (NaN, a null) refuses the whole input, naming it: fewer inputs give a report.
    expect(found).toBeGreaterThan(N / 10);
  });

  it('parsePdf: mutated bytes of small PDF files (pdf.js on a thread of its own, as docs/reading.md advises)', async () => {
    const lines = ['2021 1 2 3 4 5 6 7', '10 0 0 0 0 0 10', '| 1 | 2 | 3 |', '5 0 0 0 0 0 5'];
    const files = [pdfOf(1, textContent(lines), false), pdfOf(3, textContent(lines.slice(1)), false)];
    const { worker, stop } = pdfThread();
    try {
      await fuzz((i) => parsePdf(mutateBytes(i, files[i % files.length] as Uint8Array), { worker }));
    } finally {
      await stop();
    }
  });

  it('the dataset readers: mutated long CSV, wide CSV and JSON Lines', async () => {
    const long = [toCsv(reports.slice(0, 3))];
    const wide = [toWideCsv(reports.slice(0, 3))];
    const lines = [toJsonLines(reports.slice(0, 3))];
    for (let i = 0; i < N; i++) {
      const results =
        i % 3 === 0
          ? fromCsvReports(mutate(i, long))
          : i % 3 === 1
            ? fromWideCsv(mutate(i, wide))
            : fromJsonLines(mutate(i, lines));
      for (const r of results) if (r.success) expect(fromJSON(toJSON(r.report)).success).toBe(true);
    }
  });
});
