import { arbitraryCorruption, assertBreaks, assertConsistent, consistentReport2021 } from 'ogi-report/testing';
import fc from 'fast-check';
import { buildReport, buildReportBuggy } from './integration.js';

// Fixtures that pass every rule, for your own tests.
assertConsistent(consistentReport2021);

// Your integration under test: the correct one passes, the broken one is caught.
const register = [{ id: 'A', applicant: 'naturalPerson' as const, received: '2023-12-30' }];
assertConsistent(buildReport(register, 2023), { rules: { R0: 'off' } });
try {
  assertConsistent(buildReportBuggy(register, 2023), { rules: { R0: 'off' }, locale: 'en' });
} catch (e) {
  console.log((e as Error).name, (e as Error).message.split('\n')[0]); // → AssertionError The report fails the checks (2):
}

// Corruptions that say which rule they break: does your pipeline catch each?
fc.assert(fc.property(arbitraryCorruption({ rules: ['R1', 'R3'] }), (c) => assertBreaks(c.report, c.breaks, c.key)), { numRuns: 20 });
console.log('every corruption caught'); // → every corruption caught
