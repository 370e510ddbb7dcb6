import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinearRelation } from '../../src/check/linear.js';
import { cellRanges, chooseJointly, matchPieces } from '../../src/parse/joint.js';

/** cell a + cell b + … − cell total = 0 */
const sum = (parts: readonly number[], total: number): LinearRelation => ({
  cells: [...parts, total],
  coefs: [...parts.map(() => 1), -1],
  constant: 0,
});

/** Two rows of two cells, (0,1) and (2,3), each with two splits. */
const rowA = {
  cells: [0, 1],
  candidates: [
    [5, 52],
    [55, 2],
  ],
} as const;
const rowB = {
  cells: [2, 3],
  candidates: [
    [1, 10],
    [11, 0],
  ],
} as const;

describe('matchPieces', () => {
  it('accepts values that print as the pieces, placeholders as 0', () => {
    expect(matchPieces(['5', 'NA', '2710'], [5, 0, 27, 10])).toEqual([5, 'NA', 27, 10]);
  });
  it('refuses values that print otherwise, or too few or too many', () => {
    expect(matchPieces(['5520'], [55, 21])).toBeUndefined();
    expect(matchPieces(['NA'], [3])).toBeUndefined();
    expect(matchPieces(['552'], [55, 2, 0])).toBeUndefined();
    expect(matchPieces(['552'], [5])).toBeUndefined();
  });
});

describe('chooseJointly', () => {
  // Two rows of two cells (0,1) and (2,3); column sums into cells 4 and 5 (fixed).
  const columns = [sum([0, 2], 4), sum([1, 3], 5)];

  it('lets the column sums decide between the splits of each row', () => {
    const r = chooseJointly(
      [rowA, rowB],
      new Map([
        [4, 16],
        [5, 52],
      ]),
      columns,
    );
    expect(r).toMatchObject({ readings: [[[5, 52]], [[11, 0]]], broken: 0, complete: true });
  });

  it('keeps every best reading when two fit equally (digits traded between two rows)', () => {
    const r = chooseJointly(
      [
        rowA,
        {
          cells: [2, 3],
          candidates: [
            [55, 0],
            [5, 50],
          ],
        },
      ],
      new Map([
        [4, 60],
        [5, 52],
      ]),
      columns,
    );
    expect(r.readings.map((x) => x.length)).toEqual([2, 2]);
    expect(r.broken).toBe(0);
  });

  it('prefers the reading with the fewest broken relations when none holds', () => {
    const r = chooseJointly(
      [rowA],
      new Map([
        [2, 0],
        [3, 0],
        [4, 5],
        [5, 53],
      ]),
      columns,
    );
    expect(r).toMatchObject({ readings: [[[5, 52]]], broken: 1 });
  });

  it('derives a run too long to list from the other rows, if it prints as its digits', () => {
    const choices = [rowA, rowB, { cells: [4, 5], pieces: ['1652'] }] as const;
    const r = chooseJointly(choices, new Map(), columns);
    expect(r).toMatchObject({ readings: [[[5, 52]], [[11, 0]], [[16, 52]]], open: [false, false, false], broken: 0 });
    // Digits no reading of the other rows gives: a broken relation, and the run not read.
    const off = chooseJointly([choices[0], choices[1], { cells: [4, 5], pieces: ['9999'] }], new Map(), columns);
    expect(off.readings[2]).toEqual([]);
    expect(off.broken).toBeGreaterThan(0);
  });

  it('leaves a run that no relation touches with every candidate, and a derived one open', () => {
    const r = chooseJointly(
      [
        {
          cells: [7, 8],
          candidates: [
            [1, 23],
            [12, 3],
          ],
        },
        { cells: [9, 10], pieces: ['123'] },
      ],
      new Map(),
      columns,
    );
    expect(r.readings[0]).toHaveLength(2);
    expect(r.open[1]).toBe(true);
  });

  it('finds the one exact reading among many combinations (meet in the middle)', () => {
    // Twelve rows of two candidates each (4,096 combinations), one column sum over the first cells.
    const rows = Array.from({ length: 12 }, (_, i) => ({
      cells: [2 * i, 2 * i + 1],
      candidates: [
        [1, 10 * (i + 1)],
        [11, (i + 1) * 10 - 10],
      ],
    }));
    // Only row 3 takes its second candidate: first cells add to 11·1 + 11 = 22.
    const rel: LinearRelation = {
      cells: [...rows.map((r) => r.cells[0] as number), 99],
      coefs: [...rows.map(() => 1), -1],
      constant: 0,
    };
    const second: LinearRelation = { cells: [rows[3]?.cells[1] as number, 98], coefs: [1, -1], constant: 0 };
    const r = chooseJointly(
      rows,
      new Map([
        [99, 22],
        [98, 30],
      ]),
      [rel, second],
    );
    expect(r.complete).toBe(true);
    expect(r.readings.map((x) => x.length)).toEqual(rows.map(() => 1));
    expect(r.readings[3]).toEqual([[11, 30]]);
  });
});

