import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOT_APPLICABLE,
  Decimal,
  editionForYear,
  emptyReport,
  getCell,
  isOgiReportError,
  layoutOf,
  money,
  setCell,
  setCells,
  toJSON,
  type Report,
  editions,
} from '../../src/index.js';
import { arbitraryReport } from '../../src/testing/index.js';

const agency = { name: '某某市某某局', code: '11320900MB1234567X', level: 'municipal' } as const;

function throwsCode(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (e) {
    expect(isOgiReportError(e)).toBe(true);
    expect((e as { code: string }).code).toBe(code);
    return e as Error;
  }
  throw new Error(`expected ${code} to be thrown`);
}

describe('editionForYear', () => {
  it('maps 2019–2020 to the trial edition and 2021 on to the 2021 edition', () => {
    expect([2019, 2020, 2021, 2022, 2050].map(editionForYear)).toEqual(['2019', '2019', '2021', '2021', '2021']);
  });
  it('refuses years before the first edition, and non-integers', () => {
    for (const y of [2018, 2008, 2020.5, Number.NaN]) throwsCode(() => editionForYear(y), 'NO_EDITION_FOR_YEAR');
  });
});

describe('emptyReport', () => {
  it.each(editions)('gives every cell of edition %s blank, not zero', (edition) => {
    const r = emptyReport({ edition, reportYear: edition === '2019' ? 2020 : 2024, agency });
    for (const c of layoutOf(edition).cells) expect(getCell(r as Report, c.key as never)).toBeNull();
    expect([r.overview, r.problems, r.otherMatters, r.scope]).toEqual(['', '', '', 'self']);
    expect(r.agency).toEqual(agency);
    expect(Object.isFrozen(r) && Object.isFrozen(r.requests.outcomes.withheld.stateSecret)).toBe(true);
  });
  it('refuses misuse with a coded error', () => {
    throwsCode(() => emptyReport({ edition: '2020' as never, reportYear: 2020, agency }), 'UNKNOWN_EDITION');
    throwsCode(() => emptyReport({ edition: '2019', reportYear: 2018, agency }), 'INVALID_ARGUMENT');
    throwsCode(() => emptyReport({ edition: '2019', reportYear: 2020, agency: { name: ' ' } }), 'INVALID_ARGUMENT');
    throwsCode(
      () => emptyReport({ edition: '2019', reportYear: 2020, agency: { name: 'x', level: 'city' as never } }),
      'INVALID_ARGUMENT',
    );
    throwsCode(
      () => emptyReport({ edition: '2019', reportYear: 2020, agency, scope: 'all' as never }),
      'INVALID_ARGUMENT',
    );
  });
});

