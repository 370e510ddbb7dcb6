import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  emptyReport,
  fillTotals,
  layoutOf,
  setCells,
  setRow,
  setSection,
  toJSON,
  type Report,
} from '../../src/index.js';
import { arbitraryReport } from '../../src/testing/index.js';

const derived = (r: Report) =>
  Object.fromEntries(
    layoutOf(r.edition)
      .cells.filter(
        (c) =>
          c.section.key !== 'proactiveDisclosure' &&
          (c.column.role === 'total' || c.row.role === 'total' || c.path === 'carriedForward'),
      )
      .map((c) => [c.key, null]),
  );

describe('fillTotals', () => {
  it('recomputes every derived cell of a consistent report from its parts', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), (r) => {
        const stripped = setCells(r, derived(r) as never);
        const { report, findings, changes } = fillTotals(stripped, { carriedForward: true });
        expect(toJSON(report)).toBe(toJSON(r));
        expect(findings).toEqual([]);
        expect(changes.every((c) => c.from === null)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps reported totals and reports each conflict as a finding; overwrite replaces them and says so', () => {
    const base = emptyReport({ edition: '2021', reportYear: 2023, agency: { name: 'x' } });
    const r = setRow(base, 'requests.received', {
      naturalPerson: 3,
      commercialEnterprise: 1,
      researchInstitution: 0,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 5,
    });
    const kept = fillTotals(r);
    expect(kept.report.requests.received.total).toBe(5);
    expect(kept.findings.map((f) => [f.rule, f.location.key, f.expected, f.actual])).toEqual([
      ['R3', 'requests.received.total', 4, 5],
    ]);
    const replaced = fillTotals(r, { overwrite: true });
    expect(replaced.report.requests.received.total).toBe(4);
    expect(replaced.changes.map((c) => [c.key, c.from, c.to])).toEqual([['requests.received.total', 5, 4]]);
    expect(replaced.findings).toEqual([]);
  });

  it('leaves a total blank when a part is blank, counts not-applicable as 0', () => {
    const base = emptyReport({ edition: '2019', reportYear: 2020, agency: { name: 'x' } });
    const r = setSection(base, 'reviewLitigation', {
      review: { upheld: 1, corrected: 'NA', other: 0, pending: 2 },
      litigationDirect: { upheld: 1, corrected: null, other: 0, pending: 0 },
    });
    const { report } = fillTotals(r);
    expect([report.reviewLitigation.review.total, report.reviewLitigation.litigationDirect.total]).toEqual([3, null]);
  });

  it('computes 结转下年度 only on request, and never a negative one', () => {
    const base = emptyReport({ edition: '2021', reportYear: 2023, agency: { name: 'x' } });
    const zeros = {
      naturalPerson: 0,
      commercialEnterprise: 0,
      researchInstitution: 0,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
    };
    let r = setRow(base, 'requests.received', { ...zeros, naturalPerson: 5 });
    r = setRow(r, 'requests.carriedOver', zeros);
    for (const row of layoutOf('2021').rows.filter(
      (x) => x.path.startsWith('outcomes.') && x.path !== 'outcomes.total',
    )) {
      r = setRow(
        r,
        `requests.${row.path}` as never,
        { ...zeros, naturalPerson: row.path === 'outcomes.disclosed' ? 2 : 0 } as never,
      );
    }
    expect(fillTotals(r).report.requests.carriedForward.naturalPerson).toBeNull();
    const filled = fillTotals(r, { carriedForward: true }).report;
    expect([filled.requests.carriedForward.naturalPerson, filled.requests.carriedForward.total]).toEqual([3, 3]);
    expect(checkReport(filled).summary.errors).toBe(0);
    const over = setRow(r, 'requests.outcomes.disclosed', { naturalPerson: 9 });
    const neg = fillTotals(over, { carriedForward: true });
    expect(neg.report.requests.carriedForward.naturalPerson).toBeNull();
    expect(neg.findings.some((f) => f.rule === 'R1' && f.location.column === 'naturalPerson')).toBe(true);
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), (r) => {
        const stripped = setCells(r, derived(r) as never);
        const before = toJSON(stripped);
        fillTotals(stripped, { overwrite: true, carriedForward: true });
        expect(toJSON(stripped)).toBe(before);
      }),
      { numRuns: 20 },
    );
  });
});

describe('setRow / setSection', () => {
  const base = emptyReport({ edition: '2021', reportYear: 2023, agency: { name: 'x' } });
  it('sets part of a row, and prose', () => {
    const r = setSection(setRow(base, 'requests.outcomes.other.feeUnpaid', { naturalPerson: 2 }), 'overview', '概述');
    expect(r.requests.outcomes.other.feeUnpaid.naturalPerson).toBe(2);
    expect(r.requests.outcomes.other.feeUnpaid.total).toBeNull();
    expect(r.overview).toBe('概述');
    expect(base.overview).toBe('');
    expect(Object.isFrozen(r)).toBe(true);
  });
  it('refuses rows, columns and sections the edition lacks', () => {
    expect(() => setRow(base, 'proactiveDisclosure.procurement' as never, {} as never)).toThrow(/no data row/);
    expect(() => setRow(base, 'requests.received', { subtotal: 1 } as never)).toThrow(/no cell/);
    expect(() => setSection(base, 'requests', { outcomes: { other: { total: 1 } } } as never)).toThrow(/no cell/);
    expect(() => setSection(base, 'overview', 5 as never)).toThrow(/takes a string/);
  });
});
