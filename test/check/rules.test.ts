import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  layoutOf,
  formatFindings,
  rules,
  setCells,
  type CheckOptions,
  type Report,
  type RuleId,
  type Edition,
} from '../../src/index.js';
import { arbitraryReport } from '../../src/testing/index.js';

/** One consistent report per edition, fixed by seed so fixtures are reproducible. */
const sample = (edition: Edition, seed: number): Report =>
  fc.sample(arbitraryReport({ consistent: true, edition: edition }), { numRuns: 1, seed })[0]!;
const r19 = { ...sample('2019', 7), reportYear: 2020 } as Report;
const r21 = { ...sample('2021', 11), reportYear: 2022 } as Report;

function brokenBy(rule: RuleId, report: Report, options: CheckOptions = {}) {
  return checkReport(report, options).findings.filter((f) => f.rule === rule && f.status === 'broken');
}
const get = (r: Report, key: string): number | 'NA' => key.split('.').reduce<any>((n, k) => n[k], r);
const n = (v: number | 'NA'): number => (v === 'NA' ? 0 : v);
const bump = (r: Report, keys: string[], by = 1) =>
  setCells(r, Object.fromEntries(keys.map((k) => [k, n(get(r, k)) + by])) as never);

describe.each([
  ['2019', r19],
  ['2021', r21],
] as const)('edition %s fixtures', (_e, good) => {
  it('the passing fixture passes every rule', () => {
    expect(checkReport(good).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('R1: carried forward one too many in 自然人 (row total kept) breaks the balance in that column only', () => {
    const bad = bump(good, ['requests.carriedForward.naturalPerson', 'requests.carriedForward.total']);
    const f = brokenBy('R1', bad);
    expect(f.map((x) => x.location.column)).toEqual(['naturalPerson', 'total']);
    expect([f[0]?.actual! - f[0]?.expected!, f[0]?.delta]).toEqual([1, 1]);
    expect(brokenBy('R3', bad)).toEqual([]);
  });

  it('R2: one more 予以公开 (row total kept) breaks （七）总计 in that column', () => {
    const bad = bump(good, ['requests.outcomes.disclosed.naturalPerson', 'requests.outcomes.disclosed.total']);
    expect(brokenBy('R2', bad).map((x) => x.location.key)).toEqual([
      'requests.outcomes.total.naturalPerson',
      'requests.outcomes.total.total',
    ]);
  });

  it('R3: a wrong 总计 names that cell', () => {
    const f = brokenBy('R3', bump(good, ['requests.received.total'], 2));
    expect(f.map((x) => [x.location.key, x.delta])).toEqual([['requests.received.total', 2]]);
    expect(f[0]?.location.where.zh).toBe('表三 · 一、本年新收政府信息公开申请数量 · 总计');
  });

  it('R4: a wrong 行政诉讼 total names that cell', () => {
    const f = brokenBy('R4', bump(good, ['reviewLitigation.litigationAfterReview.total']));
    expect(f.map((x) => x.location.key)).toEqual(['reviewLitigation.litigationAfterReview.total']);
    expect(f[0]?.location.where.zh).toBe('表四 · 行政诉讼 › 复议后起诉 · 总计');
  });

  it('R5: this year’s 上年结转 must equal last year’s 结转下年度, column by column (warning)', () => {
    const prevYear = { ...good, reportYear: good.reportYear - 1 } as Report;
    const previous = setCells(prevYear, {
      'requests.carriedForward.naturalPerson': get(good, 'requests.carriedOver.naturalPerson'),
      ...Object.fromEntries(
        [
          ...layoutOf('2021')
            .applicantColumns.slice(1)
            .map((c) => c.key),
          'total',
        ].map((c) => [`requests.carriedForward.${c}`, get(good, `requests.carriedOver.${c}`)]),
      ),
    } as never);
    expect(brokenBy('R5', good, { previous })).toEqual([]);
    const off = bump(previous, ['requests.carriedForward.legalServiceAgency']);
    const f = brokenBy('R5', good, { previous: off });
    expect(f.map((x) => [x.location.key, x.severity])).toEqual([
      ['requests.carriedOver.legalServiceAgency', 'warning'],
    ]);
    expect(f[0]?.operands.map((o) => [o.report, o.key])).toEqual([
      ['current', 'requests.carriedOver.legalServiceAgency'],
      ['previous', 'requests.carriedForward.legalServiceAgency'],
    ]);
  });

  it('cross-year rules are not run against a report that is not the year before, and say why', () => {
    const { findings } = checkReport(good, { previous: good });
    expect(
      findings.filter(
        (f) =>
          ['R5', 'R6', 'R7'].includes(f.rule) &&
          f.status === 'broken' &&
          f.operands.some((o) => o.report === 'previous'),
      ),
    ).toEqual([]);
    expect(findings.find((f) => f.code === 'PREVIOUS_REPORT_BROKEN')?.message.en).toContain(
      `not ${good.reportYear - 1}`,
    );
  });

  it('R8: a value the model cannot hold is named at its cell; a missing row is one finding', () => {
    const g = good as any;
    const { review: _dropped, ...reviewRest } = g.reviewLitigation;
    const bad = {
      ...g,
      requests: {
        ...g.requests,
        received: { ...g.requests.received, naturalPerson: -3 },
        carriedOver: { ...g.requests.carriedOver, total: 1.5 },
      },
      reviewLitigation: reviewRest,
    };
    const f = brokenBy('R8', bad);
    expect(f.map((x) => [x.location.key ?? x.location.row, x.message.en.split(': ').at(-1)])).toEqual([
      ['requests.received.naturalPerson', 'a count cannot be negative, got -3'],
      ['requests.carriedOver.total', 'expected an integer, got 1.5'],
      ['review', 'the row is missing'],
    ]);
    expect(brokenBy('R8', good)).toEqual([]);
    // JSON does not carry Decimal: a money amount left as a string is caught too.
    const moneyKey = good.edition === '2019' ? 'procurement' : 'fees';
    const money = JSON.parse(JSON.stringify(good)).proactiveDisclosure[moneyKey];
    const asText = { ...g, proactiveDisclosure: { ...g.proactiveDisclosure, [moneyKey]: money } };
    expect(brokenBy('R8', asText).map((x) => x.location.row)).toEqual([moneyKey]);
  });

  it('R9 (opt-in): a number in the prose that disagrees with the table', () => {
    const received = n(get(good, 'requests.received.total'));
    const fine = { ...good, overview: `全年共收到政府信息公开申请${received}件。` } as Report;
    const wrong = { ...good, overview: `全年共收到政府信息公开申请${received + 5}件，行政复议0件。` } as Report;
    expect(brokenBy('R9', wrong)).toEqual([]); // off by default
    expect(brokenBy('R9', fine, { rules: { R9: 'on' } })).toEqual([]);
    const f = brokenBy('R9', wrong, { rules: { R9: 'on' } });
    expect(f.map((x) => [x.severity, x.actual, x.expected, x.location.section])).toContainEqual([
      'warning',
      received + 5,
      received,
      'overview',
    ]);
  });
});

describe('edition-specific rules', () => {
  it('R6 (2021): 现行有效件数 = last year’s + 制发 − 废止', () => {
    const previous = setCells({ ...r21, reportYear: 2021 } as Report & { edition: '2021' }, {
      'proactiveDisclosure.regulations.inForce': 10,
      'proactiveDisclosure.normativeDocuments.inForce': 4,
    });
    const now = setCells(r21 as Report & { edition: '2021' }, {
      'proactiveDisclosure.regulations.issued': 3,
      'proactiveDisclosure.regulations.repealed': 1,
      'proactiveDisclosure.regulations.inForce': 12,
      'proactiveDisclosure.normativeDocuments.issued': 0,
      'proactiveDisclosure.normativeDocuments.repealed': 0,
      'proactiveDisclosure.normativeDocuments.inForce': 5,
    });
    const f = brokenBy('R6', now, { previous });
    expect(f.map((x) => [x.location.key, x.actual, x.expected, x.severity])).toEqual([
      ['proactiveDisclosure.normativeDocuments.inForce', 5, 4, 'warning'],
    ]);
  });

  it('R7 (2019): 上一年项目数量 carries last year’s count and change; 对外公开总数量 ≥ 本年新公开数量', () => {
    const previous = setCells({ ...r19, reportYear: 2019 } as Report & { edition: '2019' }, {
      'proactiveDisclosure.licensing.itemsLastYear': 4,
      'proactiveDisclosure.licensing.change': -1,
    });
    const ok = setCells(r19 as Report & { edition: '2019' }, { 'proactiveDisclosure.licensing.itemsLastYear': 3 });
    expect(
      brokenBy('R7', ok, { previous }).filter((f) => f.code === 'ITEMS_BROKEN' && f.location.row === 'licensing'),
    ).toEqual([]);
    const bad = setCells(ok, {
      'proactiveDisclosure.licensing.itemsLastYear': 4,
      'proactiveDisclosure.regulations.publishedTotal': 0,
      'proactiveDisclosure.regulations.publishedThisYear': 2,
    });
    const f = brokenBy('R7', bad, { previous }).filter(
      (x) => x.location.row === 'licensing' || x.location.row === 'regulations',
    );
    expect(f.map((x) => [x.code, x.location.key])).toEqual([
      ['PUBLISHED_TOTAL_BROKEN', 'proactiveDisclosure.regulations.publishedTotal'],
      ['ITEMS_BROKEN', 'proactiveDisclosure.licensing.itemsLastYear'],
    ]);
  });

  it('across the 2020 → 2021 boundary: R5 where cells correspond, R6 said to be not assessable', () => {
    const prev2020 = setCells({ ...r19, reportYear: 2020 } as Report & { edition: '2019' }, {
      'requests.carriedForward.naturalPerson': 999,
    });
    const now = { ...r21, reportYear: 2021 } as Report;
    const { findings } = checkReport(now, { previous: prev2020 });
    expect(findings.filter((f) => f.rule === 'R5' && f.status === 'broken').map((f) => f.location.column)).toContain(
      'naturalPerson',
    );
    const r6 = findings.filter((f) => f.rule === 'R6');
    expect(r6.map((f) => [f.status, f.severity])).toEqual([['not_assessable', 'info']]);
    expect(r6[0]?.message.en).toContain('2019 edition');
  });

  it('R0: an edition used outside its years is a warning', () => {
    const f = checkReport({ ...r19, reportYear: 2022 } as Report).findings.filter(
      (x) => x.code === 'EDITION_YEAR_BROKEN',
    );
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('the catalogue', () => {
  it('lists R0–R10 with titles, references, editions and severities', () => {
    expect(rules.map((r) => [r.id, r.severity, r.editions.join('+'), r.crossYear, r.optIn, r.aggregateOnly])).toEqual([
      ['R0', 'warning', '2019+2021', false, false, false],
      ['R1', 'error', '2019+2021', false, false, false],
      ['R2', 'error', '2019+2021', false, false, false],
      ['R3', 'error', '2019+2021', false, false, false],
      ['R4', 'error', '2019+2021', false, false, false],
      ['R5', 'warning', '2019+2021', true, false, false],
      ['R6', 'warning', '2021', true, false, false],
      ['R7', 'warning', '2019', true, false, false],
      ['R8', 'error', '2019+2021', false, false, false],
      ['R9', 'warning', '2019+2021', false, true, false],
      ['R10', 'error', '2019+2021', false, false, true],
    ]);
    for (const r of rules) for (const t of [r.title, r.reference, r.relation]) expect(t.zh && t.en).toBeTruthy();
    expect(Object.isFrozen(rules[0])).toBe(true);
  });
});

describe('formatFindings', () => {
  const bad = bump(r21, ['requests.received.total']);
  const { findings } = checkReport(bad);
  it('groups by severity, numbered, in Chinese by default and in English on request', () => {
    expect(formatFindings(findings).split('\n')[0]).toBe(
      `错误 (${findings.filter((f) => f.severity === 'error').length})`,
    );
    expect(formatFindings(findings)).toContain(
      '[R3 APPLICANT_SUM_BROKEN] 表三 · 一、本年新收政府信息公开申请数量 · 总计',
    );
    expect(formatFindings(findings, { locale: 'en' })).toContain(
      '[R3 APPLICANT_SUM_BROKEN] Table III · 1. New requests received this year · Total',
    );
  });
  it('filters by least severity, and says when there is nothing', () => {
    const infoOnly = checkReport(r21).findings;
    expect(formatFindings(infoOnly, { minSeverity: 'warning' })).toBe('未发现问题。');
    expect(formatFindings([], { locale: 'en' })).toBe('Nothing found.');
  });
});
