/**
 * Exact arithmetic at the edge of the safe range (issue #15 C and D): every relation is evaluated
 * exactly, sums are exact or refused, money is added with no precision below the inputs' own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  Decimal,
  emptyReport,
  fillTotals,
  fromCsv,
  toCsv,
  layoutOf,
  money,
  setCells,
  sumReports,
  toJSON,
  fromJSON,
  type Report,
  type Report2021,
} from '../../src/index.js';
import { seedReport } from '../../src/testing/index.js';

const M = Number.MAX_SAFE_INTEGER;

/** A 2021 report with every cell 0, then `cells` set. */
function zeros2021(cells: Record<string, number>): Report2021 {
  const blank = emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某局' } });
  const all = Object.fromEntries(
    layoutOf('2021').cells.map((c) => [c.key, c.column.kind === 'money' ? money('0', '万元') : 0]),
  );
  return setCells(blank, { ...all, ...cells } as never) as Report2021;
}

const natural = (received: number, carried: number, disclosed: number, forward: number) =>
  zeros2021({
    'requests.received.naturalPerson': received,
    'requests.received.total': received,
    'requests.carriedOver.naturalPerson': carried,
    'requests.carriedOver.total': carried,
    'requests.outcomes.disclosed.naturalPerson': disclosed,
    'requests.outcomes.disclosed.total': disclosed,
    'requests.outcomes.total.naturalPerson': disclosed,
    'requests.outcomes.total.total': disclosed,
    'requests.carriedForward.naturalPerson': forward,
    'requests.carriedForward.total': forward,
  });

