import { describe, expectTypeOf, it } from 'vitest';
import {
  emptyReport,
  getCell,
  setCell,
  setCells,
  type CellKeyOf,
  type CountCell,
  type MoneyCell,
  type Report,
  type Report2019,
  type Report2021,
  type SignedCell,
} from '../../src/index.js';

declare const r19: Report2019;
declare const r21: Report2021;
declare const any: Report;

describe('edition-specific rows and columns', () => {
  it('types cells by their value kind', () => {
    expectTypeOf(r19.requests.outcomes.withheld.stateSecret.naturalPerson).toEqualTypeOf<CountCell>();
    expectTypeOf(r19.proactiveDisclosure.licensing.change).toEqualTypeOf<SignedCell>();
    expectTypeOf(r19.proactiveDisclosure.procurement.totalAmount).toEqualTypeOf<MoneyCell>();
    expectTypeOf(r21.proactiveDisclosure.fees.amount).toEqualTypeOf<MoneyCell>();
    expectTypeOf(r21.requests.outcomes.other.feeUnpaid.total).toEqualTypeOf<CountCell>();
    expectTypeOf(r19.requests.outcomes.other.total).toEqualTypeOf<CountCell>();
  });

  it('rejects 2021-only rows and columns on a 2019 report', () => {
    // @ts-expect-error — （六）其他处理 is a single row in 2019
    void r19.requests.outcomes.other.feeUnpaid;
    // @ts-expect-error — 本年制发件数 is a 2021 column
    void r19.proactiveDisclosure.regulations.issued;
    // @ts-expect-error
    setCell(r19, 'requests.outcomes.other.amendmentOverdue.total', 1);
    // @ts-expect-error
    getCell(r19, 'proactiveDisclosure.fees.amount');
  });

  it('rejects 2019-only rows and columns on a 2021 report', () => {
    // @ts-expect-error — 政府集中采购 was removed in 2021
    void r21.proactiveDisclosure.procurement;
    // @ts-expect-error — 其他对外管理服务事项 was removed in 2021
    void r21.proactiveDisclosure.otherServices;
    // @ts-expect-error — 本年增/减 was removed in 2021
    setCell(r21, 'proactiveDisclosure.licensing.change', 1);
    // @ts-expect-error
    setCells(r21, { 'requests.outcomes.other.total': 1 });
  });

  it('allows only shared keys on a report of unknown edition, and narrows on edition', () => {
    setCell(any, 'requests.received.total', 1);
    // @ts-expect-error
    setCell(any, 'requests.outcomes.other.total', 1);
    if (any.edition === '2021') expectTypeOf(any).toEqualTypeOf<Report2021>();
  });

  it('types values by cell', () => {
    // @ts-expect-error — money cell takes Money, not a number
    setCell(r19, 'proactiveDisclosure.procurement.totalAmount', 830000);
    // @ts-expect-error — count cell takes a number
    setCell(r19, 'requests.received.total', '18');
    setCell(r19, 'requests.received.total', 'NA');
    setCell(r19, 'requests.received.total', null);
    expectTypeOf(getCell(r21, 'proactiveDisclosure.fees.amount')).toEqualTypeOf<MoneyCell>();
  });

  it('keeps the edition through builders', () => {
    expectTypeOf(emptyReport({ edition: '2021', reportYear: 2022, agency: { name: 'x' } })).toEqualTypeOf<Report2021>();
    expectTypeOf(setCell(r19, 'requests.received.total', 1)).toEqualTypeOf<Report2019>();
  });

  it('derives the key unions from the template', () => {
    expectTypeOf<'requests.outcomes.other.feeUnpaid.total'>().toExtend<CellKeyOf<'2021'>>();
    expectTypeOf<'requests.outcomes.other.feeUnpaid.total'>().not.toExtend<CellKeyOf<'2019'>>();
    expectTypeOf<'proactiveDisclosure.procurement.totalAmount'>().toExtend<CellKeyOf<'2019'>>();
  });
});
