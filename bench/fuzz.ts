/**
 * The fuzzer: random and mutated texts through parseReport, mutated pages through parseHtml, and
 * mutated JSON through fromJSON. Each input: no throw, any report satisfies the model. Prints
 * counts, the slowest input per KB, and the index of any failure (reproduce with fuzzInput(i)).
 * Not part of `npm run bench` (it takes a while): `npx tsx --tsconfig tsconfig.dev.json bench/fuzz.ts`
 * (FUZZ_N inputs from index FUZZ_FROM, default 1,000,000 from 0; the test suite runs inputs 0–9,999).
 */
import fc from 'fast-check';
import { fromJSON, parseReport, renderHtml, toJSON, type Report } from '../src/index.js';
import { parseHtml } from '../src/html/index.js';
import { arbitraryReport } from '../src/testing/index.js';
import { fuzzInput, mutate, seeds } from '../test/fuzz/inputs.js';

const N = Number(process.env['FUZZ_N'] ?? 1_000_000);
/** The first input's index: runs can be split (FUZZ_FROM=1000000 FUZZ_N=1000000 for the next million). */
const FROM = Number(process.env['FUZZ_FROM'] ?? 0);
const base = seeds(72);
const pages = (fc.sample(arbitraryReport(), { numRuns: 24, seed: 11 }) as Report[]).map((r) =>
  renderHtml(r, { standalone: true }),
);
const jsons = (fc.sample(arbitraryReport(), { numRuns: 24, seed: 13 }) as Report[]).map((r) => toJSON(r));
const failures: string[] = [];
let reports = 0;
let slowest = { msPerKb: 0, i: -1 };

function check(kind: string, i: number, run: () => Report | undefined, size: number): void {
  const t0 = performance.now();
  try {
    const report = run();
    if (report) {
      reports++;
      if (!fromJSON(toJSON(report)).success) failures.push(`${kind} ${i}: a report the model refuses`);
    }
  } catch (error) {
    failures.push(`${kind} ${i}: threw ${(error as Error).name}: ${(error as Error).message.slice(0, 80)}`);
  }
  const perKb = (performance.now() - t0) / Math.max(1, size / 1024);
  if (perKb > slowest.msPerKb && size > 512) slowest = { msPerKb: perKb, i };
}

const t0 = performance.now();
for (let i = FROM; i < FROM + N; i++) {
  const text = fuzzInput(i, base);
  check('parseReport', i, () => parseReport(text).report, text.length);
  if (i % 10 === 0) {
    const page = mutate(i, pages);
    check('parseHtml', i, () => parseHtml(page).report, page.length);
    const json = mutate(i, jsons);
    check(
      'fromJSON',
      i,
      () => {
        const r = fromJSON(json);
        return r.success ? r.report : undefined;
      },
      json.length,
    );
  }
  if ((i + 1 - FROM) % 50_000 === 0)
    console.log(
      `${i + 1 - FROM} inputs, ${failures.length} failures, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
}
console.log(
  `\n${N} texts (+ ${Math.ceil(N / 10)} pages, ${Math.ceil(N / 10)} JSON texts): ${reports} reports read, ${failures.length} failures (target 0); slowest ${slowest.msPerKb.toFixed(2)} ms/KB (input ${slowest.i}); ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
for (const f of failures.slice(0, 20)) console.log('  ', f);
if (failures.length > 0) process.exitCode = 1;
