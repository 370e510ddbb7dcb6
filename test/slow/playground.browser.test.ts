/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The playground (#36) in Chromium: built (scripts/playground.mjs) from the library's built entries,
 * opened from a local server and from `file://`, given a real PDF, a page from renderHtml, a .docx from
 * renderDocx and the seed's text through its one file input. Each report's verdict is the library's, its cells show the values read,
 * a click marks the cell's source, and no request leaves the page. Screenshots at 1280 and 390 px.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/docx/index.js';
import { parseDocx } from '../../src/docx/index.js';
import { parseHtml } from '../../src/html/index.js';
import {
  auditReport,
  fromJsonLines,
  fromWideCsv,
  getCell,
  layoutOf,
  parseReport,
  renderHtml,
  type ParseResult,
  type Report,
} from '../../src/index.js';
import { parsePdf } from '../../src/pdf/index.js';
import { consistentReport2021, seedText } from '../../src/testing/index.js';

const executablePath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const present = existsSync(executablePath) && existsSync(new URL('../../dist/index.js', import.meta.url));
if (!present) console.warn('playground.browser.test: no Chromium or no built dist/ — skipped');
const dist = new URL('../../docs/playground/dist/', import.meta.url).pathname;
const pdfSample = new URL('../../../shared/samples/huaian-2024.pdf', import.meta.url);
const shots = mkdtempSync(join(tmpdir(), 'ogi-playground-'));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

/** A static server of the built page on 127.0.0.1. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

describe.runIf(present)('the playground in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const files: { name: string; mimeType: string; buffer: Buffer; read: () => Promise<ParseResult> }[] = [];

  beforeAll(async () => {
    execFileSync('node', [new URL('../../scripts/playground.mjs', import.meta.url).pathname], { stdio: 'ignore' });
    ({ server, origin } = await serve(dist));
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--no-first-run'] });
    const html = renderHtml(consistentReport2021, { standalone: true });
    const docx = await renderDocx(consistentReport2021);
    files.push(
      {
        name: 'seed.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(seedText),
        read: async () => parseReport(seedText),
      },
      { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html), read: async () => parseHtml(html) },
      {
        name: 'report.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(docx),
        read: () => parseDocx(docx),
      },
    );
    if (existsSync(pdfSample)) {
      const bytes = readFileSync(pdfSample);
      files.push({
        name: 'huaian-2024.pdf',
        mimeType: 'application/pdf',
        buffer: bytes,
        read: () => parsePdf(new Uint8Array(bytes)),
      });
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
    console.info(`playground screenshots: ${shots}`);
  });

  /** The page (from the server, or from `file://`) with every file read, and every request it made. */
  async function loaded(width: number, url = `${origin}/index.html`): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('worker', (w) => requests.push(w.url()));
    await page.goto(url);
    await page.setInputFiles(
      'input[type=file]',
      files.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })),
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('article.report[data-verdict]').length === n,
      files.length,
      { timeout: 60_000 },
    );
    return { page, requests };
  }

  /** A file's panel, after checking that it shows the library's verdict on the file; and the report read. */
  async function shownVerdict(page: Page, f: (typeof files)[number]) {
    const { report, findings } = await f.read();
    if (!report) throw new Error(`${f.name} reads`);
    const panel = page.locator(`article.report[data-report="${f.name}"]`);
    expect(await panel.getAttribute('data-verdict'), f.name).toBe(
      auditReport(report, { parseFindings: findings }).verdict,
    );
    return { report, panel };
  }

  it('reads each file: the library’s verdict, the values read in their cells, a click marks the source', async () => {
    const { page, requests } = await loaded(1280);
    await page.screenshot({ path: join(shots, 'playground-1280-top.png'), fullPage: false });
    for (const f of files) {
      const { report, panel } = await shownVerdict(page, f);
      // Values shown exactly: every number of table 三's received row and four of table 四.
      const keys = layoutOf(report.edition)
        .cells.filter((c) => typeof getCell(report, c.key) === 'number')
        .map((c) => c.key)
        .filter((k) => k.startsWith('requests.received.') || k.startsWith('reviewLitigation.review.'));
      expect(keys.length).toBeGreaterThanOrEqual(5);
      for (const key of keys)
        expect((await panel.locator(`td[data-key="${key}"]`).innerText()).trim(), `${f.name} ${key}`).toBe(
          String(getCell(report as Report, key as never)),
        );
      await panel.locator('td[data-key="requests.received.total"]').click();
      const marked = f.name.endsWith('.html')
        ? panel.frameLocator('iframe').locator('[data-source-of="requests.received.total"]')
        : panel.locator('[data-source-of="requests.received.total"]');
      await marked.first().waitFor({ timeout: 30_000 });
      expect(await marked.count(), f.name).toBeGreaterThan(0);
      if (f.name.endsWith('.txt')) expect(await marked.first().innerText()).toBe('18');
      if (f.name.endsWith('.pdf'))
        console.info(
          `playground: the real PDF read to its verdict in ${await panel.getAttribute('data-ms')} ms (target ≤ 2000)`,
        );
    }
    await page.screenshot({ path: join(shots, 'playground-1280.png'), fullPage: false });
    // The downloads read back with the library: every report, with its file name as meta.
    for (const [kind, read] of [
      ['jsonl', fromJsonLines],
      ['wide', fromWideCsv],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`button[data-download="${kind}"]`),
      ]);
      const back = read(readFileSync((await download.path()) as string, 'utf8'));
      expect(
        back.map((r) => r.success && r.meta['file']),
        kind,
      ).toEqual(files.map((f) => f.name));
    }
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    await page.close();
  }, 180_000);

  it('at 390 px: nothing wider than the screen but the form’s own scrolling tables; the language switch works', async () => {
    const { page } = await loaded(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#lang').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('article.report .ogi-summary[lang="en"]').count()).toBe(files.length);
    await page.locator('article.report[data-report="seed.txt"] td[data-key="requests.received.total"]').click();
    await page.locator('article.report[data-report="seed.txt"] mark[data-source-of]').waitFor();
    await page.screenshot({ path: join(shots, 'playground-390.png'), fullPage: false });
    await page.close();
  }, 180_000);

  it('opens from file:// too: every file read to the same verdict, a click marks the source', async () => {
    const { page } = await loaded(1280, `file://${dist}index.html`);
    for (const f of files) await shownVerdict(page, f);
    const pdf = page.locator('article.report[data-report$=".pdf"]');
    if ((await pdf.count()) > 0) {
      await pdf.locator('td[data-key="requests.received.total"]').click();
      await pdf.locator('[data-source-of="requests.received.total"]').waitFor({ timeout: 30_000 });
    }
    await page.close();
  }, 180_000);

  it('prints its own weight, pdf.js and its worker counted apart', () => {
    const sizes = JSON.parse(readFileSync(join(dist, 'sizes.json'), 'utf8')) as Record<string, number>;
    const kb = (n: number | undefined) => `${((n ?? 0) / 1024).toFixed(0)} KB`;
    console.info(
      `playground weight: page JS ${kb(sizes['page'])} (library, HTML and Word readers, page), CSS ${kb(sizes['css'])}; loaded with the first PDF: pdf.js ${kb(sizes['pdfjs'])}, its worker ${kb(sizes['worker'])}, the PDF reader ${kb(sizes['pdfReader'])}`,
    );
    expect(sizes['page']).toBeGreaterThan(0);
    expect(sizes['worker']).toBeGreaterThan(0);
  });
});
