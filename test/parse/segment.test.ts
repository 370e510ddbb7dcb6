import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otherReadingNear, splitMoneyRun, splitRun } from '../../src/parse/segment.js';

describe('splitRun', () => {
  const row = { cells: 7, total: 6 };

  it('splits a row ending in its total by the total: 801000081 is 80|1|0|0|0|0|81 only', () => {
    expect(splitRun(['801000081'], [row])).toEqual({ splits: [[80, 1, 0, 0, 0, 0, 81]], complete: true });
  });

  it('keeps every split that makes the total hold, and no other', () => {
    const { splits, complete } = splitRun(['55257'], [{ cells: 3, total: 2 }]);
    expect(complete).toBe(true);
    expect(splits).toEqual([
      [5, 52, 57],
      [55, 2, 57],
    ]);
  });

  it('reads a placeholder total beside numbers only when no split has the total as a number', () => {
    // Only a placeholder can be the total: read so.
    expect(splitRun(['123', 'NA'], [{ cells: 3, total: 2 }]).splits).toEqual([
      [1, 23, 'NA'],
      [12, 3, 'NA'],
    ]);
    // 1|2|3 holds with 3 as the total; 1|23|/ then 5|6 is not a second reading.
    const rows = [{ cells: 3, total: 2 }, { cells: 2 }];
    expect(splitRun(['123', 'NA', '56'], rows).splits).toEqual([[1, 2, 3, 'NA', 56]]);
  });

  it('keeps each cell within its range', () => {
    const { splits } = splitRun(['55257'], [{ cells: 3, total: 2 }], { ranges: [[50, 60], undefined, undefined] });
    expect(splits).toEqual([[55, 2, 57]]);
  });

  it('says when it stopped at its bound rather than guess', () => {
    const long = '1'.repeat(120);
    const r = splitRun([long], [{ cells: 7 }, { cells: 7 }, { cells: 7 }]);
    expect(r.complete).toBe(false);
  });

  it('starts a cell at a minus sign, in the signed column only: 171-21140 is 171 | -2…-2114 | the rest, never -0', () => {
    const { splits } = splitRun(['171', '-21140'], [{ cells: 3, signed: 1 }]);
    expect(splits).toEqual([
      [171, -2, 1140],
      [171, -21, 140],
      [171, -211, 40],
      [171, -2114, 0],
    ]);
    expect(splitRun(['1', '-05'], [{ cells: 2, signed: 1 }]).splits).toEqual([]);
    // No column may be negative: no split.
    expect(splitRun(['171', '-21140'], [{ cells: 3 }]).splits).toEqual([]);
  });
});