describe('chooseJointly against every combination', () => {
  /** Up to `most` runs of two cells (run k fills cells 2k, 2k+1), fixed cells from 20 on, relations over both. */
  const instanceOf = (most: number) =>
    fc
      .record({
        runs: fc.array(fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: most,
        }),
        fixed: fc.array(fc.nat(6), { minLength: 2, maxLength: 2 }),
        rels: fc.array(
          fc.record({
            picks: fc.uniqueArray(fc.nat(2 * most + 1), { minLength: 2, maxLength: 4 }),
            signs: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      })
      .map(({ runs, fixed, rels }) => {
        const cells = [...runs.flatMap((_, k) => [2 * k, 2 * k + 1]), 20, 21];
        const relations: LinearRelation[] = rels.map(({ picks, signs }) => {
          const chosen = [...new Set(picks.map((x) => cells[x % cells.length] as number))];
          return { cells: chosen, coefs: chosen.map((_, i) => (signs[i] ? 1 : -1)), constant: 0 };
        });
        return {
          choices: runs.map((candidates, k) => ({ cells: [2 * k, 2 * k + 1], candidates })),
          fixed: new Map([
            [20, fixed[0] as number],
            [21, fixed[1] as number],
          ]),
          relations,
        };
      });

  // Up to 4 runs (81 combinations) mostly for the branch and bound; up to 8 (6,561) for the exact
  // search, which meets in the middle above 16 combinations.
  it.each([
    [4, 400],
    [8, 150],
  ])(
    'finds the fewest broken relations and keeps each candidate of some reading with that few (up to %i runs)',
    (most, runs) => {
      fc.assert(
        fc.property(instanceOf(most), ({ choices, fixed, relations }) => {
          const value = (pick: readonly number[], cell: number) =>
            cell >= 20
              ? (fixed.get(cell) as number)
              : ((choices[cell >> 1]?.candidates[pick[cell >> 1] as number] as readonly number[])[cell & 1] as number);
          // Evidence: relations touching a run (every cell here is known).
          const usable = relations.filter((r) => r.cells.some((c) => c < 20));
          const broken = (pick: readonly number[]) =>
            usable.filter((r) => r.cells.reduce((a, c, k) => a + (r.coefs[k] as number) * value(pick, c), 0) !== 0)
              .length;
          let best = Number.POSITIVE_INFINITY;
          let kept = choices.map(() => new Set<number>());
          const visit = (pick: number[]): void => {
            if (pick.length < choices.length) {
              for (let p = 0; p < (choices[pick.length]?.candidates.length ?? 0); p++) visit([...pick, p]);
              return;
            }
            const b = broken(pick);
            if (b < best) (best = b), (kept = choices.map(() => new Set<number>()));
            if (b === best) pick.forEach((p, k) => kept[k]?.add(p));
          };
          visit([]);
          const r = chooseJointly(choices, fixed, relations);
          expect(r.complete).toBe(true);
          expect(r.broken).toBe(best);
          expect(r.readings).toEqual(
            choices.map((ch, k) => ch.candidates.filter((_, p) => (kept[k] as Set<number>).has(p))),
          );
        }),
        { numRuns: runs, seed: 5 },
      );
    },
  );
});

describe('cellRanges', () => {
  it('bounds a derived run’s cells by the candidates of the runs it is summed with', () => {
    const ranges = cellRanges(
      [rowA, rowB, { cells: [4, 5], pieces: ['5662'] }],
      new Map(),
      [sum([0, 2], 4), sum([1, 3], 5)],
      2,
    );
    expect(ranges).toEqual([
      [6, 66],
      [2, 62],
    ]);
  });

  it('MAX_JOINT_WORK = 500,000: a search that must visit every reading stops at its bound and says so (complete: false)', () => {
    const search = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => ({
        cells: [2 * i, 2 * i + 1],
        candidates: [
          [1, 10],
          [2, 9],
        ],
      }));
      // The first cells must add to 1000: every reading breaks it once, so none can be pruned.
      return chooseJointly(rows, new Map([[999, 1000]]), [
        sum(
          rows.map((r) => r.cells[0] as number),
          999,
        ),
      ]);
    };
    // 2^12 readings fit in the bound; 2^16, with the relation's terms read at each, do not.
    expect([search(12).complete, search(12).broken]).toEqual([true, 1]);
    expect(search(16).complete).toBe(false);
  });
});
