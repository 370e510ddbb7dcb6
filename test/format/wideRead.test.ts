/**
 * The wide reader's compiled checks (#35) accept exactly what the schema accepts: on every row of
 * arbitrary reports, and on rows with one field changed to a hostile value, a report the compiled
 * path gives is the one the schema path gives; where the compiled path declines, the schema judges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codebook, fromWideCsv, toWideCsv } from '../../src/index.js';
import { records } from '../../src/format/csvText.js';
import { EMPTY_TEXT, compiledRead, readCellsViaSchema } from '../../src/format/wideCsv.js';
import { arbitraryReport } from '../../src/testing/index.js';
import type { Edition } from '../../src/template/types.js';

const columns = codebook();
const rowOf = (text: string) => (records(text, EMPTY_TEXT) ?? [])[1] as string[];
const hostile = [
  '',
  'NA',
  '-1',
  '-0',
  '1.5',
  '007',
  '9007199254740993',
  '12元',
  '0.5万元',
  '1e3',
  'x',
  EMPTY_TEXT,
  '元',
  '万元',
  ' 3',
  '2024',
];

describe('compiled wide-row checks', () => {
  it('agree with the schema on arbitrary reports and on rows with one field made hostile', () => {
    fc.assert(
      fc.property(
        arbitraryReport(),
        fc.nat(),
        fc.constantFrom(...hostile),
        fc.boolean(),
        (report, at, value, mutate) => {
          const row = [...rowOf(toWideCsv([report]))];
          if (mutate) row[at % row.length] = value;
          const edition = row[0] as Edition;
          const fast = compiledRead(row, columns, edition);
          const slow = readCellsViaSchema(row, columns, 2, edition);
          if (!mutate) expect(fast).toBeDefined();
          if (fast) {
            expect(slow.success).toBe(true);
            expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.success && slow.report));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a refused row is still explained by the schema, with its record number', () => {
    const text = toWideCsv([]).trimEnd();
    const [r] = fromWideCsv(
      `${text}\n${columns.map((e) => (e.name === 'edition' ? '2021' : e.name === 'reportYear' ? 'x' : '')).join(',')}\n`,
    );
    expect(r?.success).toBe(false);
    if (r && !r.success) expect(r.issues[0]?.message.en).toMatch(/CSV record 2/);
  });
});
