/**
 * Regenerates the PDF fixtures of the PDF reader's tests: reports rendered with
 * `renderHtml(r, { standalone: true })` and printed to PDF by headless Chromium, as an agency's
 * "print to PDF" would, with each report's truth beside it as JSON. The glyph drawings are then
 * emptied (scripts/shrinkPdf.py) to keep the fixtures small: the text layer and its positions stay
 * exactly as Chromium wrote them. Needs Debian's chromium, a CJK font and qpdf
 * (`apt-get install -y chromium fonts-noto-cjk qpdf`); not run by CI — the fixtures are committed.
 *
 *   npx tsx --tsconfig tsconfig.dev.json scripts/pdfFixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { renderHtml, setCells, toJSON, type Report } from '../src/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../src/testing/index.js';

const out = new URL('../test/fixtures/pdf/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ogi-pdf-'));

/** A report in any cell state (blanks, not applicable), counts as printed forms hold them, from a fixed seed. */
const arbitrary = (edition: '2019' | '2021', seed: number): Report => {
  const [r] = fc.sample(arbitraryReport({ edition, smallCounts: true }), { numRuns: 1, seed }) as [Report];
  return {
    ...r,
    agency: { name: '某某市某某局' },
    overview: '本年度工作概况。',
    problems: '存在的问题。',
    otherMatters: '',
  };
};

/** The consistent 2021 fixture after prose long enough that table 三 starts low on a page and breaks across two. */
const long: Report = {
  ...setCells(consistentReport2021, {}),
  overview: Array.from(
    { length: 9 },
    (_, i) =>
      `（${'一二三四五六七八九'[i]}）第${i + 1}项工作情况。` +
      '本机关认真贯彻落实政府信息公开条例，持续推进决策、执行、管理、服务、结果公开，'.repeat(4),
  ).join('\n'),
};

const fixtures: Record<string, Report> = {
  'seed-2019': seedReport,
  'long-2021': long,
  'arbitrary-2019': arbitrary('2019', 7),
  'arbitrary-2021': arbitrary('2021', 11),
};

for (const [name, report] of Object.entries(fixtures)) {
  const html = join(work, `${name}.html`);
  writeFileSync(html, renderHtml(report, { standalone: true }));
  const printed = join(work, `${name}.pdf`);
  // The seed's PDF ships with the package, for the reading guide (docs/samples); the others stay test fixtures.
  const pdf =
    name === 'seed-2019'
      ? new URL('../docs/samples/seed-2019.pdf', import.meta.url).pathname
      : join(out, `${name}.pdf`);
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--print-to-pdf=${printed}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(work, 'profile')}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
  execFileSync('python3', [new URL('./shrinkPdf.py', import.meta.url).pathname, printed, pdf], { stdio: 'inherit' });
  writeFileSync(join(out, `${name}.json`), toJSON(report));
  console.log(`${name}.pdf: ${statSync(pdf).size} bytes`);
}
rmSync(work, { recursive: true, force: true });
