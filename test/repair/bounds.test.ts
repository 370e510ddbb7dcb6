/** suggestRepairs on reports nobody made to be repaired (#31): parts answered alone, work bounded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRepair,
  checkReport,
  layoutOf,
  setCell,
  setCells,
  suggestRepairs,
  type CellUpdates,
  type Report,
} from '../../src/index.js';
import { inputsOf } from '../../src/check/inputs.js';
import { ruleDefinitions } from '../../src/check/catalogue.js';
import { problemParts } from '../../src/repair/problem.js';
import { searchRepairs, WORK_PER_SET } from '../../src/repair/search.js';
import { arbitraryReport, consistentReport2019, consistentReport2021 } from '../../src/testing/index.js';
import { blanked } from './blanked.js';
import { corrupt, corruptionKinds, random } from './corrupt.js';
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
        for (const part of problemParts(inputs.layout, inputs.all, relations)) {
          const o = searchRepairs(part, { maxChanges: 8, budget, beyond: 0, maxFound: 100 });
          // One set's work: a scan of the relations and their cells, and one elimination.
          const rows = [...part.equations, ...part.bounds];
          const cells = rows.reduce((n, e) => n + e.cells.length, 0);
          const oneSet = rows.length + 2 * cells + cells ** 3;
          expect(o.work).toBeLessThanOrEqual(budget * WORK_PER_SET + oneSet);
          if (o.stop !== 'budget') expect(o.complete).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('repairs with blank rows and columns: blanks eliminated, not enumerated (#33)', () => {
  const SUMS = new Set(['R1', 'R2', 'R3', 'R4']);
  const broken = (r: Report) => checkReport(r).findings.some((f) => SUMS.has(f.rule) && f.status === 'broken');

  it('the issue’s reproduction: blank rows, a blank 四 block and a blank 总计 column, one cell 0 → 1: the one-cell repair', () => {
    const rows = [
      'withheld.prohibitedByLaw',
      'withheld.securityOrStability',
      'withheld.thirdPartyRights',
      'withheld.enforcementFile',
      'notProcessed.publication',
      'notProcessed.excessive',
      'notProcessed.confirmationOrReissue',
      'outcomes.other',
    ];
    const updates: Record<string, null> = {};
    for (const c of layoutOf('2019').cells) {
      const inRow = rows.some((r) => c.key.includes(`.${r}.`));
      const total =
        c.key.startsWith('requests.outcomes.') &&
        c.column.role === 'total' &&
        !c.key.startsWith('requests.outcomes.total.');
      if (inRow || total || c.key.startsWith('reviewLitigation.litigationAfterReview.')) updates[c.key] = null;
    }
    const blank = setCells(consistentReport2019, updates as CellUpdates<Report>);
    expect(broken(blank)).toBe(false);
    const slipped = setCell(blank, 'requests.outcomes.disclosed.legalServiceAgency', 1);
    const result = suggestRepairs(slipped);
    expect(result.complete).toBe(true);
    const top = result.repairs.filter((r) => r.rank === 1);
    expect(top.every((r) => r.changes.length === 1)).toBe(true);
    expect(top.map((r) => r.changes[0])).toContainEqual(
      expect.objectContaining({ key: 'requests.outcomes.disclosed.legalServiceAgency', from: 1, to: 0 }),
    );
    for (const r of result.repairs) expect(broken(applyRepair(slipped, r))).toBe(false);
  });

  it('single slips in reports with blank rows and columns: every detected slip restored among the tied top repairs', () => {
    const slips = corruptionKinds.filter((k) => k !== 'random');
    const rnd = random(41);
    const bases = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 60, seed: 5 });
    let detected = 0;
    for (let i = 0; i < 300; i++) {
      const base = blanked(bases[i % bases.length] as Report, rnd);
      expect(broken(base)).toBe(false);
      const c = corrupt(base, 1, rnd, slips);
      if (!c || !broken(c.report)) continue;
      detected++;
      const result = suggestRepairs(c.report);
      const restored = result.repairs.some(
        (r) => r.rank === 1 && r.changes.length === 1 && r.changes.every((x) => c.original.get(x.key) === x.to),
      );
      expect(restored, [...c.original].join()).toBe(true);
    }
    expect(detected).toBeGreaterThan(150);
  });
});