describe('checkReport: relations evaluated exactly', () => {
  it('received M + carried over 2 = disclosed M + carried forward 2 holds; carried over 1 is broken by 1', () => {
    const ok = checkReport(natural(M, 2, M, 2));
    expect(ok.findings.filter((f) => f.code === 'BALANCE_BROKEN')).toEqual([]);
    const off = checkReport(natural(M, 1, M, 2)).findings.filter((f) => f.code === 'BALANCE_BROKEN');
    expect(off.length).toBeGreaterThan(0);
    // The sums (M + 1, M + 2) are not safe integers: the message states them exactly, the number fields are left out.
    expect(off[0]?.message.en).toContain(`${BigInt(M) + 1n}`);
    expect(off[0]?.actual).toBeUndefined();
  });

  it('R10: an aggregate’s 本年增/减 of 2 against parts −M, M and 2 holds', () => {
    const child = (change: number): Report => setCells(seedReport, { 'proactiveDisclosure.licensing.change': change });
    const children = [child(-M), child(M), child(2)];
    const sum = sumReports(children, { agency: { name: '某市' } });
    expect(sum.success).toBe(true);
    if (!sum.success) return;
    expect((sum.report as typeof seedReport).proactiveDisclosure.licensing.change).toBe(2);
    const findings = checkReport(sum.report, { children }).findings.filter(
      (f) => f.rule === 'R10' && f.location.key === 'proactiveDisclosure.licensing.change',
    );
    expect(findings).toEqual([]);
  });

  it('agrees with an exact BigInt oracle on row totals near the limit', () => {
    const part = fc.oneof(fc.integer({ min: M - 3, max: M }), fc.integer({ min: 0, max: 3 }), fc.constant(0));
    fc.assert(
      fc.property(fc.array(part, { minLength: 6, maxLength: 6 }), fc.integer({ min: -2, max: 2 }), (parts, offset) => {
        const exact = parts.reduce((s, p) => s + BigInt(p), 0n) + BigInt(offset);
        const total = exact >= 0n && exact <= BigInt(M) ? Number(exact) : M - 1;
        const cols = layoutOf('2021').applicantColumns.map((c) => c.key);
        const r = zeros2021(
          Object.fromEntries([
            ...cols.map((c, i) => [`requests.received.${c}`, parts[i] as number]),
            ['requests.received.total', total],
          ]),
        );
        const holds = BigInt(total) === parts.reduce((s, p) => s + BigInt(p), 0n);
        const r3 = checkReport(r).findings.filter(
          (f) => f.rule === 'R3' && f.status === 'broken' && f.location.key === 'requests.received.total',
        );
        expect(r3.length === 0).toBe(holds);
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});

describe('exact sums', () => {
  it('sumReports refuses a count that leaves the safe range, with a coded issue', () => {
    const big = (n: number) => setCells(seedReport, { 'requests.received.naturalPerson': n });
    const r = sumReports([big(M), big(1)], { agency: { name: '某市' } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.code).toBe('UNSAFE_INTEGER');
  });

  it('sumReports adds money with no precision limit: a 51-digit amount stays exact, and R10 agrees', () => {
    const amount = `${'9'.repeat(45)}.123456`;
    const withFee = (a: string) =>
      setCells(seedReport, { 'proactiveDisclosure.procurement.totalAmount': money(a, '元') });
    const children = [withFee(amount), withFee('0.000001')];
    const sum = sumReports(children, { agency: { name: '某市' } });
    expect(sum.success).toBe(true);
    if (!sum.success) return;
    const cell = (sum.report as typeof seedReport).proactiveDisclosure.procurement.totalAmount;
    const fee = (cell as { amount: Decimal }).amount;
    expect(fee.toFixed()).toBe(`${'9'.repeat(45)}.123457`);
    expect(checkReport(sum.report, { children }).findings.filter((f) => f.rule === 'R10')).toEqual([]);
    // The amount handed out divides in the library's own (40-digit) context, never the exact one.
    expect(fee.dividedBy(3).precision()).toBeLessThanOrEqual(40);
  });

  it('fillTotals leaves a total blank rather than outside the safe range, and never writes −0', () => {
    const r = setCells(emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某局' } }), {
      'requests.received.naturalPerson': M,
      'requests.received.commercialEnterprise': 1,
      'requests.received.researchInstitution': 0,
      'requests.received.publicInterestOrganization': 0,
      'requests.received.legalServiceAgency': 0,
      'requests.received.otherOrganization': 0,
      'requests.carriedOver.naturalPerson': 0,
      'requests.carriedOver.commercialEnterprise': 0,
      'requests.carriedOver.researchInstitution': 0,
      'requests.carriedOver.publicInterestOrganization': 0,
      'requests.carriedOver.legalServiceAgency': 0,
      'requests.carriedOver.otherOrganization': 0,
    });
    const { report } = fillTotals(r);
    expect(report.requests.received.total).toBeNull();
    expect(Object.is(report.requests.carriedOver.total, -0)).toBe(false);
    expect(report.requests.carriedOver.total).toBe(0);
    expect(fromJSON(toJSON(report)).success).toBe(true);
  });
});

describe('sums through the unsafe range (issue #14, 7)', () => {
  it('alternating ±(2^53 − 1 − k) 本年增/减 cells sum exactly, and R10 agrees', () => {
    const parts = [0, 1, 2, 3, 4, 5].map((k) => (k % 2 === 0 ? 1 : -1) * (M - k));
    const children = parts.map((change) => setCells(seedReport, { 'proactiveDisclosure.licensing.change': change }));
    const exact = parts.reduce((s, p) => s + BigInt(p), 0n);
    const sum = sumReports(children, { agency: { name: '某市' } });
    expect(sum.success).toBe(true);
    if (!sum.success) return;
    expect(BigInt((sum.report as typeof seedReport).proactiveDisclosure.licensing.change as number)).toBe(exact);
    expect(
      checkReport(sum.report, { children }).findings.filter((f) => f.rule === 'R10' && f.status === 'broken'),
    ).toEqual([]);
  });

  it('fromCsv names a count written with leading zeros instead of reading 007 as 7', () => {
    const csv = toCsv(seedReport).replace('requests,received,naturalPerson,18', 'requests,received,naturalPerson,018');
    const r = fromCsv(csv);
    expect(r.success).toBe(false);
  });
});
