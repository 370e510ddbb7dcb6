import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, toJSON } from '../../src/index.js';
import {
  arbitraryCorruption,
  arbitraryReport,
  assertBreaks,
  assertConsistent,
  consistentReport2019,
  consistentReport2021,
  seedReport,
  seedText,
} from '../../src/testing/index.js';

describe('ogi-report/testing', () => {
  it('ships consistent fixtures of both editions', () => {
    assertConsistent(consistentReport2019);
    assertConsistent(consistentReport2021);
    expect([consistentReport2019.edition, consistentReport2021.edition]).toEqual(['2019', '2021']);
  });

  it('ships the seed as published, which reads into the seed fixture', () => {
    expect(seedText).toBe(readFileSync(new URL('../../examples/yancheng-hrss-2020.txt', import.meta.url), 'utf8'));
    const { report } = parseReport(seedText, { agency: seedReport.agency });
    const tables = (r: object) => ({ ...r, overview: '', problems: '', otherMatters: '' });
    expect(toJSON(tables(report!) as never)).toBe(toJSON(tables(seedReport) as never));
  });

  it('assertConsistent fails with the formatted findings', () => {
    try {
      assertConsistent(seedReport, { locale: 'en' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).name).toBe('AssertionError');
      expect((e as Error).message).toContain(
        '[R3 APPLICANT_SUM_BROKEN] Table III · 3. Outcomes this year · (7) Total · Total',
      );
      expect((e as { findings: unknown[] }).findings.length).toBe(4);
    }
    expect(() => assertConsistent(seedReport, { failOn: 'error', rules: { R1: 'off', R3: 'off' } })).not.toThrow();
  });

  it('each corruption breaks the rule it names, at the cell it names', () => {
    fc.assert(
      fc.property(arbitraryCorruption(), (c) => assertBreaks(c.report, c.breaks, c.key)),
      { numRuns: 200 },
    );
  });

  it('assertBreaks fails when the rule holds', () => {
    expect(() => assertBreaks(consistentReport2021, 'R3')).toThrow(/Expected R3 to be broken/);
  });

  it('consistent arbitraries pass assertConsistent', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), (r) => assertConsistent(r)),
      { numRuns: 50 },
    );
  });
});
