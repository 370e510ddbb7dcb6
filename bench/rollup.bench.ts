/**
 * sumReports over 100,000 reports against a baseline adding the same cells as flat number arrays.
 * The reports are 100 distinct consistent 2021 reports, each passed 1,000 times (sumReports reads
 * every one in full; memory for 100,000 distinct report objects would measure the fixture, not the sum).
 */
import fc from 'fast-check';
import { layoutOf, sumReports, type Report } from 'ogi-report';
import { arbitraryReport } from 'ogi-report/testing';
import { compare, measure } from './harness.js';

const N = 100_000;
const distinct = fc
  .sample(arbitraryReport({ consistent: true, edition: '2021' }), { numRuns: 100, seed: 7 })
  .map((r) => ({ ...r, reportYear: 2023 }) as Report);
const reports = Array.from({ length: N }, (_, i) => distinct[i % distinct.length] as Report);
const layout = layoutOf('2021');
const counts = layout.cells.filter((c) => c.column.kind !== 'money');
const flat = distinct.map((r) =>
  Float64Array.from(counts, (c) => {
    const v = c.segments.reduce<any>((n, k) => n[k], r);
    return typeof v === 'number' ? v : 0;
  }),
);

function baseline(): Float64Array {
  const total = new Float64Array(counts.length);
  for (let i = 0; i < N; i++) {
    const a = flat[i % flat.length] as Float64Array;
    for (let k = 0; k < a.length; k++) total[k] = (total[k] as number) + (a[k] as number);
  }
  return total;
}

const before = process.memoryUsage();
const result = sumReports(reports, { agency: { name: '某某省人民政府' } });
const after = process.memoryUsage();
if (!result.success) throw new Error(result.issues[0]?.message.en);
const check = baseline();
const received = counts.findIndex((c) => c.key === 'requests.received.total');
if (check[received] !== result.report.requests.received.total) throw new Error('baseline and sum disagree');
compare(
  'sumReports, 100,000 reports',
  measure('adding flat arrays', baseline, { batches: 5, minBatchMs: 1 }),
  measure('sumReports(reports)', () => sumReports(reports, { agency: { name: 'x' } }), { batches: 5, minBatchMs: 1 }),
);
console.log(
  `  memory    heap growth during one sum: ${((after.heapUsed - before.heapUsed) / 1e6).toFixed(1)} MB; peak resident set of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
