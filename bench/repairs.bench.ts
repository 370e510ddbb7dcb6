/**
 * suggestRepairs on corrupted consistent reports (both editions): 1, 2 and 3 corrupted cells, each a
 * human slip (one digit, two digits transposed, two neighbours swapped, a total left 0 or copied
 * from another row) or a random value. Each case is classed by what the relations can tell:
 * - undetectable: every relation still holds (a swap within one sum);
 * - masked: fewer changes than were made repair it (two changes in one sum, fixed by its total);
 * - identifiable: exactly one minimal repair — target: it is the original in ≥ 99 %;
 * - ambiguous: several minimal repairs — target: the original is among the top-ranked in 100 %
 *   (for slips; for random values a coincidental slip elsewhere may rank higher, reported apart).
 * Every repair returned is applied and checked here again (target: 0 leaving a broken R1–R4 finding).
 * Time per report: target median ≤ 5 ms, worst ≤ 100 ms.
 * Last, single slips in reports with blank rows and columns (test/repair/blanked.ts): the same figures.
 * Run: `npm run bench` (cases per size: BENCH_REPAIR_CASES, default 10 000).
 */
import fc from 'fast-check';
import { checkReport, setCells, type CellUpdates, type Report } from '../src/index.js';
import { suggestRepairs } from '../src/index.js';
import { arbitraryReport } from '../src/testing/index.js';
import { blanked } from '../test/repair/blanked.js';
import { corrupt, corruptionKinds, random, type Corrupted } from '../test/repair/corrupt.js';

const N = Number(process.env['BENCH_REPAIR_CASES'] ?? 10_000);
const bases: Report[] = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 500, seed: 11 });
const slipKinds = corruptionKinds.filter((k) => k !== 'random');
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)} %`);
const SUMS = new Set(['R1', 'R2', 'R3', 'R4']);

function run(size: number, kinds: typeof corruptionKinds, label: string, blanks = false): void {
  const rnd = random(size * 7919 + kinds.length + (blanks ? 1 : 0));
  const counts = {
    cases: 0,
    undetectable: 0,
    masked: 0,
    identifiable: 0,
    idTop: 0,
    ambiguous: 0,
    ambTop: 0,
    stopped: 0,
    unsound: 0,
  };
  const times: number[] = [];
  for (let i = 0; counts.cases < N && i < N * 3; i++) {
    const base = bases[i % bases.length] as Report;
    const c: Corrupted | undefined = corrupt(blanks ? blanked(base, rnd) : base, size, rnd, kinds);
    if (!c) continue;
    counts.cases++;
    const t0 = performance.now();
    const result = suggestRepairs(c.report);
    times.push(performance.now() - t0);
    if (!result.complete) counts.stopped++;
    for (const r of result.repairs) {
      const fixed = setCells(
        c.report,
        Object.fromEntries([...r.changes, ...r.fills].map((x) => [x.key, x.to])) as CellUpdates<Report>,
      );
      if (checkReport(fixed).findings.some((f) => SUMS.has(f.rule) && f.status === 'broken')) counts.unsound++;
    }
    if (result.examined === 0) {
      counts.undetectable++;
      continue;
    }
    const original = (r: (typeof result.repairs)[number]) =>
      r.changes.length === c.original.size && r.changes.every((x) => c.original.get(x.key) === x.to);
    const minimal = result.repairs[0]?.changes.length ?? Infinity;
    if (minimal < c.original.size) counts.masked++;
    else if (result.repairs.length === 1) {
      counts.identifiable++;
      if (original(result.repairs[0] as (typeof result.repairs)[number])) counts.idTop++;
    } else {
      counts.ambiguous++;
      if (result.repairs.some((r) => r.rank === 1 && original(r))) counts.ambTop++;
    }
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => (times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0).toFixed(2);
  console.log(`\n${size} corrupted cell(s), ${label}: ${counts.cases} cases`);
  console.log(
    `  undetectable ${counts.undetectable}, masked ${counts.masked}, search stopped at its bound ${counts.stopped}`,
  );
  console.log(
    `  identifiable ${counts.identifiable}: original is the repair ${pct(counts.idTop, counts.identifiable)} (target ≥ 99 %)`,
  );
  console.log(
    `  ambiguous ${counts.ambiguous}: original among the top-ranked ${pct(counts.ambTop, counts.ambiguous)} (target 100 % for slips)`,
  );
  console.log(`  repairs that leave a broken R1–R4 finding: ${counts.unsound} (target 0)`);
  console.log(
    `  time per report: median ${q(0.5)} ms (target ≤ 5), p99 ${q(0.99)} ms, worst ${q(1)} ms (target ≤ 100)`,
  );
}

for (const size of [1, 2, 3]) {
  run(size, slipKinds, 'human slips');
  run(size, corruptionKinds, 'slips and random values');
}
// Blank rows, a blank 四 block, a blank 总计 column, as published (#33): blanks eliminated, not enumerated.
run(1, slipKinds, 'human slips, reports with blank rows and columns', true);
