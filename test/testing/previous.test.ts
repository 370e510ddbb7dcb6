import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport, parseReport } from '../../src/index.js';
import {
  arbitraryReport,
  asPublished,
  consistentReport2019,
  consistentReport2021,
  previousReportOf,
} from '../../src/testing/index.js';

describe('previousReportOf', () => {
  it('gives last year’s report that R5–R7 find consistent with this year’s, every cross-year relation assessed', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), (r) => {
        const previous = previousReportOf(r);
        if (!previous) return;
        expect(previous.reportYear).toBe(r.reportYear - 1);
        const cross = checkReport(r, { previous }).findings.filter((f) => ['R5', 'R6', 'R7'].includes(f.rule));
        // Nothing broken, and nothing left open but a rule the year before's edition has no cells for.
        expect(cross.filter((f) => f.status !== 'not_assessable' || f.location.where.en !== 'Previous report')).toEqual(
          [],
        );
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('has no report for a year no edition covers', () => {
    expect(previousReportOf({ ...consistentReport2019, reportYear: 2019 })).toBeUndefined();
  });

  it('is the evidence that splits a section-二 run on one line (R6), which stays blank without it', () => {
    const report = { ...consistentReport2021, reportYear: 2023 };
    const { text } = asPublished(report, 'oneLine');
    const options = { agency: report.agency, reportYear: 2023, edition: '2021' } as const;
    const alone = parseReport(text, options);
    const previous = previousReportOf(report);
    const both = parseReport(text, { ...options, ...(previous && { previous }) });
    const key = 'normativeDocuments' as const;
    expect(both.report?.proactiveDisclosure[key]).toEqual(report.proactiveDisclosure[key]);
    if (JSON.stringify(alone.report?.proactiveDisclosure[key]) !== JSON.stringify(report.proactiveDisclosure[key]))
      expect(alone.findings.some((f) => f.code === 'DIGITS_AMBIGUOUS' && f.location?.row === key)).toBe(true);
  });
});
