import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  formatFindings,
  getCell,
  isOgiReportError,
  layoutOf,
  setCells,
  setSection,
  sumReports,
  type CellUpdates,
  type Report,
} from '../../src/index.js';
import { suggestRepairs, type Repair } from '../../src/index.js';
import { problemParts } from '../../src/repair/problem.js';
import { solveFor } from '../../src/repair/search.js';
import { inputsOf } from '../../src/check/inputs.js';
import { ruleDefinitions } from '../../src/check/catalogue.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';
import { corrupt, corruptionKinds, random } from './corrupt.js';

const SUMS = new Set(['R1', 'R2', 'R3', 'R4']);
const apply = (report: Report, r: Repair) =>
  setCells(report, Object.fromEntries([...r.changes, ...r.fills].map((c) => [c.key, c.to])) as CellUpdates<Report>);
const brokenSums = (report: Report, options = {}) =>
  checkReport(report, options).findings.filter((f) => SUMS.has(f.rule) && f.status === 'broken');
const isOriginal = (original: ReadonlyMap<string, number>) => (r: Repair) =>
  r.changes.length === original.size && r.changes.every((c) => original.get(c.key) === c.to);

/** A 2021 report whose 行政复议 block is 3 + 4 + 5 + 6 = 18. */
const withReview = (total: number) =>
  setCells(consistentReport2021, {
    'reviewLitigation.review.upheld': 3,
    'reviewLitigation.review.corrected': 4,
    'reviewLitigation.review.other': 5,
    'reviewLitigation.review.pending': 6,
    'reviewLitigation.review.total': total,
  });

