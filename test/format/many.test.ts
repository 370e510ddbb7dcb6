/** Many reports as data: one CSV file or one JSON Lines text for a whole dataset, a bad report on its own. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromCsvReports, fromJsonLines, toCsv, toJsonLines, type Report } from '../../src/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';
import { expectSameReport } from '../helpers.js';

describe('many reports in one CSV file', () => {
  it('toCsv(reports) writes one header; fromCsvReports gives every report back, in order', () => {
    fc.assert(
      fc.property(fc.array(arbitraryReport(), { minLength: 0, maxLength: 6 }), (reports) => {
        const text = toCsv(reports);
        expect(text.split('\n').filter((l) => l.startsWith('edition,')).length).toBe(1);
        const back = fromCsvReports(text);
        expect(back.length).toBe(reports.length);
        back.forEach((r, i) => {
          expect(r.success).toBe(true);
          if (r.success) expectSameReport(r.report, reports[i] as Report);
        });
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });

  it('two reports of one body and year, one after the other, are two reports', () => {
    const back = fromCsvReports(toCsv([seedReport, seedReport]));
    expect(back.map((r) => r.success)).toEqual([true, true]);
  });

  it('a bad report has its own issues, with its lines, and does not block the others', () => {
    const text = toCsv([seedReport, consistentReport2021, seedReport]);
    // The 2021 report's received.naturalPerson made negative: one bad cell in the second report.
    const broken = text.replace(/^(2021,[^\n]*,requests,received,naturalPerson,)\d+,/m, '$1-5,');
    expect(broken).not.toBe(text);
    const back = fromCsvReports(broken);
    expect(back.map((r) => r.success)).toEqual([true, false, true]);
    const bad = back[1];
    if (bad && !bad.success) expect(bad.issues.length).toBeGreaterThan(0);
    // One report read alone still says that a file of several is not one report.
    expect(fromCsv(text).success).toBe(false);
  });
});

describe('JSON Lines', () => {
  it('one report per line, each read back; a bad line is its own failure, named by its line', () => {
    fc.assert(
      fc.property(fc.array(arbitraryReport(), { maxLength: 5 }), (reports) => {
        const text = toJsonLines(reports);
        expect(text.split('\n').length).toBe(reports.length + 1);
        const back = fromJsonLines(text);
        expect(back.map((r) => (r.success ? r.report : undefined))).toEqual(reports);
      }),
      { numRuns: 40, seed: 20261201 },
    );
    const text = `${toJsonLines([seedReport])}{"edition":"2099"}\n\n${toJsonLines([consistentReport2021])}`;
    const back = fromJsonLines(text);
    expect(back.map((r) => r.success)).toEqual([true, false, true]);
    const bad = back[1];
    if (bad && !bad.success) expect(bad.issues[0].message.en).toMatch(/^line 2: /);
  });
});
