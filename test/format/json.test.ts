import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyReport,
  fromJSON,
  fromJSONOrThrow,
  isOgiReportError,
  money,
  setCells,
  toJSON,
  toJSONValue,
  type IssueCode,
  type Report,
} from '../../src/index.js';
import { arbitraryReport } from '../../src/testing/index.js';
import { expectSameReport } from '../helpers.js';

const base = setCells(emptyReport({ edition: '2019', reportYear: 2020, agency: { name: '盐城市人社局' } }), {
  'requests.received.naturalPerson': 18,
  'proactiveDisclosure.procurement.totalAmount': money('83', '万元'),
  'proactiveDisclosure.licensing.change': -2,
  'reviewLitigation.review.upheld': 'NA',
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
const json = (): any => JSON.parse(toJSON(base));

function issuesOf(input: unknown) {
  const result = fromJSON(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}
function expectIssue(input: unknown, code: IssueCode, path: (string | number)[]) {
  const issues = issuesOf(input);
  expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
  const found = issues.find((i) => i.code === code)!;
  expect(found.message.zh).not.toBe('');
  expect(found.message.en).not.toBe('');
  return found;
}

describe('toJSON / fromJSON', () => {
  it('round-trips arbitrary reports of both editions (Decimal by value)', () => {
    fc.assert(
      fc.property(arbitraryReport(), (r) => {
        const back = fromJSON(toJSON(r));
        expect(back.success).toBe(true);
        if (back.success) expectSameReport(back.report, r);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and canonical: same report, same text; re-serialising the read report gives the same text', () => {
    fc.assert(
      fc.property(arbitraryReport(), (r) => {
        const text = toJSON(r);
        expect(toJSON(r)).toBe(text);
        expect(toJSON(fromJSONOrThrow(text))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the spec layout: header, sections in printed order, blank as null, NA, money as decimal string and unit', () => {
    const v = json();
    expect(Object.keys(v)).toEqual([
      'edition',
      'reportYear',
      'agency',
      'scope',
      'overview',
      'proactiveDisclosure',
      'requests',
      'reviewLitigation',
      'problems',
      'otherMatters',
    ]);
    expect(v.requests.received).toEqual({
      naturalPerson: 18,
      commercialEnterprise: null,
      researchInstitution: null,
      publicInterestOrganization: null,
      legalServiceAgency: null,
      otherOrganization: null,
      total: null,
    });
    expect(v.proactiveDisclosure.procurement.totalAmount).toEqual({ amount: '83', unit: '万元' });
    expect(v.reviewLitigation.review.upheld).toBe('NA');
    expect(Object.keys(v.requests.outcomes)).toEqual([
      'disclosed',
      'partiallyDisclosed',
      'withheld',
      'unavailable',
      'notProcessed',
      'other',
      'total',
    ]);
  });

  it('keeps the three cell states apart: blank, not applicable and zero', () => {
    const r = setCells(base, {
      'requests.carriedOver.naturalPerson': 0,
      'requests.carriedOver.commercialEnterprise': 'NA',
    });
    const back = fromJSONOrThrow(toJSON(r)) as typeof r;
    expect([
      back.requests.carriedOver.naturalPerson,
      back.requests.carriedOver.commercialEnterprise,
      back.requests.carriedOver.total,
    ]).toEqual([0, 'NA', null]);
  });

  it('writes money exactly, never through a float', () => {
    const r = setCells(emptyReport({ edition: '2021', reportYear: 2022, agency: { name: 'x' } }), {
      'proactiveDisclosure.fees.amount': money('96171.6000000000000000001', '万元'),
    });
    expect(toJSONValue(r).proactiveDisclosure.fees.amount).toEqual({
      amount: '96171.6000000000000000001',
      unit: '万元',
    });
  });

  it('returns a deeply frozen report and accepts JSON text or a parsed value', () => {
    const fromText = fromJSONOrThrow(toJSON(base));
    const fromValue = fromJSONOrThrow(json());
    expectSameReport(fromText, fromValue);
    expect(Object.isFrozen(fromText)).toBe(true);
    expect(Object.isFrozen((fromText as Report & { requests: { received: object } }).requests.received)).toBe(true);
  });
});

describe('fromJSON on bad input: a coded issue at the right path, never a throw', () => {
  it('not JSON text', () => expectIssue('{"edition": ', 'INVALID_JSON', []));
  it('not an object', () => {
    for (const v of [null, undefined, 42, 'null', [], true, () => 1, Symbol('x'), 10n, new Map()]) {
      expect(issuesOf(v).length).toBeGreaterThan(0);
    }
  });
  it('unknown edition', () => expectIssue({ ...json(), edition: '2020' }, 'UNKNOWN_EDITION', ['edition']));
  it('missing edition', () => {
    const { edition: _, ...rest } = json();
    expectIssue(rest, 'MISSING_FIELD', ['edition']);
  });
  it('wrong types in the header', () => {
    expectIssue({ ...json(), reportYear: '2020' }, 'INVALID_TYPE', ['reportYear']);
    expectIssue({ ...json(), agency: 'x' }, 'INVALID_TYPE', ['agency']);
    expectIssue({ ...json(), overview: 5 }, 'INVALID_TYPE', ['overview']);
    expectIssue({ ...json(), reportYear: 2015 }, 'INVALID_VALUE', ['reportYear']);
    expectIssue({ ...json(), scope: 'all' }, 'INVALID_VALUE', ['scope']);
    expectIssue({ ...json(), agency: { name: '  ' } }, 'INVALID_VALUE', ['agency', 'name']);
  });
  const cell = (value: unknown, key = 'naturalPerson') => {
    const v = json();
    v.requests.received[key] = value;
    return v;
  };
  const at = ['requests', 'received', 'naturalPerson'];
  it('negative counts', () => {
    const i = expectIssue(cell(-1), 'NEGATIVE_COUNT', at);
    expect(i.location?.where?.zh).toBe('表三 · 一、本年新收政府信息公开申请数量 · 自然人');
  });
  it('fractions', () => expectIssue(cell(1.5), 'NOT_INTEGER', at));
  it('NaN and Infinity', () => {
    expectIssue(cell(Number.NaN), 'NOT_FINITE', at);
    expectIssue(cell(Number.POSITIVE_INFINITY), 'NOT_FINITE', at);
    expectIssue(cell(Number.NEGATIVE_INFINITY), 'NOT_FINITE', at);
  });
  it('numbers above MAX_SAFE_INTEGER', () => {
    expectIssue(cell(Number.MAX_SAFE_INTEGER + 1), 'UNSAFE_INTEGER', at);
    expectIssue('{"edition":"2019"}'.replace('}', ',"x":1}'), 'UNKNOWN_FIELD', ['x']);
  });
  it('strings where numbers belong', () => {
    expectIssue(cell('5'), 'INVALID_CELL', at);
    expectIssue(cell(true), 'INVALID_CELL', at);
    expectIssue(cell({}), 'INVALID_CELL', at);
  });
  it('a signed change may be negative but not fractional', () => {
    const v = json();
    v.proactiveDisclosure.licensing.change = -2.5;
    expectIssue(v, 'NOT_INTEGER', ['proactiveDisclosure', 'licensing', 'change']);
  });
  it('bad money: floats, negative or malformed amounts, unknown units', () => {
    const with_ = (m: unknown) => {
      const v = json();
      v.proactiveDisclosure.procurement.totalAmount = m;
      return v;
    };
    const p = ['proactiveDisclosure', 'procurement', 'totalAmount'];
    expectIssue(with_(830000.5), 'INVALID_MONEY', p);
    expectIssue(with_({ amount: '-1', unit: '元' }), 'INVALID_MONEY', [...p, 'amount']);
    expectIssue(with_({ amount: '1e5', unit: '元' }), 'INVALID_MONEY', [...p, 'amount']);
    expectIssue(with_({ amount: 5, unit: '元' }), 'INVALID_MONEY', [...p, 'amount']);
    expectIssue(with_({ amount: '5', unit: '美元' }), 'INVALID_UNIT', [...p, 'unit']);
  });
  it('missing sections and rows', () => {
    const v = json();
    delete v.requests;
    expectIssue(v, 'MISSING_FIELD', ['requests']);
    const w = json();
    delete w.requests.outcomes.withheld.stateSecret;
    expectIssue(w, 'MISSING_FIELD', ['requests', 'outcomes', 'withheld', 'stateSecret']);
    const x = json();
    delete x.requests.received.total;
    const i = expectIssue(x, 'MISSING_FIELD', ['requests', 'received', 'total']);
    expect(i.location?.where?.en).toBe('Table III · 1. New requests received this year · Total');
  });
  it('extra keys, reported one by one', () => {
    const v = json();
    v.requests.received.subtotal = 3;
    v.comment = 'x';
    const issues = issuesOf(v);
    expect(issues.filter((i) => i.code === 'UNKNOWN_FIELD').map((i) => i.path)).toEqual([
      ['requests', 'received', 'subtotal'],
      ['comment'],
    ]);
  });
  it('rows of the other edition are unknown fields', () => {
    const v = json();
    v.requests.outcomes.other = { amendmentOverdue: {}, feeUnpaid: {}, other: {} };
    expect(issuesOf(v).some((i) => i.path.join('.').startsWith('requests.outcomes.other'))).toBe(true);
    const w = { ...json(), edition: '2021' };
    expect(issuesOf(w).map((i) => i.code)).toContain('UNKNOWN_FIELD');
  });
  it('__proto__ and constructor keys: reported, no prototype pollution', () => {
    const text = toJSON(base).replace(
      '"edition"',
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "edition"',
    );
    const issues = issuesOf(text);
    expect(issues.filter((i) => i.code === 'UNKNOWN_FIELD').map((i) => i.path)).toEqual([
      ['__proto__'],
      ['constructor'],
    ]);
    const nested = toJSON(base).replace('"naturalPerson": 18', '"naturalPerson": 18, "__proto__": {"total": 1}');
    expect(issuesOf(nested).map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_FIELD', ['requests', 'received', '__proto__']],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (input) => {
        const r = fromJSON(input);
        expect(r.success).toBe(false);
      }),
    );
    // corrupted valid reports: any one value replaced by anything
    const valid = json();
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      paths.push(p);
      if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(valid, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.anything(), (path, value) => {
        const copy = JSON.parse(JSON.stringify(valid));
        let node = copy;
        for (const seg of path.slice(0, -1)) node = node[seg];
        node[path.at(-1)!] = value;
        const r = fromJSON(copy);
        if (!r.success) for (const i of r.issues) expect(i.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it('fromJSONOrThrow throws one OgiReportError with the issues attached', () => {
    try {
      fromJSONOrThrow(cell(-1));
      expect.unreachable();
    } catch (e) {
      expect(isOgiReportError(e)).toBe(true);
      if (isOgiReportError(e)) {
        expect(e.code).toBe('INVALID_REPORT');
        expect(e.issues[0]?.code).toBe('NEGATIVE_COUNT');
      }
    }
  });
});
