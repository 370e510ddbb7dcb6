/**
 * Linear time on any text: parseReport on each hostile shape of issue #15 (and an ordinary report
 * grown with prose) at 10 KB, 100 KB, 1 MB and 10 MB; prints ms per KB at each size and the growth
 * exponent log(t₁₀ₘ / t₁₀ₖ) / log(1000) (target ≤ 1.15; 1 is linear).
 * Run: `npm run bench` (largest size: GROWTH_MAX_KB, default 10240).
 */
import { parseReport, templates } from '../src/index.js';
import { seedText } from '../src/testing/index.js';

const MAX_KB = Number(process.env['GROWTH_MAX_KB'] ?? 10240);
const HEADINGS = templates['2021'].sections.map((s) => s.heading);
/** The issue's skeleton: a title, the six headings one per line, `body` after heading 三. */
const S = (body: string) =>
  ['某局2021年政府信息公开工作年度报告', ...HEADINGS.slice(0, 3), body, ...HEADINGS.slice(3)].join('\n');
const ROW = '一、本年新收政府信息公开申请数量';
const fill = (unit: string, kb: number) => unit.repeat(Math.max(1, Math.ceil((kb * 1024) / unit.length)));
const glued = seedText.replace(/(\d[\d\s|]*\d|\d)/g, '1'.repeat(24));

const shapes: Record<string, (kb: number) => string> = {
  'ordinary report, prose grown': (kb) =>
    seedText.replace('一、總體情況', `一、總體情況\n${fill('我局认真贯彻落实条例，持续推进政务公开。\n', kb)}`),
  'junk lines (某某某)': (kb) => S(fill('某某某\n', kb)),
  'one row, spaced ones': (kb) => S(ROW + fill(' 1', kb)),
  'one row, pipes': (kb) => S(ROW + fill(' |', kb) + ' 1'),
  'one row, one digit run': (kb) => S(ROW + fill('1', kb)),
  'one character repeated (某)': (kb) => S(fill('某', kb)),
  'Markdown rule repeated': (kb) => S(`|${fill('---|', kb)}x`),
  'every row 24 glued 1s, repeated': (kb) => fill(`${glued}\n`, kb),
};

const sizes = [10, 100, 1024, 10240].filter((s) => s <= MAX_KB);
console.log(`\nparseReport, ms per KB (target: growth exponent ≤ 1.15)`);
console.log(
  'shape'.padEnd(34),
  ...sizes.map((s) => `${s >= 1024 ? `${s / 1024} MB` : `${s} KB`}`.padStart(10)),
  'exponent'.padStart(10),
);
for (const [name, make] of Object.entries(shapes)) {
  const times = sizes.map((kb) => {
    const text = make(kb);
    parseReport(text.slice(0, 2048)); // warm
    const runs = kb <= 100 ? 5 : 1;
    let best = Infinity;
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      parseReport(text);
      best = Math.min(best, performance.now() - t0);
    }
    return { ms: best, kb: text.length / 1024 };
  });
  const first = times[0] as { ms: number; kb: number };
  const last = times[times.length - 1] as { ms: number; kb: number };
  const exponent = Math.log(last.ms / first.ms) / Math.log(last.kb / first.kb);
  console.log(
    name.padEnd(34),
    ...times.map((t) => (t.ms / t.kb).toFixed(3).padStart(10)),
    exponent.toFixed(2).padStart(10),
  );
}
