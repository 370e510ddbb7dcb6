/**
 * checkReport on a consistent 2021 report, against a minimal hand-written loop over a flat number
 * array doing the same sums (R1 balance, R2 outcome total, R3 applicant totals, R4 review totals).
 */
import fc from 'fast-check';
import { checkReport, getCell, layoutOf, setCells, type Report } from 'ogi-report';
import { arbitraryReport } from 'ogi-report/testing';
import { compare, measure } from './harness.js';

// NA counts as 0, so writing 0 for it keeps the report consistent (and free of the NA note).
const sampled = fc.sample(arbitraryReport({ consistent: true, edition: '2021' }), {
  numRuns: 1,
  seed: 42,
})[0] as Report;
const report = setCells(
  sampled,
  Object.fromEntries(
    layoutOf('2021')
      .cells.filter((c) => getCell(sampled, c.key as never) === 'NA')
      .map((c) => [c.key, 0]),
  ) as never,
);
if (checkReport(report).findings.length !== 0) throw new Error('the benchmark report must be consistent');

// The baseline's input: the same 175 + 15 counts as a flat array, row-major (7 columns in 三, 5 in 四).
const layout = layoutOf('2021');
const flat = Float64Array.from(
  layout.cells
    .filter((c) => c.section.key !== 'proactiveDisclosure')
    .map((c) => c.segments.reduce<any>((n, k) => n[k], report) as number),
);
const ROWS = 25; // 三: received, carriedOver, 21 outcome rows, outcomes.total, carriedForward
const TOTAL_ROW = 23;

function baseline(a: Float64Array): number {
  let broken = 0;
  for (let r = 0; r < ROWS; r++) {
    let s = 0;
    for (let c = 0; c < 6; c++) s += a[r * 7 + c] as number;
    if (s !== a[r * 7 + 6]) broken++; // R3
  }
  for (let c = 0; c < 7; c++) {
    let s = 0;
    for (let r = 2; r < TOTAL_ROW; r++) s += a[r * 7 + c] as number;
    if (s !== a[TOTAL_ROW * 7 + c]) broken++; // R2
    if ((a[c] as number) + (a[7 + c] as number) !== (a[TOTAL_ROW * 7 + c] as number) + (a[24 * 7 + c] as number))
      broken++; // R1
  }
  for (let b = 0; b < 3; b++) {
    const o = ROWS * 7 + b * 5;
    if ((a[o] as number) + (a[o + 1] as number) + (a[o + 2] as number) + (a[o + 3] as number) !== a[o + 4]) broken++; // R4
  }
  return broken;
}
if (baseline(flat) !== 0) throw new Error('the baseline must agree that the report is consistent');

compare(
  'checkReport, consistent 2021 report',
  measure('flat-array loop (R1–R4 sums)', () => baseline(flat)),
  measure('checkReport(report)', () => checkReport(report)),
  5,
);

// A second, explanatory baseline: the same sums, but reading the cells out of the report object by
// key first, as any checker of this object model must.
const keys = layout.cells.filter((c) => c.section.key !== 'proactiveDisclosure').map((c) => c.segments);
const scratch = new Float64Array(keys.length);
function nestedBaseline(r: Report): number {
  for (let i = 0; i < keys.length; i++) {
    let node: any = r;
    for (const k of keys[i] as readonly string[]) node = node[k];
    scratch[i] = node;
  }
  return baseline(scratch);
}
compare(
  'checkReport against reading the same cells from the report, then the sums',
  measure('nested reads + flat-array loop', () => nestedBaseline(report)),
  measure('checkReport(report)', () => checkReport(report)),
);
