/** Values a page printed a cell per line, regrouped by the sum rules (#32): numbers broken over lines, merged lines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCell, parseReport, type Report } from '../../src/index.js';
import { arbitraryReport, asPublished } from '../../src/testing/index.js';
import { cellPerLine, regroupings } from '../../src/parse/regroup.js';
import type { Group, ValueToken } from '../../src/parse/tokenize.js';
import { sortCells } from './readBack.js';

/** A free group of plain numbers, each on its own line (line k at offset 10·k). */
function cellLines(values: readonly string[]): Group {
  const tokens: ValueToken[] = values.map((v) =>
    v === '/' ? { kind: 'na', text: v } : { kind: 'number', text: v, sign: 1, digits: v, fraction: '' },
  );
  return {
    tokens,
    positional: false,
    at: 0,
    starts: values.map((_, k) => 10 * k),
    ends: values.map((v, k) => 10 * k + v.length),
    lead: 0,
    trail: 0,
    runCells: values.join('').length,
    spaced: values.map(() => true),
    glued: false,
    labelOnLine: false,
  };
}
const lineOf = (offset: number) => Math.floor(offset / 10) + 1;
const row = { cells: 7, total: 6 };

describe('regroupings (the stage alone)', () => {
  it('joins a number broken over two lines back where the row total says', () => {
    const r = regroupings(cellLines(['2', '47', '0', '0', '0', '0', '0', '247']), [row], lineOf);
    expect(r).toEqual({ kind: 'joined', candidates: [[247, 0, 0, 0, 0, 0, 247]], complete: true });
  });

  it('MAX_DIGITS = 16: a count broken over lines is joined up to sixteen digits (2^53 − 1 is printed), never past them', () => {
    const joined = (head: string, tail: string) =>
      regroupings(cellLines([head, tail, '0', '0', '0', '0', '0', `${head}${tail}`]), [row], lineOf)?.candidates;
    expect(joined('9007199254', '740991')).toEqual([[9007199254740991, 0, 0, 0, 0, 0, 9007199254740991]]);
    // Seventeen digits are no count: the two pieces are not joined into one (nor is the row's total read so).
    expect(joined('90071992547', '409910')?.some((c) => c[0] === 90071992547409910)).not.toBe(true);
  });

  it('repeats merged identical lines: 2 0 2 is 2|0|0|0|0|0|2, a lone 0 an all-zero row', () => {
    expect(regroupings(cellLines(['2', '0', '2']), [row], lineOf)?.candidates).toEqual([[2, 0, 0, 0, 0, 0, 2]]);
    expect(regroupings(cellLines(['0']), [row], lineOf)?.candidates).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
  });

  it('lists every regrouping whose totals hold, and none for rows without a total (nothing to tell them apart)', () => {
    expect(regroupings(cellLines(['1', '0', '1']), [row], lineOf)?.candidates).toEqual([[1, 0, 0, 0, 0, 0, 1]]);
    // 0 1 0 1: the 1 inside once, the zeros around it four ways — the sums must choose, or the row stays blank.
    const four = regroupings(cellLines(['0', '1', '0', '1']), [row], lineOf)?.candidates;
    expect(four).toHaveLength(4);
    expect(four).toContainEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(regroupings(cellLines(['0']), [{ cells: 3 }], lineOf)).toBeUndefined();
    // Two values on one line: not a page with a cell per line.
    expect(regroupings({ ...cellLines(['2', '0', '2']), starts: [0, 2, 20] }, [row], lineOf)).toBeUndefined();
  });
});

describe('parseReport on pages with a cell per line', () => {
  it('merged identical lines and broken numbers: ≥ 99 % of table 三 exact on arbitrary reports, the rest blank with a word', () => {
    let exact = 0;
    let all = 0;
    for (const r of fc.sample(arbitraryReport({ consistent: true }), { numRuns: 30, seed: 11 }))
      for (const style of ['brokenNumbers', 'mergedLines'] as const) {
        const { text, report: truth } = asPublished(r, style, 7);
        const back = parseReport(text, { agency: truth.agency, reportYear: truth.reportYear, edition: truth.edition });
        for (const [key, v] of Object.entries(truth.requests.received)) {
          all++;
          if (back.report?.requests.received[key as 'total'] === v) exact++;
        }
        expect(
          back.findings.filter((f) => f.code === 'LINES_MERGED' || f.code === 'NUMBERS_JOINED').length,
        ).toBeGreaterThan(0);
      }
    expect(exact / all).toBeGreaterThanOrEqual(0.99);
  });

  it('on every arbitrary report: each regrouped cell exact, or blank with a word on its row', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), fc.integer({ min: 1, max: 1000 }), (r: Report, seed) => {
        for (const style of ['brokenNumbers', 'mergedLines'] as const) {
          const { text, report: truth } = asPublished(r, style, seed);
          const back = parseReport(text, {
            agency: truth.agency,
            reportYear: truth.reportYear,
            edition: truth.edition,
          });
          expect(sortCells(truth, back).silent).toEqual([]);
          // A regrouping is the reader's reconstruction: a warning that names its rows, each a row with a
          // total (the only rows regrouped: their total tells a regrouping that holds).
          for (const f of back.findings.filter((x) => x.code === 'NUMBERS_JOINED' || x.code === 'LINES_MERGED')) {
            expect(f.severity).toBe('warning');
            for (const path of f.rows ?? [f.location?.row])
              expect(typeof getCell(back.report as Report, `${f.location?.section}.${path}.total` as never)).not.toBe(
                'undefined',
              );
          }
        }
      }),
      { numRuns: 20, seed: 20261206 },
    );
  });
});

describe('the thresholds of the regroupings, pinned', () => {
  const stream = (lines: readonly (readonly string[])[]) => ({
    stream: {
      // Each group's values: each on its own line (line numbers from the offsets) or all on one line.
      groups: lines.map((values, k) => ({
        ...cellLines(values),
        starts: values.map((_, i) => 1000 * k + (i === 0 ? 0 : 10 * i)),
      })),
    },
  });
  it('CELL_PER_LINE_EVIDENCE = 3: a page needs three groups of several values before its lines count', () => {
    expect(
      cellPerLine(
        [
          stream([
            ['1', '2'],
            ['3', '4'],
          ]),
        ],
        lineOf,
      ),
    ).toBe(false);
    expect(
      cellPerLine(
        [
          stream([
            ['1', '2'],
            ['3', '4'],
            ['5', '6'],
          ]),
        ],
        lineOf,
      ),
    ).toBe(true);
  });
  it('CELL_PER_LINE_SHARE = 0.5: half the groups with a value a line are enough, fewer are not', () => {
    const oneLine = (values: string[]) => ({ ...cellLines(values), starts: values.map((_, i) => i) });
    const page = (perLine: number, sameLine: number) => [
      {
        stream: {
          groups: [...Array(perLine).fill(cellLines(['1', '2'])), ...Array(sameLine).fill(oneLine(['1', '2']))],
        },
      },
    ];
    expect(cellPerLine(page(2, 2), lineOf)).toBe(true);
    expect(cellPerLine(page(2, 3), lineOf)).toBe(false);
  });
});
