import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  explainCell,
  getCell,
  layoutOf,
  tallyRequests,
  tallyReviewLitigation,
  type IssueCode,
  type Report,
  type RequestCase,
  type ReviewLitigationCase,
} from '../../src/index.js';
import { arbitraryRequestRegister } from '../../src/testing/index.js';

const R1_TO_R4 = { R0: 'off', R5: 'off', R6: 'off', R7: 'off', R8: 'on', R9: 'off' } as const;
const sectionFindings = (r: Report, previous?: Report) =>
  checkReport(r, previous ? { previous, rules: { ...R1_TO_R4, R5: 'on' } } : { rules: R1_TO_R4 }).findings;

describe('tallyRequests', () => {
  it('every tallied report satisfies R1–R4 exactly, with every cell of section 三 a count', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom('2019', '2021')
          .chain((e) =>
            fc.tuple(fc.constant(e), arbitraryRequestRegister(e, e === '2019' ? [2019, 2021] : [2021, 2024])),
          ),
        ([e, cases]) => {
          const year = e === '2019' ? 2020 : 2023;
          const t = tallyRequests(cases, { reportYear: year });
          if (!t.success) throw new Error(JSON.stringify(t.issues[0]));
          expect(sectionFindings(t.report)).toEqual([]);
          for (const c of layoutOf(e).cells.filter((x) => x.section.key === 'requests')) {
            expect(Number.isSafeInteger(getCell(t.report, c.key as never))).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for one register, year N’s 结转下年度 is year N+1’s 上年结转, column by column (R5)', () => {
    fc.assert(
      fc.property(arbitraryRequestRegister('2021', [2021, 2025]), (cases) => {
        const a = tallyRequests(cases, { reportYear: 2022 });
        const b = tallyRequests(cases, { reportYear: 2023 });
        if (!a.success || !b.success) throw new Error('register should be valid');
        expect(a.report.requests.carriedForward).toEqual(b.report.requests.carriedOver);
        expect(sectionFindings(b.report, a.report)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('crosses the 2020 → 2021 edition boundary: 2020’s carried forward is 2021’s carried over', () => {
    fc.assert(
      fc.property(arbitraryRequestRegister('2019', [2020, 2021]), (cases) => {
        // (六)其他处理 is one row in 2019 and three in 2021: a register spanning both uses the shared outcomes.
        const shared = cases.map((c) => (c.outcome === 'other' ? { ...c, outcome: 'disclosed' as const } : c));
        const a = tallyRequests(shared as RequestCase<'2019'>[], { reportYear: 2020 });
        const b = tallyRequests(shared as RequestCase<'2021'>[], { reportYear: 2021 });
        if (!a.success || !b.success) throw new Error('valid in both editions');
        expect(a.report.requests.carriedForward).toEqual(b.report.requests.carriedOver);
        expect(sectionFindings(b.report, a.report)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('provenance: per outcome row the case sets are disjoint, and each cell’s set has its count', () => {
    fc.assert(
      fc.property(arbitraryRequestRegister('2021', [2022, 2023]), (cases) => {
        const t = tallyRequests(cases, { reportYear: 2023 });
        if (!t.success) throw new Error('valid register');
        const layout = layoutOf('2021');
        for (const column of [...layoutOf('2021').applicantColumns.map((c) => c.key), 'total']) {
          const leaves = layout.rows.filter(
            (r) => r.section.key === 'requests' && r.path.startsWith('outcomes.') && r.path !== 'outcomes.total',
          );
          const sets = leaves.map((r) => explainCell(t, `requests.${r.path}.${column}` as never));
          const all = sets.flat();
          expect(new Set(all).size).toBe(all.length); // disjoint
          expect([...all].sort()).toEqual([...explainCell(t, `requests.outcomes.total.${column}` as never)].sort());
        }
        for (const c of layout.cells.filter((x) => x.section.key === 'requests')) {
          expect(explainCell(t, c.key as never)).toHaveLength(getCell(t.report, c.key as never) as number);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts by the dates: received, carried over, closed, carried forward, outside the year', () => {
    const cases: RequestCase<'2021'>[] = [
      {
        id: 'new-closed',
        applicant: 'naturalPerson',
        received: '2023-02-01',
        outcome: 'withheld.thirdPartyRights',
        closed: '2023-02-20',
      },
      { id: 'new-open', applicant: 'commercialEnterprise', received: '2023-12-31' },
      {
        id: 'old-closed',
        applicant: 'naturalPerson',
        received: '2022-12-20',
        outcome: 'other.feeUnpaid',
        closed: '2023-01-05',
      },
      { id: 'old-open', applicant: 'legalServiceAgency', received: '2022-11-01' },
      {
        id: 'closed-next-year',
        applicant: 'naturalPerson',
        received: '2023-12-30',
        outcome: 'disclosed',
        closed: '2024-01-03',
      },
      {
        id: 'done-before',
        applicant: 'naturalPerson',
        received: '2022-01-01',
        outcome: 'disclosed',
        closed: '2022-12-31',
      },
      { id: 'future', applicant: 'naturalPerson', received: '2024-01-01' },
    ];
    const t = tallyRequests(cases, { reportYear: 2023, agency: { name: '某某局' } });
    if (!t.success) throw new Error('valid');
    const r = t.report.requests;
    expect([r.received.total, r.carriedOver.total, r.outcomes.total.total, r.carriedForward.total]).toEqual([
      3, 2, 2, 3,
    ]);
    expect(r.outcomes.withheld.thirdPartyRights.naturalPerson).toBe(1);
    expect(r.outcomes.other.feeUnpaid.naturalPerson).toBe(1);
    expect(t.outsideYear).toEqual(['done-before', 'future']);
    expect(explainCell(t, 'requests.carriedForward.total')).toEqual(['new-open', 'old-open', 'closed-next-year']);
    expect(explainCell(t, 'requests.received.naturalPerson')).toEqual(['new-closed', 'closed-next-year']);
    expect(t.report.agency.name).toBe('某某局');
    expect(t.report.reviewLitigation.review.total).toBeNull();
  });

  const bad = (
    cases: unknown[],
    code: IssueCode,
    options: Parameters<typeof tallyRequests>[1] = { reportYear: 2023 },
  ) => {
    const t = tallyRequests(cases as RequestCase[], options);
    expect(t.success).toBe(false);
    const issues = t.success ? [] : t.issues;
    expect(issues.map((i) => i.code)).toContain(code);
    return issues.find((i) => i.code === code)!;
  };
  const ok = { id: 'X', applicant: 'naturalPerson', received: '2023-01-01' };

  it('refuses each class of bad record with a coded issue naming the case, and no table', () => {
    expect(bad([{ ...ok, applicant: 'citizen' }], 'UNKNOWN_APPLICANT').caseId).toBe('X');
    expect(bad([{ ...ok, outcome: 'refused', closed: '2023-02-01' }], 'UNKNOWN_OUTCOME').path).toEqual([0, 'outcome']);
    const e = bad(
      [{ ...ok, outcome: 'other.feeUnpaid', closed: '2020-02-01', received: '2020-01-01' }],
      'OUTCOME_NOT_IN_EDITION',
      { reportYear: 2020 },
    );
    expect(e.message.en).toContain('edition 2019');
    expect(bad([{ ...ok, outcome: 'disclosed', closed: '2022-12-01' }], 'CLOSED_BEFORE_RECEIVED').path).toEqual([
      0,
      'closed',
    ]);
    expect(bad([ok, { ...ok }], 'DUPLICATE_ID').path).toEqual([1, 'id']);
    bad([{ ...ok, id: '' }], 'INVALID_ID');
    bad([{ ...ok, received: '2023-02-30' }], 'INVALID_DATE');
    bad([{ ...ok, received: '01/02/2023' }], 'INVALID_DATE'); // month or day first: either reading
    bad([{ ...ok, received: '2023年2月30日' }], 'INVALID_DATE');
    bad([{ ...ok, received: 20230101 }], 'INVALID_DATE');
    bad([{ ...ok, received: '1999-01-01' }], 'DATE_OUT_OF_RANGE');
    bad([{ ...ok, outcome: 'disclosed' }], 'OUTCOME_WITHOUT_DATE');
    bad([{ ...ok, closed: '2023-03-01' }], 'DATE_WITHOUT_OUTCOME');
    bad([null], 'INVALID_CASE');
    bad([ok], 'INVALID_OPTIONS', { reportYear: 2015 });
    bad([ok], 'INVALID_OPTIONS', { reportYear: 2023, edition: '2019' });
    expect(tallyRequests('nope' as never, { reportYear: 2023 }).success).toBe(false);
  });

  it('reports every bad record, not only the first', () => {
    const t = tallyRequests([{ ...ok, applicant: 'x' }, { ...ok, id: 'Y', received: 'x' }, ok] as RequestCase[], {
      reportYear: 2023,
    });
    expect(t.success ? [] : t.issues.map((i) => [i.code, i.caseId])).toEqual([
      ['UNKNOWN_APPLICANT', 'X'],
      ['INVALID_DATE', 'Y'],
      ['DUPLICATE_ID', 'X'],
    ]);
  });

  it('never throws, whatever the register holds', () => {
    fc.assert(fc.property(fc.array(fc.anything()), (junk) => void tallyRequests(junk as never, { reportYear: 2023 })));
  });

  it('does not mutate the register', () => {
    const cases = [{ ...ok }];
    const before = JSON.stringify(cases);
    tallyRequests(cases as RequestCase[], { reportYear: 2023 });
    expect(JSON.stringify(cases)).toBe(before);
  });
});

describe('tallyReviewLitigation', () => {
  const cases: ReviewLitigationCase[] = [
    { id: 'F1', kind: 'review', filed: '2023-03-01', result: 'upheld', decided: '2023-05-01' },
    { id: 'F2', kind: 'review', filed: '2023-11-01' },
    { id: 'F3', kind: 'litigationDirect', filed: '2022-12-01', result: 'corrected', decided: '2023-02-01' },
    { id: 'F4', kind: 'litigationAfterReview', filed: '2023-06-01', result: 'other', decided: '2024-02-01' },
    { id: 'F5', kind: 'review', filed: '2022-01-01', result: 'upheld', decided: '2022-06-01' },
  ];

  it('counts decided cases by result and undecided ones as pending; R4 holds', () => {
    const t = tallyReviewLitigation(cases, { reportYear: 2023 });
    if (!t.success) throw new Error('valid');
    const rl = t.report.reviewLitigation;
    expect(rl.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 });
    expect(rl.litigationDirect).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    expect(rl.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(t.outsideYear).toEqual(['F5']);
    expect(explainCell(t, 'reviewLitigation.review.total')).toEqual(['F1', 'F2']);
    expect(explainCell(t, 'reviewLitigation.litigationAfterReview.pending')).toEqual(['F4']);
    expect(sectionFindings(t.report)).toEqual([]);
  });

  it('refuses bad records with coded issues', () => {
    const t = tallyReviewLitigation(
      [
        { id: 'A', kind: 'appeal', filed: '2023-01-01' },
        { id: 'B', kind: 'review', filed: '2023-01-01', result: 'won', decided: '2023-02-01' },
        { id: 'C', kind: 'review', filed: '2023-03-01', result: 'upheld', decided: '2023-02-01' },
        { id: 'C', kind: 'review', filed: '2023-03-01', result: 'upheld' },
      ] as never,
      { reportYear: 2023 },
    );
    expect(t.success ? [] : t.issues.map((i) => [i.code, i.caseId])).toEqual([
      ['UNKNOWN_KIND', 'A'],
      ['UNKNOWN_RESULT', 'B'],
      ['CLOSED_BEFORE_RECEIVED', 'C'],
      ['DUPLICATE_ID', 'C'],
      ['OUTCOME_WITHOUT_DATE', 'C'],
    ]);
  });
});
