/**
 * Every result a safe API returns satisfies the model — `fromJSON(toJSON(x))` succeeds, no cell is
 * −0 — for arbitrary reports and arbitrary (hostile) options; bad input is a coded issue or an
 * `OgiReportError`, never another exception (issue #15 E).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import {
  convertEdition,
  fillTotals,
  fromCsv,
  fromJSON,
  isOgiReportError,
  layoutOf,
  parseReport,
  renderHtml,
  renderText,
  setCells,
  sumReports,
  tallyRequests,
  tallyReviewLitigation,
  toCsv,
  toJSON,
  type Report,
} from '../../src/index.js';
import { readCell } from '../../src/_internal/buildReport.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';

const M = Number.MAX_SAFE_INTEGER;

/** The result is a report the model holds, with no −0 anywhere. */
function modelHolds(r: Report | undefined): void {
  if (r === undefined) return;
  expect(fromJSON(toJSON(r)).success).toBe(true);
  for (const c of layoutOf(r.edition).cells) expect(Object.is(readCell(r, c.segments), -0)).toBe(false);
}

/** Misuse throws OgiReportError; anything else is a returned result. */
function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    expect(isOgiReportError(error)).toBe(true);
    return undefined;
  }
}

describe('results satisfy the model', () => {
  it('for arbitrary reports: convertEdition, fillTotals, sumReports, parseReport, parseHtml, fromCsv', () => {
    fc.assert(
      fc.property(arbitraryReport(), (r) => {
        modelHolds(convertEdition(r, r.edition === '2019' ? '2021' : '2019').report);
        modelHolds(fillTotals(r).report);
        const sum = sumReports([r, r], { agency: { name: '某市' } });
        if (sum.success) modelHolds(sum.report);
        modelHolds(parseReport(renderText(r)).report);
        modelHolds(parseHtml(renderHtml(r)).report);
        const csv = fromCsv(toCsv(r));
        if (csv.success) modelHolds(csv.report);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('for hostile options: coded issues or OgiReportError, never another throw, never an invalid report', () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        { agency: fc.anything(), reportYear: fc.anything(), edition: fc.anything(), scope: fc.anything() },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(options, (o) => {
        const sum = safely(() => sumReports([seedReport], o as never));
        if (sum?.success) modelHolds(sum.report);
        for (const tally of [() => tallyRequests([], o as never), () => tallyReviewLitigation([], o as never)]) {
          const t = safely(tally);
          if (t?.success) modelHolds(t.report);
        }
        modelHolds(safely(() => parseReport(renderText(seedReport), o as never))?.report);
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });
});

describe('the reproductions of issue #15 E', () => {
  it('convertEdition 2021→2019 with （六）’s items M, M, 0 leaves the folded cell blank and lists why', () => {
    const r = setCells(consistentReport2021, {
      'requests.outcomes.other.amendmentOverdue.naturalPerson': M,
      'requests.outcomes.other.feeUnpaid.naturalPerson': M,
      'requests.outcomes.other.other.naturalPerson': 0,
    });
    const { report, notCarried } = convertEdition(r, '2019');
    expect(report.requests.outcomes.other.naturalPerson).toBeNull();
    expect(notCarried.filter((n) => n.reason.en.includes('safe integer')).length).toBe(3);
    modelHolds(report);
  });

  it('tally and sum options the model cannot hold are coded issues', () => {
    expect(tallyRequests([], { reportYear: 2024, agency: { name: 'a\nb' } }).success).toBe(false);
    expect(tallyReviewLitigation([], { reportYear: 1e10 }).success).toBe(false);
    // A year of the wrong type is misuse (#34): it throws, naming the option.
    expect(() => sumReports([seedReport], { agency: { name: '某市' }, reportYear: '2023' as never })).toThrow(
      /option reportYear must be an integer/,
    );
    expect(sumReports([seedReport], { agency: { name: '某市' }, reportYear: 2024 }).success).toBe(false);
    expect(sumReports([seedReport], undefined as never).success).toBe(false);
  });

  it('fromJSON reads own data properties only and never throws (prototype, getter, revoked Proxy, −0)', () => {
    const json = () =>
      JSON.parse(toJSON(seedReport)) as { requests: { received: Record<string, unknown> } & Record<string, unknown> };
    const inherited = json();
    const { naturalPerson, ...rest } = inherited.requests.received;
    inherited.requests.received = Object.assign(Object.create({ naturalPerson }), rest);
    expect(fromJSON(inherited).success).toBe(false);
    const getter = json();
    Object.defineProperty(getter.requests.received, 'naturalPerson', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(fromJSON(getter).success).toBe(false);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const proxied = json();
    proxied.requests = revocable.proxy as never;
    expect(fromJSON(proxied).success).toBe(false);
    const cyclic = json() as Record<string, unknown>;
    cyclic['self'] = cyclic;
    expect(fromJSON(cyclic).success).toBe(false);
    const negative = json();
    negative.requests.received['naturalPerson'] = -0;
    const read = fromJSON(negative);
    expect(read.success && Object.is(read.report.requests.received.naturalPerson, 0)).toBe(true);
    const csv = fromCsv(
      toCsv(seedReport).replace('requests,received,naturalPerson,18', 'requests,received,naturalPerson,-0'),
    );
    expect(csv.success && Object.is(csv.report.requests.received.naturalPerson, 0)).toBe(true);
  });

  it('tallyRequests([]) and fillTotals write 0, never −0', () => {
    const t = tallyRequests([], { reportYear: 2024, agency: { name: '某局' } });
    expect(t.success).toBe(true);
    if (t.success) modelHolds(t.report);
  });
});
