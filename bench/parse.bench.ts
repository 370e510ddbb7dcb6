/**
 * parseReport on the seed's published text, then the same report grown to 10× and 100× its size with
 * long prose and noise lines. Linear time means a flat time per kilobyte. The baseline is splitting the
 * same text into lines and scanning each once for a digit (a floor for any line-based reader).
 */
import { readFileSync } from 'node:fs';
import { parseReport } from 'ogi-report';
import { compare, format, measure } from './harness.js';

const seed = readFileSync(new URL('../examples/yancheng-hrss-2020.txt', import.meta.url), 'utf8');
const [head, rest] = [seed.slice(0, seed.indexOf('二、主動公開')), seed.slice(seed.indexOf('二、主動公開'))];
const noise = ['-7-', '第 7 页 共 12 页', '（此页无正文）', '盐城市人力资源和社会保障局', '2021年1月20日'];

/** The seed with its prose repeated and noise lines interleaved, to about `factor` times its size. */
function grown(factor: number): string {
  if (factor === 1) return seed;
  const extra: string[] = [];
  const target = seed.length * (factor - 1);
  let size = 0;
  for (let i = 0; size < target; i++) {
    const line = i % 3 === 2 ? (noise[i % noise.length] as string) : (head.split('\n')[i % 5] ?? head);
    extra.push(line);
    size += line.length + 1;
  }
  return `${head}${extra.join('\n')}\n${rest}`;
}

function baseline(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (/\d/.test(line)) n++;
  return n;
}

const kb = (s: string) => new TextEncoder().encode(s).length / 1024;
const results: string[] = [];
let perKbAt1 = 0;
for (const factor of [1, 10, 100]) {
  const text = grown(factor);
  const parsed = parseReport(text, { agency: { name: '盐城市人力资源和社会保障局' } });
  if (!parsed.report || parsed.report.requests.received.total !== 18)
    throw new Error(`the grown report (${factor}×) must still read`);
  const sub = measure(`parseReport, ${factor}× (${kb(text).toFixed(0)} KB)`, () => parseReport(text));
  compare(
    `parseReport on ${factor}× the seed`,
    measure('split + scan lines', () => baseline(text)),
    sub,
  );
  const perKb = sub.ns / kb(text);
  if (factor === 1) perKbAt1 = perKb;
  results.push(
    `  ${String(factor).padStart(3)}×  ${kb(text).toFixed(1).padStart(8)} KB  ${format(perKb).padStart(10)} / KB  (${(perKb / perKbAt1).toFixed(2)}× the 1× rate)${factor === 1 ? `  — ${(1e9 / sub.ns).toFixed(0)} reports/s` : ''}`,
  );
}
console.log('\nparseReport, time per kilobyte (flat means linear):');
console.log(results.join('\n'));
