import { describe, expect, it } from 'vitest';
import { splitMoneyRun, splitRun } from '../../src/parse/segment.js';

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
