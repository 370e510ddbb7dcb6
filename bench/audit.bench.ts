/**
 * auditReport on reports with 1–3 human slips (#33): both editions, filled and with blank rows and
 * columns as published reports leave them (test/repair/blanked.ts).
 *
 * The truth is the generator's: which cells were slipped. Slips are *independent* when they share
 * no row, no column of table 三 and no relation the checker finds broken (a swap is one slip); slips nothing detects are not
 * counted; *masked* reports (fewer changes than were made mend every relation: one slip hides in
 * another's relation) are counted apart too, as bench/repairs.bench.ts does. Measured:
 * - causes: the audit's slip causes equal the independent slips — target ≥ 99 %;
 * - restored: for each independent slip, a top-ranked repair (rank 1: the cause's repair or one
 *   tied with it) sets its cells back to the original values — as suggestRepairs is measured;
 * - time per audit: target median ≤ 5 ms.
 * Run: `npm run bench` (reports per group: BENCH_AUDIT_CASES, default 900 → 10,800 reports).
 */
import fc from 'fast-check';
import { auditReport, checkReport, type Report } from '../src/index.js';
import { arbitraryReport } from '../src/testing/index.js';
import type { Edition } from '../src/template/types.js';
import { blanked } from '../test/repair/blanked.js';
import { corrupt, corruptionKinds, random, type Corrupted } from '../test/repair/corrupt.js';

