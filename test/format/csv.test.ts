import { describe, expect, it } from 'vitest';
import { fromCsv, toCsv, type IssueCode } from '../../src/index.js';
import { consistentReport2021, seedReport } from '../../src/testing/index.js';
import { expectSameReport } from '../helpers.js';

const csv = toCsv(consistentReport2021);
const lines = csv.trimEnd().split('\n');
const codes = (text: string) => {
  const r = fromCsv(text);
  expect(r.success).toBe(false);
  return r.success ? [] : r.issues.map((i) => [i.code, i.message.en] as [IssueCode, string]);
};

describe('fromCsv', () => {
  it('reads Windows line ends and a byte-order mark (as spreadsheets write them)', () => {
    // The seed's prose has no line breaks, so every \n is a record separator.
    const r = fromCsv(`\uFEFF${toCsv(seedReport).replace(/\n/g, '\r\n')}`);
    if (!r.success) throw new Error(r.issues[0]?.message.en);
    expectSameReport(r.report, seedReport);
  });

  it('keeps prose with commas, quotes and line breaks', () => {
    const r = fromCsv(toCsv({ ...seedReport, overview: 'a, "b"\nc' }));
    expect(r.success && r.report.overview).toBe('a, "b"\nc');
  });

  it('refuses a wrong header, a malformed line, an unterminated quote', () => {
    expect(codes(csv.replace('edition,', 'edition;'))[0]?.[1]).toContain('CSV line 1: the header must be');
    expect(codes([...lines.slice(0, 5), 'x,y', ...lines.slice(5)].join('\n'))[0]?.[1]).toBe(
      'CSV line 6: expected 9 fields, found 2',
    );
    expect(codes(`${csv}2021,2023,"unclosed`)[0]?.[1]).toContain('unterminated quote');
    expect(codes('not csv')[0]?.[1]).toContain('header');
    expect(fromCsv(42 as never).success).toBe(false);
  });

  it('refuses unknown cells, cells given twice, missing cells, lines of another report, bad values', () => {
    const unknown = lines
      .map((l) => l.replace(',requests,received,naturalPerson,', ',requests,received,citizen,'))
      .join('\n');
    expect(codes(unknown)).toContainEqual([
      'UNKNOWN_FIELD',
      expect.stringContaining('edition 2021 has no requests.received.citizen'),
    ]);
    expect(codes([...lines, lines[5]].join('\n'))).toContainEqual([
      'INVALID_VALUE',
      expect.stringContaining('given twice'),
    ]);
    expect(codes(lines.filter((l) => !l.includes(',requests,received,total,')).join('\n'))).toContainEqual([
      'MISSING_FIELD',
      expect.stringContaining('missing from the CSV'),
    ]);
    expect(
      codes([...lines, lines[6]!.replace('某某市数据局', '别的局').replace(',requests,', ',x,')].join('\n'))[0]?.[1],
    ).toContain('differs from line 2');
    const bad = lines
      .map((l) => l.replace(',requests,received,naturalPerson,3,', ',requests,received,naturalPerson,three,'))
      .join('\n');
    expect(codes(bad)).toContainEqual(['INVALID_CELL', expect.stringContaining('got "three"')]);
    expect(codes(csv.replace(/^2021,/m, '2020,'))[0]?.[0]).toBe('UNKNOWN_EDITION');
    expect(
      codes(
        `${lines[0]}\n${lines
          .slice(1)
          .map((l) => l.replace(/,header,scope,,self,/, ',header,colour,,red,'))
          .join('\n')}`,
      ),
    ).toContainEqual(['UNKNOWN_FIELD', expect.stringContaining('unknown field colour')]);
  });
});