describe('getCell / setCell / setCells', () => {
  const r19 = emptyReport({ edition: '2019', reportYear: 2020, agency });
  const r21 = emptyReport({ edition: '2021', reportYear: 2022, agency });

  it('reads and writes one cell by key, leaving every other cell alone', () => {
    const next = setCell(r19, 'requests.outcomes.withheld.stateSecret.naturalPerson', 3);
    expect(getCell(next, 'requests.outcomes.withheld.stateSecret.naturalPerson')).toBe(3);
    expect(next.requests.outcomes.withheld.stateSecret.naturalPerson).toBe(3);
    const changed = layoutOf('2019').cells.filter(
      (c) => getCell(next, c.key as never) !== getCell(r19, c.key as never),
    );
    expect(changed.map((c) => c.key)).toEqual(['requests.outcomes.withheld.stateSecret.naturalPerson']);
  });

  it('writes signed changes, money, zero, blank and not applicable', () => {
    const next = setCells(r19, {
      'proactiveDisclosure.licensing.change': -4,
      'proactiveDisclosure.procurement.totalAmount': money('3802895.90', '元'),
      'requests.received.total': 0,
      'requests.carriedOver.total': NOT_APPLICABLE,
    });
    expect(getCell(next, 'proactiveDisclosure.licensing.change')).toBe(-4);
    const m = getCell(next, 'proactiveDisclosure.procurement.totalAmount');
    expect(m !== null && m !== 'NA' && m.amount.equals(new Decimal('3802895.9'))).toBe(true);
    expect([getCell(next, 'requests.received.total'), getCell(next, 'requests.carriedOver.total')]).toEqual([0, 'NA']);
    expect(getCell(setCell(next, 'requests.received.total', null), 'requests.received.total')).toBeNull();
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(arbitraryReport(), fc.nat({ max: 1000 }), (r, n) => {
        const before = toJSON(r);
        const key =
          r.edition === '2019' ? 'requests.received.naturalPerson' : 'requests.outcomes.other.feeUnpaid.total';
        const next = setCells(r, { [key]: n } as never);
        expect(toJSON(r)).toBe(before);
        expect(getCell(next, key as never)).toBe(n);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses keys the edition does not have (for callers outside TypeScript)', () => {
    const e = throwsCode(
      () => setCell(r19, 'requests.outcomes.other.feeUnpaid.total' as never, 1 as never),
      'UNKNOWN_CELL',
    );
    expect(e.message).toContain('requests.outcomes.other.feeUnpaid.total');
    throwsCode(() => getCell(r21, 'proactiveDisclosure.procurement.projects' as never), 'UNKNOWN_CELL');
    throwsCode(() => getCell(r21, 'requests.outcomes' as never), 'UNKNOWN_CELL');
  });

  it('refuses values the cell cannot hold, naming the cell', () => {
    const cases: [string, unknown, string][] = [
      ['requests.received.total', -1, 'NEGATIVE_COUNT'],
      ['requests.received.total', 1.5, 'NOT_INTEGER'],
      ['requests.received.total', Number.NaN, 'NOT_FINITE'],
      ['requests.received.total', 2 ** 53, 'UNSAFE_INTEGER'],
      ['requests.received.total', '5', 'INVALID_CELL'],
      ['proactiveDisclosure.licensing.change', 0.5, 'NOT_INTEGER'],
      ['proactiveDisclosure.procurement.totalAmount', 830000, 'INVALID_MONEY'],
      ['proactiveDisclosure.procurement.totalAmount', { amount: new Decimal(-1), unit: '元' }, 'INVALID_MONEY'],
      ['proactiveDisclosure.procurement.totalAmount', { amount: new Decimal(1), unit: '$' }, 'INVALID_UNIT'],
    ];
    for (const [key, value, code] of cases) {
      const e = throwsCode(() => setCell(r19, key as never, value as never), 'INVALID_CELL_VALUE') as Error & {
        issues: { code: string }[];
      };
      expect(e.issues[0]?.code).toBe(code);
    }
  });
});

describe('money', () => {
  it('makes exact amounts from strings, Decimals and safe integers', () => {
    expect(money('0.092', '万元').amount.toFixed()).toBe('0.092');
    expect(money(new Decimal('96171.6'), '万元').amount.toFixed()).toBe('96171.6');
    expect(money(251000, '元').amount.toFixed()).toBe('251000');
  });
  it('refuses floats, negatives, malformed text and unknown units', () => {
    for (const a of [0.1, -1, '-1', '1e5', 'abc', new Decimal(Number.NaN), new Decimal(-2)]) {
      throwsCode(() => money(a, '元'), 'INVALID_ARGUMENT');
    }
    throwsCode(() => money('1', '美元' as never), 'INVALID_ARGUMENT');
  });
});

describe('emptyReport: a new report is drafted in the edition of its year', () => {
  it('refuses an edition the year is not reported in, and years the model does not hold', () => {
    expect(() => emptyReport({ edition: '2019', reportYear: 2024, agency: { name: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => emptyReport({ edition: '2021', reportYear: 1e10, agency: { name: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(emptyReport({ edition: '2019', reportYear: 2020, agency: { name: 'x' } }).edition).toBe('2019');
  });
});