describe('suggestRepairs', () => {
  it('on the seed: one change — （七）总计 · 自然人 26 → 0, the blank 结转下年度 row filled 18 — resolves both broken findings', () => {
    const before = checkReport(seedReport).findings;
    const { repairs, complete, message } = suggestRepairs(seedReport);
    expect(complete).toBe(true);
    expect(message.en).toBe('The most likely repair changes 1 cell(s)');
    expect(repairs).toHaveLength(1);
    const [top] = repairs as [Repair];
    expect(top.changes.map((c) => [c.key, c.from, c.to, c.slip])).toEqual([
      ['requests.outcomes.total.naturalPerson', 26, 0, undefined],
    ]);
    expect(top.fills.map((c) => [c.key.split('.').at(-1), c.from, c.to])).toEqual([
      ['naturalPerson', null, 18],
      ['commercialEnterprise', null, 0],
      ['researchInstitution', null, 0],
      ['publicInterestOrganization', null, 0],
      ['legalServiceAgency', null, 0],
      ['otherOrganization', null, 0],
      ['total', null, 18],
    ]);
    for (const f of before.filter((x) => x.status === 'broken')) expect(top.resolves).toContain(f.fingerprint);
    expect([top.rank, top.tied]).toEqual([1, false]);
    expect(top.why.zh).toContain('（七）总计 · 自然人 26 → 0');
    expect(brokenSums(apply(seedReport, top))).toEqual([]);
  });

  it('a consistent report needs nothing', () => {
    const r = suggestRepairs(consistentReport2021);
    expect([r.repairs, r.complete, r.examined, r.message.zh]).toEqual([[], true, 0, '各合计关系均成立，无需更正']);
  });

  it('a section-四 block with one wrong cell and no telling slip: all five cells, tied, never one winner', () => {
    const { repairs, message } = suggestRepairs(withReview(25));
    expect(repairs.map((r) => [r.changes[0]?.key.split('.').at(-1), r.changes[0]?.to, r.rank, r.tied])).toEqual([
      ['upheld', 10, 1, true],
      ['corrected', 11, 1, true],
      ['other', 12, 1, true],
      ['pending', 13, 1, true],
      ['total', 18, 1, true],
    ]);
    expect(message.en).toBe('5 equally likely minimal repairs (1 change(s) each)');
    expect(repairs[0]?.why.en).toContain('as likely as 4 other repair(s)');
  });

  it('ranks a slip first: a total printed 35 for 53 is two digits transposed', () => {
    const report = setCells(consistentReport2021, {
      'reviewLitigation.review.upheld': 12,
      'reviewLitigation.review.corrected': 23,
      'reviewLitigation.review.other': 7,
      'reviewLitigation.review.pending': 11,
      'reviewLitigation.review.total': 35,
    });
    const [top, next] = suggestRepairs(report).repairs;
    expect([top?.changes[0]?.key, top?.changes[0]?.to, top?.changes[0]?.slip, top?.rank, top?.tied]).toEqual([
      'reviewLitigation.review.total',
      53,
      'transposition',
      1,
      false,
    ]);
    // The other repair (23 → 5) is as small but explains nothing: it ranks second.
    expect([next?.changes[0]?.key, next?.changes[0]?.to, next?.rank]).toEqual([
      'reviewLitigation.review.corrected',
      5,
      2,
    ]);
  });

  it('names two neighbours swapped as one slip of two changes', () => {
    const swapped = setCells(consistentReport2021, {
      'requests.received.naturalPerson': getCell(consistentReport2021, 'requests.received.commercialEnterprise'),
      'requests.received.commercialEnterprise': getCell(consistentReport2021, 'requests.received.naturalPerson'),
    });
    const original = new Map([
      ['requests.received.naturalPerson', getCell(consistentReport2021, 'requests.received.naturalPerson') as number],
      [
        'requests.received.commercialEnterprise',
        getCell(consistentReport2021, 'requests.received.commercialEnterprise') as number,
      ],
    ]);
    const { repairs } = suggestRepairs(swapped);
    const top = repairs.find(isOriginal(original));
    expect(top?.rank).toBe(1);
    expect(top?.changes.map((c) => c.slip)).toEqual(['swap', 'swap']);
  });

  it('with beyond: 1 also lists repairs of one more change, ranked after the fewest', () => {
    const r = suggestRepairs(withReview(81), { beyond: 1 });
    const sizes = r.repairs.map((x) => x.changes.length);
    expect(sizes[0]).toBe(1);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(r.repairs.every((x) => brokenSums(apply(withReview(81), x)).length === 0)).toBe(true);
  });

  it('repairs R5 against the previous year and R10 against the reports aggregated', () => {
    const [a, b] = fc.sample(arbitraryReport({ consistent: true, edition: '2021', smallCounts: true }), {
      numRuns: 2,
      seed: 5,
    }) as [Report, Report];
    const sum = sumReports([a, b], { agency: { name: '某市', level: 'municipal' }, reportYear: 2023 });
    if (!sum.success) throw new Error('sum failed');
    const key = 'reviewLitigation.review.upheld';
    const wrong = setCells(sum.report, { [key]: (getCell(sum.report, key) as number) + 3 } as CellUpdates<Report>);
    const { repairs } = suggestRepairs(wrong, { children: [a, b] });
    expect(repairs.map((r) => r.changes.map((c) => [c.key, c.to]))).toEqual([[[key, getCell(sum.report, key)]]]);

    // Last year carried forward 3 more natural persons' requests than this year says it carried over.
    const next = consistentReport2021;
    const columns = layoutOf('2021')
      .applicantColumns.map((c) => c.key)
      .concat('total');
    const carried = (c: string) => getCell(next, `requests.carriedOver.${c}` as never) as number;
    const previous = setCells(
      { ...next, reportYear: next.reportYear - 1 },
      Object.fromEntries(
        columns.map((c) => [
          `requests.carriedForward.${c}`,
          carried(c) + (c === 'naturalPerson' || c === 'total' ? 3 : 0),
        ]),
      ) as CellUpdates<Report>,
    );
    expect(
      checkReport(next, { previous }).findings.filter((f) => f.rule === 'R5' && f.status === 'broken'),
    ).toHaveLength(2);
    const result = suggestRepairs(next, { previous });
    expect(result.repairs.length).toBeGreaterThan(0);
    for (const r of result.repairs) {
      expect(r.changes.map((c) => c.key)).toContain('requests.carriedOver.naturalPerson');
      const after = checkReport(apply(next, r), { previous }).findings;
      expect(after.filter((f) => (SUMS.has(f.rule) || f.rule === 'R5') && f.status === 'broken')).toEqual([]);
    }
  });

  it('property: slips in 1–2 cells — every repair holds, and a single slip is always among the top-ranked', () => {
    const rnd = random(42);
    const slips = corruptionKinds.filter((k) => k !== 'random');
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), fc.integer({ min: 1, max: 2 }), (report, n) => {
        const c = corrupt(report, n, rnd, slips);
        if (!c) return;
        const result = suggestRepairs(c.report);
        for (const r of result.repairs) expect(brokenSums(apply(c.report, r))).toEqual([]);
        if (result.examined === 0) return; // a swap within one sum: nothing to see
        expect(result.repairs.length).toBeGreaterThan(0);
        if (n === 1) expect(result.repairs.some((r) => r.rank === 1 && isOriginal(c.original)(r))).toBe(true);
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('minimality, by brute force: no smaller set of cells works, and every set of the minimal size that works is returned', () => {
    const rnd = random(3);
    const reports = fc.sample(arbitraryReport({ consistent: true, edition: '2019' }), { numRuns: 6, seed: 23 });
    for (const [i, report] of reports.entries()) {
      const c = corrupt(report, 1 + (i % 2), rnd);
      if (!c) continue;
      const result = suggestRepairs(c.report, { maxRepairs: 10_000 });
      const minimal = result.repairs[0]?.changes.length ?? 0;
      const inputs = inputsOf(c.report, c.report.edition, {});
      const rels = ruleDefinitions.flatMap((r, k) => (SUMS.has(r.id) ? (inputs.plan[k] ?? []) : []));
      const parts = problemParts(inputs.layout, inputs.all, rels);
      const partOf = (cell: number) =>
        parts.find((p) => (p.byCell[cell]?.length ?? 0) + (p.boundsByCell[cell]?.length ?? 0) > 0);
      const cells = layoutOf(c.report.edition)
        .cells.filter((x) => parts[0]?.printed[x.index] !== undefined && partOf(x.index))
        .map((x) => x.index);
      const layout = layoutOf(c.report.edition);
      // A set works when its solution, applied, leaves no sum broken (checked by the checker, not the search).
      const works: string[] = [];
      // Each part is solved for the cells of the set in it; a part with none stays broken.
      const tryout = (set: number[]) => {
        const found = parts.map((p) => {
          const own = set.filter((cell) => partOf(cell) === p);
          return own.length > 0 ? solveFor(p, own) : undefined;
        });
        if (found.some((f) => !f)) return;
        const updates = Object.fromEntries(
          found
            .flatMap((f) => [...(f?.changes ?? []), ...(f?.fills ?? [])])
            .map(([i, v]) => [layout.cells[i]?.key, Number(v)]),
        );
        if (brokenSums(setCells(c.report, updates as CellUpdates<Report>)).length === 0) works.push(set.join(','));
      };
      for (let a = 0; a < cells.length; a++) {
        tryout([cells[a] as number]);
        if (minimal < 2) continue;
        for (let b = a + 1; b < cells.length; b++) tryout([cells[a] as number, cells[b] as number]);
      }
      const bySize = works.filter((w) => w.split(',').length === minimal).sort();
      expect(works.filter((w) => w.split(',').length < minimal)).toEqual([]);
      const returned = result.repairs
        .map((r) => r.changes.map((x) => layoutOf(c.report.edition).cellByKey.get(x.key)?.index).join(','))
        .sort();
      expect(returned).toEqual(bySize);
    }
  });

  it('stops at its budget and says so', () => {
    const rnd = random(8);
    const [report] = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 1, seed: 2 }) as [Report];
    const c = corrupt(report, 3, rnd, ['random']);
    const r = suggestRepairs(c?.report ?? report, { budget: 2 });
    expect(r.complete).toBe(false);
    expect(r.message.en).toMatch(/search bound of \d+ sets was reached/);
  });

  it('never throws on a report it cannot read; refuses options that are not valid, in both languages', () => {
    expect(suggestRepairs({ edition: '2030' } as unknown as Report).message.en).toBe(
      'Not a report that can be repaired: unknown edition 2030',
    );
    for (const bad of [{ maxChanges: 0 }, { budget: 1.5 }, { beyond: 3 }, { depth: 2 }, { children: 'x' }, null]) {
      try {
        suggestRepairs(seedReport, bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isOgiReportError(e) && e.code).toBe('INVALID_ARGUMENT');
        expect(isOgiReportError(e) && /suggestRepairs：/.test(e.text.zh) && /suggestRepairs: /.test(e.text.en)).toBe(
          true,
        );
      }
    }
  });
});

