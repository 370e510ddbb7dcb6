/**
 * Hostile files, per reader and attack class (#31): each class made at 10 KB, 100 KB, 1 MB and
 * 10 MB; prints throws and rejections (target 0), the time at each size, the heap the read held
 * at its end (after a collection before it), and the growth exponent log(t₁₀ₘ / t₁₀ₖ) / log(1000)
 * (target ≤ 1.15; 1 is linear). Not part of `npm run bench` (it takes minutes): run
 * `node --expose-gc --import tsx bench/hostile.ts` (largest size: HOSTILE_MAX_KB, default 10240).
 */
import { strToU8, zipSync } from 'fflate';
import { parseDocx } from '../src/docx/index.js';
import { parseHtml } from '../src/html/index.js';
import { fromCsv, fromWideCsv, parseReport, suggestRepairs, toCsv, type Report } from '../src/index.js';
import { parsePdfText, type PdfTextPage } from '../src/pdf/index.js';
import { consistentReport2021 } from '../src/testing/index.js';
import { deflateBomb, zipOf } from '../test/hostile/bombs.js';

const MAX_KB = Number(process.env['HOSTILE_MAX_KB'] ?? 10240);
const sizes = [10, 100, 1024, 10240].filter((s) => s <= MAX_KB);
const times = (unit: string, kb: number) => Math.max(1, Math.ceil((kb * 1024) / unit.length));
const fill = (unit: string, kb: number) => unit.repeat(times(unit, kb));
const docx = (body: string) =>
  zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`) });
const tc = (inner: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;
const pageOf = (items: PdfTextPage['items']): PdfTextPage[] => [{ page: 1, width: 595, height: 842, items }];
const item = (str: string, x: number, y: number) => ({ str, x, y, width: 6, height: 10 });
/** Items in a PDF's text content take about this many bytes each (`(1) Tj` with its positioning). */
const ITEM_BYTES = 24;

type Attack = (kb: number) => () => unknown;
const attacks: Record<string, Record<string, Attack>> = {
  parseHtml: {
    'one merged cell over 1000 × 1000, repeated': (kb) => {
      const one = `<table><tr><td colspan="1000" rowspan="1000">5</td></tr>${'<tr>'.repeat(999)}</table>`;
      const html = fill(one, kb);
      return () => parseHtml(html);
    },
    'spanning labels, row after row': (kb) => {
      const html = `<table>${fill('<tr><td colspan="7" rowspan="2">本年新收政府信息公开申请数量</td><td>1</td></tr>', kb)}</table>`;
      return () => parseHtml(html);
    },
    '<br> in one cell': (kb) => {
      const html = `<table><tr><td>x</td></tr><tr><td>${fill('<br>', kb)}</td></tr></table>`;
      return () => parseHtml(html);
    },
    'nested <div>s': (kb) => {
      const n = times('<div></div>', kb);
      const html = `${'<div>'.repeat(n)}一、总体情况${'</div>'.repeat(n)}`;
      return () => parseHtml(html);
    },
  },
  parseDocx: {
    '<!-- never closed': (kb) => {
      const file = docx(fill('<!--', kb));
      return () => parseDocx(file);
    },
    '<? never closed': (kb) => {
      const file = docx(fill('<?', kb));
      return () => parseDocx(file);
    },
    'vertically merged rows': (kb) => {
      const row = `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}</w:tr>`;
      const file = docx(
        `<w:tbl><w:tr>${tc('<w:p><w:r><w:t>5</w:t></w:r></w:p>', '<w:vMerge w:val="restart"/>')}</w:tr>${fill(row, kb)}</w:tbl>`,
      );
      return () => parseDocx(file);
    },
    'gridSpan 1000, row after row': (kb) => {
      const file = docx(
        `<w:tbl>${fill(`<w:tr>${tc('<w:p><w:r><w:t>5</w:t></w:r></w:p>', '<w:gridSpan w:val="1000"/>')}</w:tr>`, kb)}</w:tbl>`,
      );
      return () => parseDocx(file);
    },
    'empty paragraphs in a cell': (kb) => {
      const file = docx(`<w:tbl><w:tr>${tc(fill('<w:p></w:p>', kb))}</w:tr></w:tbl>`);
      return () => parseDocx(file);
    },
    'zip bomb (inflates ×160)': (kb) => {
      const file = zipOf('word/document.xml', deflateBomb('<w:document><w:body><w:p><w:r><w:t>', kb * 1024 * 160));
      return () => parseDocx(file);
    },
  },
  parsePdfText: {
    'stacked single characters': (kb) => {
      const items = Array.from({ length: times('x'.repeat(ITEM_BYTES), kb) }, (_, i) => item('字', 100, 10 + i * 0.01));
      return () => parsePdfText(pageOf(items));
    },
    'table rows': (kb) => {
      const n = times('x'.repeat(ITEM_BYTES), kb);
      const items = [
        item('三、收到和处理政府信息公开申请情况', 50, 5),
        ...Array.from({ length: n }, (_, i) => item(`${i % 10}`, 300, 20 + i * 12)),
      ];
      return () => parsePdfText(pageOf(items));
    },
    'one line of adjacent digits': (kb) => {
      const items = Array.from({ length: times('x'.repeat(ITEM_BYTES), kb) }, (_, i) => ({
        ...item('1', i * 5, 100),
        width: 5,
      }));
      return () => parsePdfText(pageOf(items));
    },
  },
  'fromCsv / fromWideCsv': {
    'one huge prose field': (kb) => {
      const csv = toCsv({ ...consistentReport2021, overview: fill('某', kb) } as Report);
      return () => fromCsv(csv);
    },
    'quote after quote': (kb) => {
      const csv = `edition\n"${fill('""', kb)}"\n`;
      return () => fromWideCsv(csv);
    },
  },
  parseReport: {
    'table of contents repeated': (kb) => {
      const headings = [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
      ];
      const text = `${fill(`${headings.join('\n')}\n`, kb)}五、存在的主要问题及改进情况\n六、其他需要报告的事项`;
      return () => parseReport(text);
    },
    // Every ordinal a heading candidate, on one line: each used to look for its line's ends afresh.
    'numbered items on one line': (kb) => {
      const text = `某局2021年政府信息公开工作年度报告 一、总体情况 ${fill('三、某某某某某某', kb)}`;
      return () => parseReport(text);
    },
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

console.log(
  `\nHostile inputs: time at each size, heap held at the end of the largest read, growth exponent (target ≤ 1.15)`,
);
if (!gc) console.log('(run with node --expose-gc for the heap figures)');
console.log(
  'reader · attack'.padEnd(58),
  'throws',
  ...sizes.map((s) => `${s >= 1024 ? `${s / 1024} MB` : `${s} KB`}`.padStart(10)),
  'heap'.padStart(8),
  'exponent'.padStart(9),
);
let failures = 0;
for (const [reader, byAttack] of Object.entries(attacks))
  for (const [attack, make] of Object.entries(byAttack)) {
    let throws = 0;
    let heap = 0;
    const ms = [];
    for (const kb of sizes) {
      const run = make(kb);
      const samples: number[] = [];
      for (let k = 0; k < (kb <= 100 ? 3 : 1); k++) {
        gc?.();
        const before = process.memoryUsage().heapUsed;
        const t0 = performance.now();
        try {
          await run();
        } catch {
          throws++;
        }
        samples.push(performance.now() - t0);
        heap = Math.max(0, process.memoryUsage().heapUsed - before);
      }
      ms.push(median(samples));
    }
    const first = ms[0] as number;
    const last = ms[ms.length - 1] as number;
    const ratio = (sizes[sizes.length - 1] as number) / (sizes[0] as number);
    // Where even the largest read takes under 5 ms, fixed costs dominate: the exponent says nothing.
    const exponent = last < 5 ? Number.NaN : Math.log(last / first) / Math.log(ratio);
    if (throws > 0 || exponent > 1.15) failures++;
    console.log(
      `${reader} · ${attack}`.padEnd(58),
      String(throws).padStart(6),
      ...ms.map((t) => `${t.toFixed(1)} ms`.padStart(10)),
      (gc ? mb(heap) : '—').padStart(8),
      (Number.isNaN(exponent) ? 'flat' : exponent.toFixed(2)).padStart(9),
    );
  }

// suggestRepairs on arbitrary (not consistent) reports with the default bounds: the worst time.
{
  const fc = (await import('fast-check')).default;
  const { arbitraryReport } = await import('../src/testing/index.js');
  const reports = fc.sample(arbitraryReport(), { numRuns: 1000, seed: 5 }) as Report[];
  const t: number[] = [];
  for (const r of reports) {
    const t0 = performance.now();
    suggestRepairs(r);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  console.log(
    `\nsuggestRepairs on 1,000 arbitrary reports (default bounds): median ${median(t).toFixed(2)} ms, worst ${(t[t.length - 1] as number).toFixed(1)} ms (bound: budget × 200 steps, ~0.1 s)`,
  );
}
console.log(`\n${failures === 0 ? 'every attack: 0 throws, exponent ≤ 1.15' : `${failures} attack(s) over target`}`);
