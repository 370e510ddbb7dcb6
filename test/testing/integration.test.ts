/**
 * Written only against `ogi-report/testing` (and the integration under test): what an integrator's own
 * test looks like. It must catch the deliberately broken integration.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRequestRegister, assertBreaks, assertConsistent } from 'ogi-report/testing';
import { buildReport, buildReportBuggy } from '../../examples/integration.js';

describe('an integration tested with ogi-report/testing', () => {
  it('the correct integration passes for any register', () => {
    fc.assert(
      fc.property(arbitraryRequestRegister('2021', [2022, 2023]), (register) =>
        assertConsistent(buildReport(register, 2023), { rules: { R0: 'off' } }),
      ),
    );
  });

  it('the broken integration is caught, with the findings in the failure message', () => {
    const register = [{ id: 'A', applicant: 'naturalPerson' as const, received: '2023-12-30' }];
    expect(() => assertConsistent(buildReportBuggy(register, 2023), { rules: { R0: 'off' }, locale: 'en' })).toThrow(
      /R1 BALANCE_BROKEN/,
    );
    assertBreaks(buildReportBuggy(register, 2023), 'R1', 'requests.carriedForward.naturalPerson');
  });
});
