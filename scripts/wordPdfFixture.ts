/**
 * Regenerates the Word → PDF fixture of the PDF reader's prose test: a 2021 report whose prose runs
 * over many lines and a page break, with digits and Latin letters inside Chinese sentences, written
 * with renderDocx and converted by LibreOffice, as an agency's "save as PDF" from Word would. Its
 * truth is written beside it as JSON. Needs Debian's libreoffice-writer; not run by CI — the fixture
 * is committed.
 *
 *   npx tsx --tsconfig tsconfig.dev.json scripts/wordPdfFixture.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setSection, toJSON, type Report } from '../src/index.js';
import { renderDocx } from '../src/docx/index.js';
import { consistentReport2021 } from '../src/testing/index.js';

const out = new URL('../test/fixtures/pdf/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ogi-word-'));

const paragraph = (i: number) =>
  `（${'一二三四五六七八九十'[i]}）第${i + 1}项工作情况。2024年，本机关共受理政府信息公开申请${240 + i}件，` +
  '按照《中华人民共和国政府信息公开条例》规定，在法定期限内全部予以答复，' +
  `并在政府网站www.example.gov.cn设置专栏，发布政策解读${12 + i}篇、图解${3 + i}个，` +
  '持续推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效。'.repeat(2);

let report: Report = setSection(
  consistentReport2021,
  'overview',
  Array.from({ length: 10 }, (_, i) => paragraph(i)).join('\n'),
);
report = setSection(
  report,
  'problems',
  `一是政策解读形式较为单一，全年仅发布图解${4}个；二是基层人员配备不足。${'下一步将加强培训，提升队伍能力水平。'.repeat(3)}`,
);
report = setSection(report, 'otherMatters', '2024年，本机关收取政府信息公开信息处理费0元。');

const docx = join(work, 'word-2021.docx');
writeFileSync(docx, await renderDocx(report));
execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'pipe' });
const pdf = join(out, 'word-2021.pdf');
// Not shrunk: LibreOffice embeds TrueType subsets, and pdf.js needs them to place the text.
copyFileSync(join(work, 'word-2021.pdf'), pdf);
writeFileSync(join(out, 'word-2021.json'), toJSON(report));
console.log(`word-2021.pdf: ${statSync(pdf).size} bytes`);
