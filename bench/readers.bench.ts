/**
 * The HTML and PDF readers: time per report (targets: parseHtml ≤ 5 ms; parsePdf ≤ 150 ms for a
 * six-page report, pdf.js's own text extraction reported separately), accuracy per page shape and
 * per PDF geometry (share of cells exact, cells blank with a finding, cells wrong without a word —
 * target 0), and the minified browser bundle of each entry.
 * Run: `npm run bench` (N reports per shape: BENCH_READER_REPORTS, default 100).
 */
import { existsSync, readFileSync } from 'node:fs';
import { build, type Metafile } from 'esbuild';
import fc from 'fast-check';
import { parse } from 'parse5';
import { fromCsv, fromJSON, renderHtml, type Report } from '../src/index.js';
import { parseHtml } from '../src/html/index.js';
import { parsePdfText, pdfTextPages, type PdfTextPage } from '../src/pdf/index.js';
import { arbitraryReport } from '../src/testing/index.js';
import { layoutTableHtml, oneTableHtml, unclosedHtml, wordHtml } from '../test/html/samples.js';
import { sortCells } from '../test/parse/readBack.js';
import { syntheticPdf, type Geometry } from '../test/pdf/synthetic.js';

const N = Number(process.env['BENCH_READER_REPORTS'] ?? 100);
const reports: Report[] = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: N, seed: 7 });
const facts = (r: Report) => ({ agency: r.agency, scope: r.scope });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const row = (...cells: (string | number)[]) =>
  console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(44) : String(c).padStart(11))).join(''));

function accuracy(name: string, read: (r: Report) => ReturnType<typeof parseHtml>): void {
  let cells = 0,
    exact = 0,
    flagged = 0,
    silent = 0;
  const times: number[] = [];
  for (const r of reports) {
    const t0 = performance.now();
    const result = read(r);
    times.push(performance.now() - t0);
    const back = sortCells(r, result);
    exact += back.exact;
    flagged += back.flagged;
    silent += back.silent.length;
    cells += back.exact + back.flagged + back.silent.length;
  }
  row(
    name,
    `${((100 * exact) / cells).toFixed(2)}%`,
    flagged,
    silent,
    median(times).toFixed(2),
    Math.max(...times).toFixed(2),
  );
}

console.log(`\nparseHtml — ${N} arbitrary reports per shape (target: median ≤ 5 ms, SILENT = 0)`);
row('shape', 'exact', 'blank+find', 'SILENT', 'median ms', 'worst ms');
const shapes: Record<string, (r: Report) => string> = {
  'renderHtml fragment': (r) => renderHtml(r),
  'renderHtml standalone page': (r) => renderHtml(r, { standalone: true }),
  'Word-exported (MsoNormal)': wordHtml,
  'three tables in one <table>': oneTableHtml,
  'inside a layout table, site chrome': (r) => layoutTableHtml(renderHtml(r)),
  'unclosed cells, no <tbody>': (r) => unclosedHtml(renderHtml(r)),
};
for (const [name, shape] of Object.entries(shapes)) {
  const pages = new Map(reports.map((r) => [r, shape(r)]));
  accuracy(name, (r) => parseHtml(pages.get(r) as string, facts(r)));
}

// The parser alone: parse5 (the browser's tree) against htmlparser2 (faster, not the browser's tree).
const page = renderHtml(reports[0] as Report, { standalone: true });
const time = (fn: () => unknown, n = 200) => {
  for (let i = 0; i < 20; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t0) / n;
};
const parse5Ms = time(() => parse(page));
const readMs = time(() => parseHtml(page));
let h2 = 'not installed';
try {
  const { parseDocument } = (await import('htmlparser2' as string)) as { parseDocument: (s: string) => unknown };
  h2 = `${time(() => parseDocument(page)).toFixed(3)} ms`;
} catch {
  // htmlparser2 is not a dependency; install it to compare (`npm install --no-save htmlparser2`).
}
console.log(
  `\none ${page.length}-character page: parseHtml ${readMs.toFixed(2)} ms, of which parse5 ${parse5Ms.toFixed(3)} ms (htmlparser2: ${h2})`,
);

console.log(`\nparsePdfText on generated PDF geometry — ${N} arbitrary reports per class (SILENT = 0)`);
row('geometry', 'exact', 'blank+find', 'SILENT', 'median ms', 'worst ms');
const geometries: Record<string, Geometry> = {
  'one line per row, blanks as empty columns': {},
  'labels wrapped in their cells': { wrapAt: 9 },
  'vertical group label': { vertical: true },
  'table over pages, header repeated, footers': { linesPerPage: 18, repeatHeader: true, footers: true },
  'table over pages, no header repeated': { linesPerPage: 18 },
  'Kangxi radicals': { kangxi: true },
  'a row’s values in one item': { joinedValues: true },
};
for (const [name, g] of Object.entries(geometries)) {
  const pages = new Map(reports.map((r) => [r, syntheticPdf(r, g)]));
  accuracy(name, (r) => parsePdfText(pages.get(r) as PdfTextPage[], facts(r)));
}

console.log('\nparsePdf on PDF files (median of 5 warm runs; target ≤ 150 ms for six pages)');
row('file', 'pages', 'pdf.js ms', 'reading ms', 'exact');
const fixtureTruth = (n: string) =>
  fromJSON(readFileSync(new URL(`../test/fixtures/pdf/${n}.json`, import.meta.url), 'utf8'));
const files: [string, URL, ReturnType<typeof fromJSON>][] = [
  'seed-2019',
  'arbitrary-2019',
  'arbitrary-2021',
  'long-2021',
].map((n) => [
  n,
  new URL(n === 'seed-2019' ? '../docs/samples/seed-2019.pdf' : `../test/fixtures/pdf/${n}.pdf`, import.meta.url),
  fixtureTruth(n),
]);
const sample = new URL('../../shared/samples/huaian-2024.pdf', import.meta.url);
if (existsSync(sample))
  files.push([
    'huaian-2024 (real, published)',
    sample,
    fromCsv(readFileSync(new URL('../../shared/samples/huaian-2024.cells.csv', import.meta.url), 'utf8')),
  ]);
for (const [name, file, truth] of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const extract: number[] = [];
  const read: number[] = [];
  let pages: PdfTextPage[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    pages = await pdfTextPages(bytes);
    const t1 = performance.now();
    parsePdfText(pages);
    const t2 = performance.now();
    if (i > 0) extract.push(t1 - t0), read.push(t2 - t1);
  }
  const score = truth.success ? sortCells(truth.report, parsePdfText(pages, facts(truth.report))) : undefined;
  row(
    name,
    pages.length,
    median(extract).toFixed(1),
    median(read).toFixed(1),
    score ? `${score.exact}/${score.exact + score.wrong.length}` : '?',
  );
}

console.log('\nminified browser bundles (esbuild, decimal.js and zod included where used)');
for (const [entry, file] of [
  ['ogi-report', 'index.ts'],
  ['ogi-report/html (parse5 included)', 'html/index.ts'],
  ['ogi-report/pdf (pdf.js included, worker apart)', 'pdf/index.ts'],
] as const) {
  const result = await build({
    stdin: {
      contents: `export * from '../src/${file}';`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const meta = result.metafile as Metafile;
  row(
    entry,
    `${Math.round((result.outputFiles[0]?.text.length ?? 0) / 1024)} KiB`,
    `${Object.keys(meta.inputs).length} mods`,
  );
}
