/**
 * tallyRequests over 1,000,000 generated cases, against a plain counting loop over the same records
 * (the same date comparisons and the same 25 × 7 counts, no validation and no provenance).
 */
import { layoutOf, tallyRequests, type ApplicantKey, type RequestCase } from 'ogi-report';
import { compare, measure } from './harness.js';

const N = 1_000_000;
const applicants = layoutOf('2021').applicantColumns.map((c) => c.key as ApplicantKey);
const outcomes = [
  'disclosed',
  'partiallyDisclosed',
  'withheld.thirdPartyRights',
  'unavailable.notHeld',
  'notProcessed.duplicate',
  'other.feeUnpaid',
] as const;
let seed = 1;
const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
const day = (y: number) => `${y}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
const cases: RequestCase<'2021'>[] = Array.from({ length: N }, (_, i) => {
  const received = day(2022 + rand(2));
  const open = rand(5) === 0;
  return open
    ? { id: `R${i}`, applicant: applicants[rand(6)] as ApplicantKey, received }
    : {
        id: `R${i}`,
        applicant: applicants[rand(6)] as ApplicantKey,
        received,
        outcome: outcomes[rand(6)] as (typeof outcomes)[number],
        closed: received < '2023-06-01' ? '2023-06-01' : '2023-12-31',
      };
});

const columnOf = new Map<string, number>(applicants.map((a, i) => [a, i]));
const rowOf = new Map<string, number>(outcomes.map((o, i) => [o, 2 + i]));
function baseline(): Int32Array {
  const counts = new Int32Array(25 * 8);
  for (const c of cases) {
    if (c.received > '2023-12-31' || (c.closed !== undefined && c.closed < '2023-01-01')) continue;
    const col = columnOf.get(c.applicant) as number;
    const a = (c.received >= '2023-01-01' ? 0 : 1) * 8 + col;
    const b =
      (c.closed !== undefined && c.closed <= '2023-12-31' ? (rowOf.get(c.outcome as string) as number) : 24) * 8 + col;
    counts[a] = (counts[a] as number) + 1;
    counts[b] = (counts[b] as number) + 1;
  }
  return counts;
}

const heapBefore = process.memoryUsage().heapUsed;
const result = tallyRequests(cases, { reportYear: 2023 });
if (!result.success) throw new Error('the generated register must be valid');
const base = baseline();
if (base[0 * 8] !== result.report.requests.received.naturalPerson) throw new Error('baseline and tally disagree');
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `\n${N.toLocaleString('en')} cases; heap growth for one tally with provenance: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`,
);
compare(
  'tallyRequests, 1,000,000 cases',
  measure('plain counting loop', baseline, { batches: 5, minBatchMs: 1 }),
  measure('tallyRequests(cases)', () => tallyRequests(cases, { reportYear: 2023 }), { batches: 5, minBatchMs: 1 }),
);

// Explanatory: the same counting loop plus the one check that cannot be skipped cheaply — duplicate ids.
function baselineWithIds(): Int32Array {
  const seen = new Set<string | number>();
  for (const c of cases) if (seen.size === seen.add(c.id).size) throw new Error('duplicate');
  return baseline();
}
compare(
  'tallyRequests against counting plus duplicate-id detection',
  measure('counting loop + Set of ids', baselineWithIds, { batches: 5, minBatchMs: 1 }),
  measure('tallyRequests(cases)', () => tallyRequests(cases, { reportYear: 2023 }), { batches: 5, minBatchMs: 1 }),
);
