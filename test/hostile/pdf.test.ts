/** Hostile PDF files and text items (#31): findings, never a throw, a rejection or minutes. */
import { describe, expect, it } from 'vitest';
import { parsePdf, parsePdfText, type PdfTextPage } from '../../src/pdf/index.js';
import { mutateBytes } from '../fuzz/inputs.js';
import { pdfThread } from '../pdf/pdfThread.js';
import { pdfOf, textContent, zlibBomb } from './bombs.js';

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const page = (items: PdfTextPage['items']): PdfTextPage => ({ page: 1, width: 595, height: 842, items });

describe('parsePdf on hostile files', () => {
  it('a Flate bomb (a content stream inflating to 2 GB) stops at the inflated-size limit, before pdf.js', async () => {
    const r = await parsePdf(pdfOf(1, zlibBomb(2e9), true));
    expect(codes(r)).toEqual(['LIMIT_EXCEEDED']);
    const [f] = r.findings;
    expect(f?.code === 'LIMIT_EXCEEDED' && f.limit?.name).toBe('inflatedBytes');
  });

  it('a file of 100,000 pages reads the first `pages` (200 by default) and says so', async () => {
    const r = await parsePdf(pdfOf(100_000, new TextEncoder().encode('BT ET'), false), { limits: { pages: 50 } });
    expect(r.findings[0]).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { name: 'pages', value: 50 } });
    expect(r.findings[0]?.message.en).toContain('100000 pages');
  });

  it('an aborted signal stops between pages; a 10 ms timer fires while a long file is read', async () => {
    const file = pdfOf(300, new TextEncoder().encode('BT ET'), false);
    const aborted = await parsePdf(file, { signal: { aborted: true } });
    expect(aborted.findings[0]?.message.en).toContain('aborted');
    let fired = false;
    setTimeout(() => (fired = true), 10);
    await parsePdf(file);
    expect(fired).toBe(true);
  });

  it('input over the byte limit is not opened; a bad signal or limit is misuse', async () => {
    expect(codes(await parsePdf(new Uint8Array(100), { limits: { inputBytes: 10 } }))).toEqual(['LIMIT_EXCEEDED']);
    expect(() => parsePdf(new Uint8Array(1), { signal: 'stop' as never })).toThrow(/signal/);
    expect(() => parsePdf(new Uint8Array(1), { limits: { pages: 0 } })).toThrow(/pages/);
    expect(() => parsePdf(new Uint8Array(1), { limits: { page: 3 } as never })).toThrow(/unknown limit “page”/);
  });
});

describe('parsePdfText on malformed items (each threw TypeError or RangeError)', () => {
  it.each([
    ['a null page', [null]],
    ['a page without items', [{ page: 1, width: 1, height: 1 }]],
    ['an item without str', [page([{ x: 1, y: 1, width: 1, height: 1 } as never])]],
    ['an item with a NaN position', [page([{ str: 'x', x: Number.NaN, y: 1, width: 1, height: 1 }])]],
  ])('%s: NO_REPORT_FOUND naming where', (_, pages) => {
    const r = parsePdfText(pages as never);
    expect(codes(r)).toEqual(['NO_REPORT_FOUND']);
    expect(r.findings[0]?.message.en).toMatch(/entry 1|page 1/);
  });

  it('130,000 stacked single characters (RangeError in joinStacks before)', () => {
    const items = Array.from({ length: 130_000 }, (_, i) => ({
      str: '字',
      x: 100,
      y: 10 + i * 0.01,
      width: 10,
      height: 10,
    }));
    expect(() => parsePdfText([page(items)])).not.toThrow();
  });

  it('250,000 table rows (RangeError in rowPitch before)', () => {
    const items = Array.from(
      { length: 250_000 },
      (_, i) =>
        [
          { str: '三、收到和处理政府信息公开申请情况', x: 50, y: 5, width: 200, height: 10 },
          { str: `${i % 10}`, x: 300, y: 20 + i * 12, width: 6, height: 10 },
        ][i === 0 ? 0 : 1] as PdfTextPage['items'][number],
    );
    expect(() => parsePdfText([page(items)])).not.toThrow();
  });

  it('one line of 160,000 adjacent digits in alternating items (147 s before): linear', () => {
    const items = Array.from({ length: 160_000 }, (_, i) => ({ str: '1', x: i * 5, y: 100, width: 5, height: 10 }));
    expect(codes(parsePdfText([page(items)]))).toEqual(['NO_REPORT_FOUND']);
  });
});

describe('parsePdf with pdf.js on a thread of its own (docs/reading.md, "Reading uploads on a server")', () => {
  it('a damaged page tree, which leaves a rejection of pdf.js unhandled in the calling thread, gives a finding and nothing else', async () => {
    // Found by the fuzz slice: pdf.js 5.6 prefetches the page tree's kids and never awaits a broken one.
    const damaged = mutateBytes(596, pdfOf(3, textContent(['2021 1 2 3 4 5 6 7', '10 0 0 0 0 0 10']), false));
    const { worker, stop } = pdfThread();
    try {
      const r = await parsePdf(damaged, { worker });
      expect(r.report).toBeUndefined();
      expect(codes(r)).toEqual(['NO_REPORT_FOUND']);
      const good = await parsePdf(pdfOf(1, textContent(['x']), false), { worker });
      expect(codes(good)).toEqual(['NO_REPORT_FOUND']);
    } finally {
      await stop();
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // a stray rejection would surface here, and fail the run
  });

  it('worker must be an object', () => {
    expect(() => parsePdf(new Uint8Array(1), { worker: 'x' as never })).toThrow(/worker/);
  });
});