const N = Number(process.env['BENCH_AUDIT_CASES'] ?? 900);
const SUMS = new Set(['R1', 'R2', 'R3', 'R4']);
const slips = corruptionKinds.filter((k) => k !== 'random');
const rowOf = (key: string) => key.slice(0, key.lastIndexOf('.'));
const columnOf = (key: string) => (key.startsWith('requests.') ? key.slice(key.lastIndexOf('.') + 1) : key);
/** Slips in one row, or one column of table 三, meet in a relation: one cause. */
const related = (a: string, b: string) => rowOf(a) === rowOf(b) || columnOf(a) === columnOf(b);
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)} %`);

/** The slips a relation detects, grouped into independent ones (shared row or broken relation). */
function independent(c: Corrupted): string[][] {
  const broken = checkReport(c.report).findings.filter((f) => SUMS.has(f.rule) && f.status === 'broken');
  const named = (keys: readonly string[]) =>
    new Set(
      broken
        .filter((f) => f.operands.some((o) => o.report === 'current' && keys.includes(o.key)))
        .map((f) => f.fingerprint),
    );
  const groups = c.slips.map((keys) => ({ keys: [...keys], findings: named(keys) })).filter((g) => g.findings.size > 0);
  const merged: { keys: string[]; findings: Set<string> }[] = [];
  for (const g of groups) {
    const meets = merged.filter(
      (m) => [...g.findings].some((f) => m.findings.has(f)) || g.keys.some((k) => m.keys.some((x) => related(x, k))),
    );
    const into = { keys: [...g.keys], findings: new Set(g.findings) };
    for (const m of meets) {
      into.keys.push(...m.keys);
      for (const f of m.findings) into.findings.add(f);
      merged.splice(merged.indexOf(m), 1);
    }
    merged.push(into);
  }
  return merged.map((m) => m.keys);
}

const all = {
  reports: 0,
  causesRight: 0,
  slips: 0,
  restored: 0,
  masked: 0,
  unmaskedRight: 0,
  unmaskedSlips: 0,
  unmaskedRestored: 0,
  times: [] as number[],
};

function run(edition: Edition, blanks: boolean, size: number): void {
  const rnd = random(size * 104_729 + (blanks ? 7 : 0) + (edition === '2021' ? 1 : 0));
  const bases: Report[] = fc.sample(arbitraryReport({ consistent: true, edition }), { numRuns: 300, seed: size + 3 });
  const counts = {
    reports: 0,
    slips: 0,
    causesRight: 0,
    restored: 0,
    undetected: 0,
    masked: 0,
    maskedRight: 0,
    unmaskedSlips: 0,
    unmaskedRestored: 0,
  };
  const times: number[] = [];
  for (let i = 0; counts.reports < N && i < N * 4; i++) {
    const base = blanks ? blanked(bases[i % bases.length] as Report, rnd) : (bases[i % bases.length] as Report);
    const c = corrupt(base, size, rnd, slips);
    if (!c) continue;
    const truth = independent(c);
    if (truth.length === 0) {
      counts.undetected++;
      continue;
    }
    counts.reports++;
    const t0 = performance.now();
    const audit = auditReport(c.report);
    times.push(performance.now() - t0);
    const causes = audit.causes.filter((x) => x.kind === 'slip');
    // Masked: fewer changes than were made mend every relation (as bench/repairs.bench.ts classes them).
    const masked = (audit.repairs[0]?.changes.length ?? 0) < c.original.size;
    if (masked) counts.masked++;
    if (causes.length === truth.length) counts[masked ? 'maskedRight' : 'causesRight']++;
    else if (process.env['BENCH_AUDIT_DEBUG'])
      console.log(
        JSON.stringify(truth),
        [...c.original].map(([k, v]) => `${k}=${v}`).join(' '),
        audit.causes.map((x) => `${x.kind}: ${x.message.en}`),
      );
    counts.slips += truth.length;
    // As suggestRepairs is measured: the original among the top-ranked (tied) repairs.
    const top = audit.repairs.filter((r) => r.rank === 1);
    for (const keys of truth) {
      const back = top.some((r) => keys.every((k) => r.changes.some((x) => x.key === k && x.to === c.original.get(k))));
      if (back) counts.restored++;
      if (!masked) {
        counts.unmaskedSlips++;
        if (back) counts.unmaskedRestored++;
      }
    }
  }
  all.reports += counts.reports;
  all.causesRight += counts.causesRight + counts.maskedRight;
  all.masked += counts.masked;
  all.unmaskedRight += counts.causesRight;
  all.slips += counts.slips;
  all.restored += counts.restored;
  all.unmaskedSlips += counts.unmaskedSlips;
  all.unmaskedRestored += counts.unmaskedRestored;
  all.times.push(...times);
  times.sort((a, b) => a - b);
  const q = (p: number) => (times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0).toFixed(2);
  console.log(
    `${edition} ${blanks ? 'blank rows/columns' : 'filled           '} ${size} slip(s): ${counts.reports} reports` +
      ` · causes = independent slips ${pct(counts.causesRight + counts.maskedRight, counts.reports)}` +
      ` (${pct(counts.causesRight, counts.reports - counts.masked)} of the ${counts.reports - counts.masked} not masked)` +
      ` · slips restored among the top-ranked repairs ${pct(counts.restored, counts.slips)}` +
      ` (${pct(counts.unmaskedRestored, counts.unmaskedSlips)} not masked)` +
      ` · audit median ${q(0.5)} ms, p99 ${q(0.99)} ms, worst ${q(1)} ms · (${counts.undetected} undetected, skipped)`,
  );
}

console.log('auditReport on reports with human slips (targets: causes ≥ 99 %, median ≤ 5 ms)');
for (const edition of ['2019', '2021'] as const)
  for (const blanks of [false, true]) for (const size of [1, 2, 3]) run(edition, blanks, size);
all.times.sort((a, b) => a - b);
console.log(
  `all: ${all.reports} reports · causes = independent slips ${pct(all.causesRight, all.reports)}` +
    ` (${pct(all.unmaskedRight, all.reports - all.masked)} of the ${all.reports - all.masked} not masked)` +
    ` · slips restored among the top-ranked repairs ${pct(all.restored, all.slips)}` +
    ` (${pct(all.unmaskedRestored, all.unmaskedSlips)} not masked)` +
    ` · audit median ${(all.times[Math.floor(all.times.length / 2)] ?? 0).toFixed(2)} ms`,
);
