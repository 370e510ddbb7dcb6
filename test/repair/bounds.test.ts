/** suggestRepairs on reports nobody made to be repaired (#31): parts answered alone, work bounded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport, suggestRepairs, type Report } from '../../src/index.js';
import { inputsOf } from '../../src/check/inputs.js';
import { ruleDefinitions } from '../../src/check/catalogue.js';
import { partsOf, problemOf } from '../../src/repair/problem.js';
import { searchRepairs, WORK_PER_SET } from '../../src/repair/search.js';
import { arbitraryReport, consistentReport2021 } from '../../src/testing/index.js';
import { slipAndScramble } from './scrambled.js';

describe('suggestRepairs answers each independent part on its own', () => {
  it('a scrambled table 三 no longer empties the answer: the slip in 四 is repaired, 三 is named unrepaired', () => {
    const result = suggestRepairs(slipAndScramble);
    const original = consistentReport2021.reviewLitigation.review.corrected;
    expect(
      result.repairs.some((r) =>
        r.changes.some((c) => c.key === 'reviewLitigation.review.corrected' && c.to === original),
      ),
    ).toBe(true);
    expect(result.unrepaired).toHaveLength(1);
    const [part] = result.unrepaired;
    expect(part?.cells).toContain('requests.received.naturalPerson');
    expect(part?.cells.some((k) => k.startsWith('reviewLitigation'))).toBe(false);
    const broken = checkReport(slipAndScramble).findings.filter((f) => f.status === 'broken');
    expect(part?.findings.length).toBeGreaterThan(0);
    for (const fp of part?.findings ?? []) expect(broken.map((f) => f.fingerprint)).toContain(fp);
    expect(result.message.en).toMatch(/1 independent part\(s\) have no repair/);
  });

  it('a consistent report: no repairs, nothing unrepaired', () => {
    expect(suggestRepairs(consistentReport2021)).toMatchObject({ repairs: [], unrepaired: [] });
  });
});

describe('the search budget bounds work, not only sets', () => {
  it('on arbitrary reports the steps spent never pass budget × WORK_PER_SET by more than one set', () => {
    const sums = ['R1', 'R2', 'R3', 'R4'];
    fc.assert(
      fc.property(arbitraryReport(), fc.integer({ min: 50, max: 3000 }), (r: Report, budget) => {
        const inputs = inputsOf(r, r.edition, {});
        const relations = ruleDefinitions.flatMap((d, i) => (sums.includes(d.id) ? (inputs.plan[i] ?? []) : []));
        for (const part of partsOf(problemOf(inputs.layout, inputs.all, relations))) {
          const o = searchRepairs(part, { maxChanges: 8, budget, beyond: 0, maxFound: 100 });
          // One set's work: a scan of the relations and their cells, and one elimination.
          const cells = part.equations.reduce((n, e) => n + e.cells.length, 0);
          const oneSet = part.equations.length + 2 * cells + cells ** 3;
          expect(o.work).toBeLessThanOrEqual(budget * WORK_PER_SET + oneSet);
          if (o.stop !== 'budget') expect(o.complete).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
