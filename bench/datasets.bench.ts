/**
 * The wide layout at dataset scale: toWideCsv and fromWideCsv on 100,000 reports of both editions
 * (1,000 distinct arbitrary reports, each 100 times), time and peak memory (heap sampled during the
 * call; target: linear, no more than a few times the CSV's own size).
 * Run: `npm run bench` (reports: BENCH_DATASET_REPORTS, default 100 000).
 */
import fc from 'fast-check';
import { fromWideCsv, toWideCsv, type Report } from '../src/index.js';
import { arbitraryReport } from '../src/testing/index.js';

const N = Number(process.env['BENCH_DATASET_REPORTS'] ?? 100_000);
const distinct = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 1000, seed: 5 });
const reports: Report[] = Array.from({ length: N }, (_, i) => distinct[i % distinct.length] as Report);
const MB = 1024 * 1024;

/** Runs fn, sampling the heap every 20 ms; returns its result, the time and the peak heap above the start. */
function measured<T>(fn: () => T): { value: T; ms: number; peak: number } {
  globalThis.gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { value, ms, peak: peak - start };
}

const written = measured(() => toWideCsv(reports));
const size = Buffer.byteLength(written.value);
console.log(
  `toWideCsv   ${N} reports: ${(written.ms / 1000).toFixed(2)} s (${((written.ms * 1000) / N).toFixed(0)} µs/report), ${(size / MB).toFixed(0)} MB of CSV, heap peak +${(written.peak / MB).toFixed(0)} MB`,
);
const read = measured(() => fromWideCsv(written.value));
const ok = read.value.filter((r) => r.success).length;
console.log(
  `fromWideCsv ${N} reports: ${(read.ms / 1000).toFixed(2)} s (${((read.ms * 1000) / N).toFixed(0)} µs/report), ${ok} read, heap peak +${(read.peak / MB).toFixed(0)} MB (${(read.peak / size).toFixed(1)}× the CSV)`,
);
if (ok !== N) throw new Error('every report must read back');