describe('formatFindings with repairs', () => {
  it('puts the best repair under each finding it resolves, and every tied one when the relations cannot choose', () => {
    const text = formatFindings(checkReport(seedReport).findings, {
      repairs: suggestRepairs(seedReport).repairs,
      minSeverity: 'error',
    });
    expect(text.split('\n').filter((l) => l.includes('最可能的更正'))).toEqual([
      '     最可能的更正：表三 · 三、本年度办理结果 · （七）总计 · 自然人 26 → 0',
      '     最可能的更正：表三 · 三、本年度办理结果 · （七）总计 · 自然人 26 → 0',
    ]);
    const tied = withReview(25);
    const en = formatFindings(checkReport(tied).findings, { repairs: suggestRepairs(tied).repairs, locale: 'en' });
    expect(en).toContain(
      'Possible repairs (5, equally likely; the relations cannot tell them apart): Table IV · Administrative review · Upheld 3 → 10 or',
    );
  });
});

describe('repairs by independent part', () => {
  it('a slip in table 三 and a tie in table 四: each finding shows its own part, the 四 tie listed once per alternative', () => {
    const report = setCells(consistentReport2021, {
      'requests.outcomes.disclosed.naturalPerson': 99,
      'reviewLitigation.review.upheld': 3,
      'reviewLitigation.review.corrected': 4,
      'reviewLitigation.review.other': 5,
      'reviewLitigation.review.pending': 6,
      'reviewLitigation.review.total': 25,
    });
    const { repairs } = suggestRepairs(report);
    expect(repairs.filter((r) => r.rank === 1)).toHaveLength(5);
    expect(repairs.every((r) => r.parts.length === 2 && r.changes.length === 2)).toBe(true);
    const findings = checkReport(report).findings;
    const lines = formatFindings(findings, { repairs, minSeverity: 'error' }).split('\n');
    const r2 = lines.findIndex((l) => l.includes('R2 OUTCOME_SUM_BROKEN'));
    expect(lines[r2 + 1]).toMatch(/^ {5}最可能的更正：表三 · 三、本年度办理结果 · （一）予以公开 · 自然人 99 → \d+$/);
    const r4 = lines.findIndex((l) => l.includes('R4 REVIEW_LITIGATION_SUM_BROKEN'));
    expect(lines[r4 + 1]).toContain(
      '可能的更正（5 个同样可能，表内关系无法区分）：表四 · 行政复议 · 结果维持 3 → 10 或',
    );
    expect(lines[r4 + 1]).not.toContain('表三');
  });

  it('two neighbours of table 四 swapped across its blocks are one slip', () => {
    const fixed = setSection(consistentReport2021, 'reviewLitigation', {
      review: { upheld: 1, corrected: 2, other: 3, pending: 3, total: 9 },
      litigationDirect: { upheld: 5, corrected: 1, other: 1, pending: 1, total: 8 },
    });
    expect(checkReport(fixed).findings.filter((f) => f.rule === 'R4')).toEqual([]);
    // 总计 of 行政复议 and the next cell, 结果维持 of 未经复议直接起诉, entered in each other's place.
    const r = setCells(fixed, { 'reviewLitigation.review.total': 5, 'reviewLitigation.litigationDirect.upheld': 9 });
    const [top] = suggestRepairs(r).repairs.filter((x) => x.rank === 1);
    expect(top?.changes.map((c) => [c.key, c.to, c.slip])).toEqual([
      ['reviewLitigation.review.total', 9, 'swap'],
      ['reviewLitigation.litigationDirect.upheld', 5, 'swap'],
    ]);
  });
});