describe('splitRun over one row ending in its total', () => {
  const key = (s: readonly unknown[]) => s.join(',');
  const shape = [{ cells: 7, total: 6 }];
  /** Ranges that allow anything take the plain left-to-right search, with the total forced to the parts' sum. */
  const plain = (pieces: readonly string[]) => splitRun(pieces, shape, { ranges: new Array(7).fill(undefined) });

  it('finds the same splits as the plain search, small or extreme values, the total right or not', () => {
    const value = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 120 }) }, { weight: 1, arbitrary: fc.maxSafeNat() });
    fc.assert(
      fc.property(fc.array(value, { minLength: 6, maxLength: 6 }), fc.option(value), (parts, wrong) => {
        const total = wrong ?? parts.reduce((a, b) => a + b, 0);
        fc.pre(Number.isSafeInteger(total));
        const pieces = [[...parts, total].join('')];
        const byTotal = splitRun(pieces, shape);
        const walked = plain(pieces);
        if (wrong === null && byTotal.complete) expect(byTotal.splits.map(key)).toContain([...parts, total].join(','));
        if (walked.complete && byTotal.complete)
          expect(new Set(byTotal.splits.map(key))).toEqual(new Set(walked.splits.map(key)));
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('proves that no split of a run of 16-digit numbers makes its total hold, where the plain search gives up', () => {
    const run = ['900719925474099169007199254740991063'];
    expect(plain(run).complete).toBe(false);
    expect(splitRun(run, shape)).toEqual({ splits: [], complete: true });
  });
});

describe('splitRun without the sum rules', () => {
  it('cuts the dead ends of 16-digit numbers past 2^53: three of them, a placeholder and 004 have one reading', () => {
    // 9007199254740991 is the largest safe integer: read three times, the digits allow nothing else.
    const run = ['9007199254740991'.repeat(3), 'NA', '004'];
    expect(splitRun(run, [{ cells: 7, total: 6 }], { totals: false, most: 2 })).toEqual({
      splits: [[9007199254740991, 9007199254740991, 9007199254740991, 'NA', 0, 0, 4]],
      complete: true,
    });
  });
});

describe('otherReadingNear', () => {
  it('sees a digit traded across a boundary, and only where both cells stay printed numbers', () => {
    expect(otherReadingNear(['150200017'], [15, 0, 2, 0, 0, 0, 17])).toBe(true); // 1|50|2…
    expect(otherReadingNear(['0000000'], [0, 0, 0, 0, 0, 0, 0])).toBe(false);
    expect(otherReadingNear(['10', '5'], [10, 5])).toBe(false); // two pieces: no cell spans them
    expect(otherReadingNear(['105'], [10, 5])).toBe(false); // 1|05 starts with 0, 105| is one cell
    expect(otherReadingNear(['90071992547409911'], [9007199254740991, 1])).toBe(true); // 900719925474099|11
    expect(otherReadingNear(['90071992547410029'], [900719925474100, 29])).toBe(false); // 9007199254741002 > 2^53
    expect(otherReadingNear(['3', 'NA', '123'], [3, 'NA', 1, 23])).toBe(true); // 12|3
    expect(otherReadingNear(['3', 'NA', '12'], [3, 'NA', 1, 2])).toBe(false);
    expect(otherReadingNear(['12'], [1, 3])).toBe(false); // not a split of these digits
  });

  // Agrees with the walk: whenever it sees another reading, the walk without the sum rules finds two.
  it('never claims a second reading that the walk does not find', () => {
    const piece = fc.stringMatching(/^(0|[1-9][0-9]{0,3})([0-9]{0,6})$/);
    const run = fc.array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: fc.constant('NA') }), {
      minLength: 1,
      maxLength: 3,
    });
    let seen = 0;
    fc.assert(
      fc.property(run, fc.integer({ min: 1, max: 8 }), (pieces, cells) => {
        const loose = splitRun(pieces, [{ cells }], { totals: false });
        for (const split of loose.splits) {
          if (!otherReadingNear(pieces, split)) continue;
          seen++;
          expect(loose.splits.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 2000, seed: 3 },
    );
    expect(seen).toBeGreaterThan(500);
  });
});

describe('splitMoneyRun', () => {
  it('gives the amount a suffix of the digits, never with a leading 0 unless it is 0', () => {
    expect(splitMoneyRun('40', 1)).toEqual({ splits: [{ counts: [4], integer: '0' }], complete: true });
    expect(splitMoneyRun('105', 1).splits).toEqual([{ counts: [10], integer: '5' }]);
    expect(splitMoneyRun('0123', 1).splits).toEqual([{ counts: [0], integer: '123' }]);
    expect(splitMoneyRun('4989', 1).splits.map((s) => `${s.counts.join(',')}|${s.integer}`)).toEqual([
      '4|989',
      '49|89',
      '498|9',
    ]);
  });

  it('with no count before it, the amount is every digit (or nothing, past a leading 0)', () => {
    expect(splitMoneyRun('91545276996', 0).splits).toEqual([{ counts: [], integer: '91545276996' }]);
    expect(splitMoneyRun('05', 0).splits).toEqual([]);
  });

  it('says when it stopped at its bound', () => {
    expect(splitMoneyRun('1'.repeat(401), 1).complete).toBe(false);
    expect(splitMoneyRun('1'.repeat(200), 3)).toMatchObject({ complete: false });
  });
});

describe('splitRun over rows that each end in their total (section 四)', () => {
  const rows = [
    { cells: 5, total: 4 },
    { cells: 5, total: 4 },
    { cells: 5, total: 4 },
  ];
  const key = (s: readonly unknown[]) => s.join(',');

  it('finds the same splits as the plain depth-first search, where that one completes', () => {
    const part = fc.oneof(
      { weight: 5, arbitrary: fc.nat({ max: 120 }) },
      { weight: 1, arbitrary: fc.constant('NA' as const) },
    );
    const row = fc.array(part, { minLength: 4, maxLength: 4 }).map((parts) => {
      const numbers = parts.filter((v): v is number => v !== 'NA');
      return [...parts, numbers.length === 0 ? ('NA' as const) : numbers.reduce((a, b) => a + b, 0)];
    });
    /** A run as printed: digits run together, a placeholder a piece of its own (and rows apart when spaced). */
    const print = (values: readonly (readonly (number | 'NA')[])[], spaced: boolean) => {
      const pieces: string[] = [];
      let open = '';
      const flush = () => {
        if (open) pieces.push(open), (open = '');
      };
      for (const r of values) {
        for (const v of r) v === 'NA' ? (flush(), pieces.push('NA')) : (open += String(v));
        if (spaced) flush();
      }
      flush();
      return pieces;
    };
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 3 }), fc.boolean(), (values, spaced) => {
        const shape = rows.slice(0, values.length);
        const pieces = print(values, spaced);
        const byRows = splitRun(pieces, shape);
        // Ranges that allow anything take the plain search.
        const plain = splitRun(pieces, shape, { ranges: shape.flatMap((r) => new Array(r.cells).fill(undefined)) });
        if (byRows.complete) expect(byRows.splits.map(key)).toContain(values.flat().join(','));
        if (plain.complete && byRows.complete)
          expect(new Set(byRows.splits.map(key))).toEqual(new Set(plain.splits.map(key)));
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('splits a 32-digit run of 15 cells the plain search gave up on', () => {
    const r = splitRun(['44375832171381218249235535948195'], rows);
    const plain = splitRun(['44375832171381218249235535948195'], rows, { ranges: new Array(15).fill(undefined) });
    expect(plain.complete).toBe(false);
    expect(r.complete).toBe(true);
    for (const s of r.splits) {
      for (const k of [0, 5, 10]) {
        const part = s.slice(k, k + 4) as number[];
        expect(part.reduce((a, b) => a + b, 0)).toBe(s[k + 4]);
      }
      expect(s.join('')).toBe('44375832171381218249235535948195');
    }
  });
});
