/**
 * The Word document outside the unit tests: renders the seed report and a 2021 report with
 * renderDocx, converts each to PDF with LibreOffice (`libreoffice --headless --convert-to pdf`), reads
 * the PDF back with parsePdf (every cell must come back), and renders the pages to PNG with
 * `pdftoppm`, beside the national template converted the same way, to look at.
 * Needs Debian's libreoffice-writer and poppler-utils. Run: `npx tsx --tsconfig tsconfig.dev.json scripts/docxConversion.ts [outDir]`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Report } from '../src/index.js';
import { renderDocx } from '../src/docx/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { consistentReport2021, seedReport } from '../src/testing/index.js';
import { sortCells } from '../test/parse/readBack.js';

const out = process.argv[2] ?? 'scratch/docx-conversion';
mkdirSync(out, { recursive: true });
const toPdf = (docx: string) =>
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe' });
const toPng = (pdf: string, prefix: string) => execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, prefix)]);

let failed = 0;
for (const [name, report] of [
  ['seed-2019', seedReport],
  ['report-2021', consistentReport2021],
] as [string, Report][]) {
  const docx = join(out, `${name}.docx`);
  writeFileSync(docx, await renderDocx(report));
  toPdf(docx);
  const pdf = join(out, `${name}.pdf`);
  const read = await parsePdf(new Uint8Array(readFileSync(pdf)), { agency: report.agency, scope: report.scope });
  const cells = sortCells(report, read);
  const ok = cells.silent.length === 0 && cells.flagged === 0;
  if (!ok) failed++;
  console.log(
    `${name}: docx → pdf → parsePdf: ${cells.exact} cells exact, ${cells.flagged} blank with a finding, ${cells.silent.length} wrong${ok ? '' : ' ✗'}`,
  );
  toPng(pdf, name);
}
const template = '../shared/samples/template-2021.docx';
if (existsSync(template)) {
  copyFileSync(template, join(out, 'template-2021.docx'));
  toPdf(join(out, 'template-2021.docx'));
  toPng(join(out, 'template-2021.pdf'), 'template-2021');
  console.log(`template rendered the same way, for comparison: ${out}/template-2021-*.png`);
}
console.log(`pages as PNG: ${out}/*.png`);
process.exit(failed === 0 ? 0 : 1);
