import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  compareReports,
  computeIndicators,
  convertEdition,
  emptyReport,
  getCell,
  layoutOf,
  money,
  setCell,
  setCells,
  sumReports,
  type Report,
  type Report2019,
  type Report2021,
  type Edition,
} from '../../src/index.js';
import { seedReport } from '../../examples/seedReport.js';
import { consistentReport2021 as report2021 } from '../../src/testing/index.js';
import { arbitraryReport } from '../../src/testing/index.js';
import { byValue } from '../helpers.js';

const agency = { name: '某某市人民政府' };
const sum = (rs: readonly Report[]) => {
  const r = sumReports(rs, { agency, reportYear: rs[0]?.edition === '2019' ? 2020 : 2023 });
  if (!r.success) throw new Error(r.issues[0]?.message.en);
  return r.report;
};
const sameEdition = (e: Edition, min = 1, max = 4) =>
  fc.array(arbitraryReport({ edition: e, smallCounts: true }), { minLength: min, maxLength: max });

describe('sumReports', () => {
  it('is commutative and associative (blank, not applicable and money included)', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom('2019', '2021')
          .chain((e) => fc.tuple(sameEdition(e, 1, 3), sameEdition(e, 1, 3), sameEdition(e, 1, 3))),
        ([a, b, c]) => {
          const all = sum([...a, ...b, ...c]);
          expect(byValue(sum([...c, ...b, ...a]))).toEqual(byValue(all));
          expect(byValue(sum([sum(a), sum([...b, ...c])]))).toEqual(byValue(all));
          expect(byValue(sum([sum([...a, ...b]), sum(c)]))).toEqual(byValue(all));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the sum of consistent reports is consistent', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom('2019', '2021')
          .chain((e) => fc.array(arbitraryReport({ consistent: true, edition: e }), { minLength: 1, maxLength: 5 })),
        (rs) => {
          expect(checkReport(sum(rs)).findings.filter((f) => f.severity !== 'info')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a blank part leaves the sum blank and says what is known: a lower bound, never a silent zero', () => {
    const a = setCell(report2021, 'requests.received.naturalPerson', null);
    const r = sumReports([a, report2021], { agency });
    if (!r.success) throw new Error('should sum');
    expect(r.report.scope).toBe('aggregate');
    expect((r.report as Report2021).requests.received.naturalPerson).toBeNull();
    expect(r.partial).toEqual([
      {
        key: 'requests.received.naturalPerson',
        where: expect.any(Object),
        known: report2021.requests.received.naturalPerson,
        lowerBound: true,
        blankIn: ['某某市数据局'],
      },
    ]);
  });

  it('adds money exactly: 83万元 + 251000元 = 1081000元', () => {
    const r19 = (m: ReturnType<typeof money>) =>
      setCell(
        emptyReport({ edition: '2019', reportYear: 2020, agency: { name: 'x' } }),
        'proactiveDisclosure.procurement.totalAmount',
        m,
      );
    const total = sum([r19(money('83', '万元')), r19(money('251000', '元')), r19(money('0.1', '元'))]) as Report2019;
    const m = total.proactiveDisclosure.procurement.totalAmount;
    expect(m !== null && m !== 'NA' && [m.amount.toFixed(), m.unit]).toEqual(['1081000.1', '元']);
  });

  it('refuses mixed editions, nothing to sum, and sums beyond the safe integers', () => {
    const mixed = sumReports([seedReport, report2021], { agency });
    expect(mixed.success ? [] : mixed.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_EDITION', [1, 'edition']],
    ]);
    expect(sumReports([], { agency }).success).toBe(false);
    const big = setCell(report2021, 'requests.received.total', Number.MAX_SAFE_INTEGER);
    const over = sumReports([big, big], { agency });
    expect(over.success ? [] : over.issues.map((i) => i.code)).toEqual(['UNSAFE_INTEGER']);
    const years = sumReports([seedReport, { ...seedReport, reportYear: 2019 } as Report], { agency });
    expect(years.success).toBe(false);
  });
});

describe('R10: an aggregate equals the sum of what it aggregates', () => {
  it('catches any single changed cell of an aggregate, naming the children that fed it', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom('2019', '2021')
          .chain((e) =>
            fc.tuple(
              fc.array(arbitraryReport({ consistent: true, edition: e }), { minLength: 1, maxLength: 4 }),
              fc.constantFrom(...layoutOf(e).cells),
              fc.integer({ min: 1, max: 9 }),
            ),
          ),
        ([children, cell, by]) => {
          const total = sum(children);
          expect(checkReport(total, { children }).findings.filter((f) => f.rule === 'R10')).toEqual([]);
          const old = getCell(total, cell.key as never) as unknown;
          const next =
            old === 'NA'
              ? cell.column.kind === 'money'
                ? money(by, '元')
                : by
              : cell.column.kind === 'money'
                ? money(
                    (old as { amount: { plus: (n: number) => { toFixed: () => string } } }).amount.plus(by).toFixed(),
                    (old as { unit: '元' }).unit,
                  )
                : (old as number) + by;
          const changed = setCell(total, cell.key as never, next as never);
          const hit = checkReport(changed, { children }).findings.filter(
            (f) => f.rule === 'R10' && f.status === 'broken',
          );
          expect(hit.map((f) => f.location.key)).toEqual([cell.key]);
          expect(hit[0]?.operands.filter((o) => o.report === 'child').map((o) => o.source?.index)).toEqual(
            children.map((_, i) => i),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('applies only to aggregate reports given their children; other editions are said not assessable', () => {
    const self = { ...report2021, scope: 'self' } as Report;
    expect(checkReport(self, { children: [report2021, report2021] }).findings.some((f) => f.rule === 'R10')).toBe(
      false,
    );
    const agg = sum([report2021]);
    expect(checkReport(agg).findings.some((f) => f.rule === 'R10')).toBe(false);
    const f = checkReport(agg, { children: [seedReport] }).findings.filter((x) => x.rule === 'R10');
    expect(f.map((x) => [x.code, x.severity])).toEqual([['ROLL_UP_NOT_ASSESSABLE', 'info']]);
  });
});

describe('convertEdition', () => {
  it('there and back keeps every cell both editions have', () => {
    fc.assert(
      fc.property(arbitraryReport(), (r) => {
        const other = r.edition === '2019' ? '2021' : '2019';
        const back = convertEdition(convertEdition(r, other).report, r.edition).report;
        const shared = layoutOf(r.edition).cells.filter((c) => layoutOf(other).cellByKey.has(c.key));
        for (const c of shared)
          expect(byValue({ v: getCell(back, c.key as never) } as never)).toEqual(
            byValue({ v: getCell(r, c.key as never) } as never),
          );
        expect([back.overview, back.agency, back.reportYear]).toEqual([r.overview, r.agency, r.reportYear]);
      }),
      { numRuns: 100 },
    );
  });

  it('2021 → 2019 folds （六）’s three items into one and lists what has no place', () => {
    const { report, notCarried, folded } = convertEdition(report2021, '2019');
    expect(report.requests.outcomes.other.naturalPerson).toBe(1); // other.feeUnpaid of S-5
    expect(folded).toContain('requests.outcomes.other.total');
    expect(notCarried.map((n) => n.key)).toEqual([
      'proactiveDisclosure.regulations.issued',
      'proactiveDisclosure.regulations.repealed',
      'proactiveDisclosure.regulations.inForce',
      'proactiveDisclosure.normativeDocuments.issued',
      'proactiveDisclosure.normativeDocuments.repealed',
      'proactiveDisclosure.normativeDocuments.inForce',
      'proactiveDisclosure.fees.amount',
    ]);
    expect(report.proactiveDisclosure.licensing.decisions).toBe(1520);
  });

  it('2019 → 2021 lists 本年增/减, 政府集中采购 and the unsplittable （六） with their values', () => {
    const { report, notCarried } = convertEdition(seedReport, '2021');
    const keys = notCarried.map((n) => n.key);
    expect(keys).toContain('proactiveDisclosure.licensing.change');
    expect(keys).toContain('proactiveDisclosure.procurement.totalAmount');
    expect(notCarried.find((n) => n.key === 'requests.outcomes.other.total')?.reason.en).toContain('cannot be done');
    expect(report.requests.outcomes.other.other.total).toBeNull();
    expect(report.requests.received.total).toBe(18);
  });
});

describe('compareReports', () => {
  it('gives exact absolute and relative change, blank-aware', () => {
    const later = setCells(report2021, {
      'requests.received.naturalPerson': 6,
      'requests.received.commercialEnterprise': null,
    });
    const { cells, unmatched } = compareReports(report2021, later);
    const at = (k: string) => cells.find((c) => c.key === k)!;
    expect([
      at('requests.received.naturalPerson').change?.toFixed(),
      at('requests.received.naturalPerson').relative?.toFixed(),
    ]).toEqual(['3', '1']);
    expect(at('requests.received.commercialEnterprise').note?.en).toContain('blank');
    expect(unmatched).toEqual([]);
    expect(compareReports(report2021, report2021).cells.every((c) => c.change === undefined || c.change.isZero())).toBe(
      true,
    );
  });

  it('across editions: compares where cells correspond, 2019’s （六） against 2021’s three items, and lists the rest', () => {
    const { cells, unmatched } = compareReports(seedReport, report2021);
    expect(cells.find((c) => c.key === 'requests.received.total')?.change?.toFixed()).toBe(
      String((report2021.requests.received.total as number) - 18),
    );
    const other = cells.find((c) => c.key === 'requests.outcomes.other.total');
    expect([other?.before, other?.after]).toEqual([0, 1]);
    expect(unmatched.filter((u) => u.side === 'before').map((u) => u.key)).toContain(
      'proactiveDisclosure.procurement.totalAmount',
    );
    expect(unmatched.filter((u) => u.side === 'after').map((u) => u.key)).toContain('proactiveDisclosure.fees.amount');
    expect(unmatched.some((u) => u.key.startsWith('requests.outcomes.other.'))).toBe(false);
  });
});

describe('computeIndicators', () => {
  it('computes exact ratios with their definitions', () => {
    const ind = Object.fromEntries(computeIndicators(report2021).map((i) => [i.id, i]));
    expect(ind['disclosureRate']?.value?.toFixed(4)).toBe('0.2000');
    expect([ind['disclosureRate']?.numerator, ind['disclosureRate']?.denominator]).toEqual([1, 5]);
    expect(ind['organizationShare']?.value?.toFixed()).toBe('0.4'); // 2 of the 5 received in 2023
    expect(ind['reviewCorrectionRate']?.value?.toFixed()).toBe('1');
    expect(ind['carryForwardShare']?.value?.toFixed()).toBe(
      new (ind['carryForwardShare']!.value!.constructor as never as typeof import('decimal.js').Decimal)(1)
        .dividedBy(6)
        .toFixed(),
    );
  });

  it('is undefined, and says why, for blank cells or a zero denominator', () => {
    const ind = Object.fromEntries(computeIndicators(seedReport).map((i) => [i.id, i]));
    expect(ind['disclosureRate']?.value).toBeUndefined();
    expect(ind['disclosureRate']?.reason?.en).toContain('blank');
    expect(ind['reviewCorrectionRate']?.reason?.en).toBe('the denominator is 0');
  });
});

describe('R10 on money', () => {
  it('adds money exactly across units, and names a wrong aggregate amount', () => {
    const child = (amount: string, unit: '元' | '万元') =>
      setCell(report2021, 'proactiveDisclosure.fees.amount', money(amount, unit));
    const children = [child('0.092', '万元'), child('80', '元')];
    const total = sum(children) as Report2021;
    const fee = total.proactiveDisclosure.fees.amount;
    expect(fee !== null && fee !== 'NA' && [fee.amount.toFixed(), fee.unit]).toEqual(['0.1', '万元']);
    expect(checkReport(total, { children }).findings.filter((f) => f.rule === 'R10')).toEqual([]);
    const wrong = setCell(total, 'proactiveDisclosure.fees.amount', money('999', '元'));
    const f = checkReport(wrong, { children }).findings.filter((x) => x.rule === 'R10');
    expect(f.map((x) => [x.status, x.location.key, x.message.en])).toEqual([
      [
        'broken',
        'proactiveDisclosure.fees.amount',
        'Table II · Article 20 (8) · Administrative fees · Fees collected this year (10,000 yuan): the aggregate has 999 元, the reports it aggregates add up to 1000 元',
      ],
    ]);
  });
});

describe('indicator reasons (#33)', () => {
  it('name a blank cell of both the numerator and the denominator once', async () => {
    const { computeIndicators, setCells } = await import('../../src/index.js');
    const { consistentReport2021 } = await import('../../src/testing/index.js');
    const r = setCells(consistentReport2021, { 'reviewLitigation.review.corrected': null });
    const reason = computeIndicators(r).find((i) => i.id === 'reviewCorrectionRate')?.reason;
    expect(reason?.en.match(/Corrected/g)).toHaveLength(1);
  });
});
