import { describe, expectTypeOf, it } from 'vitest';
import {
  checkReport,
  fromJSON,
  getCell,
  setCell,
  type CellKeyOf,
  type CellValue,
  type FoundCellKey,
  type Report,
  setRow,
  sumReports,
  tallyReviewLitigation,
  type RequestCase,
  tallyRequests,
  type OutcomeKeyOf,
  type Report2019,
  type Report2021,
  type ReviewLitigationCase,
  type RowKeyOf,
} from '../../src/index.js';

declare const r19: Report2019;
declare const r21: Report2021;

describe('typed builders', () => {
  it('a key from a finding reads and writes the cell it is about, whatever the report type', () => {
    const report = r21 as Report;
    const f = checkReport(report).findings[0];
    if (f?.location.key) {
      expectTypeOf(getCell(report, f.location.key)).toEqualTypeOf<CellValue>();
      setCell(report, f.location.key, 0);
    }
    const o = f?.operands[0];
    if (o) getCell(report, o.key);
    const issue = fromJSON('{}');
    if (!issue.success && issue.issues[0].location?.key) getCell(report, issue.issues[0].location.key);
    // A key written by hand is still checked against the edition:
    // @ts-expect-error — a 2021-only cell on a 2019 report
    getCell(r19, 'requests.outcomes.other.feeUnpaid.total');
    // @ts-expect-error — a 2021-only cell on a report of either edition
    getCell(report, 'requests.outcomes.other.feeUnpaid.total');
    // @ts-expect-error — a plain string is not a key
    getCell(r21, 'requests.received.nobody' as string);
    expectTypeOf<FoundCellKey>().toExtend<CellKeyOf<'2019'> | CellKeyOf<'2021'>>();
  });
  it('a value of the wrong type is reported on the value, not on the key (#34)', () => {
    setCell(r21, 'requests.received.total', 3);
    setCell(
      r21,
      'requests.received.total',
      // @ts-expect-error — a count cell takes a number: the error stands on this line, the value's
      '3',
    );
    setCell(
      r19,
      'proactiveDisclosure.procurement.totalAmount',
      // @ts-expect-error — a money cell takes money, not a number
      12,
    );
  });
  it('rows and outcomes are per edition', () => {
    setRow(r21, 'requests.outcomes.other.feeUnpaid', { total: 1 });
    // @ts-expect-error — a 2021-only row
    setRow(r19, 'requests.outcomes.other.feeUnpaid', { total: 1 });
    // @ts-expect-error — not a column of the row
    setRow(r21, 'requests.received', { subtotal: 1 });
    expectTypeOf<'other.feeUnpaid'>().toExtend<OutcomeKeyOf<'2021'>>();
    expectTypeOf<'other.feeUnpaid'>().not.toExtend<OutcomeKeyOf<'2019'>>();
    expectTypeOf<'other'>().toExtend<OutcomeKeyOf<'2019'>>();
    expectTypeOf<'total'>().not.toExtend<OutcomeKeyOf<'2021'>>();
    expectTypeOf<'proactiveDisclosure.procurement'>().toExtend<RowKeyOf<'2019'>>();
  });
  it('a typed register is checked against the edition; the tallies take unknown rows and check them at run time', () => {
    const typed: RequestCase<'2021'>[] = [
      { id: 'a', applicant: 'naturalPerson', received: '2023-01-01', outcome: 'other.feeUnpaid', closed: '2023-02-01' },
    ];
    tallyRequests<'2021'>(typed, { reportYear: 2023 });
    const old: RequestCase<'2019'>[] = [
      // @ts-expect-error — not an outcome of 2019
      { id: 'a', applicant: 'naturalPerson', received: '2020-01-01', outcome: 'other.feeUnpaid', closed: '2020-02-01' },
    ];
    // @ts-expect-error — not an applicant column
    const wrong: RequestCase[] = [{ id: 'a', applicant: 'total', received: '2023-01-01' }];
    // Rows from a spreadsheet or a database: unknown to the type system, validated by the tally.
    const rows: unknown[] = JSON.parse('[{"id":"a","applicant":"自然人","received":"2023-01-01"}]');
    expectTypeOf(tallyRequests(rows, { reportYear: 2023 }).success).toEqualTypeOf<boolean>();
    tallyReviewLitigation(rows, { reportYear: 2023 });
    void old;
    void wrong;
  });
});

describe('types that follow the data', () => {
  it('sumReports of one edition gives that edition’s report', () => {
    const r = sumReports([r21, r21], { agency: { name: 'x' } });
    if (r.success) expectTypeOf(r.report).toEqualTypeOf<Report2021>();
    const any = sumReports([r21 as Report], { agency: { name: 'x' } });
    if (any.success) expectTypeOf(any.report).toEqualTypeOf<Report>();
  });
});

describe('review and litigation cases', () => {
  it('take the rows and results of section 四', () => {
    expectTypeOf<ReviewLitigationCase['kind']>().toEqualTypeOf<
      'review' | 'litigationDirect' | 'litigationAfterReview'
    >();
    expectTypeOf<NonNullable<ReviewLitigationCase['result']>>().toEqualTypeOf<'upheld' | 'corrected' | 'other'>();
  });
});
