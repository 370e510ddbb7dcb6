import { assertEdition } from '../_internal/assertEdition.js';
import { checkedOptions, misuse, optionKinds } from '../_internal/options.js';
import fc from 'fast-check';
import { emptyReport } from '../build/emptyReport.js';
import { setCells } from '../build/setCell.js';
import type { RequestCase } from '../build/tallyRequests.js';
import { NOT_APPLICABLE, type CellValue } from '../model/cell.js';
import { money } from '../model/money.js';
import type { ApplicantKey, Report } from '../model/report.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import { editions, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';

/**
 * Options of {@link arbitraryReport}.
 * @category Testing
 */
export interface ArbitraryReportOptions {
  /** One edition, or both (default). */
  readonly edition?: Edition;
  /** Reports that satisfy every rule R0–R8 (no blank cells; not applicable only among parts). Default false: any cell in any state. */
  readonly consistent?: boolean;
  /** Keep counts small (≤ 1000), so that reports can be added up. Default false: `MAX_SAFE_INTEGER` occurs. */
  readonly smallCounts?: boolean;
}

const editionArb = (edition?: Edition) => (edition ? fc.constant(edition) : fc.constantFrom(...editions));

/** A canonical non-negative decimal with up to 4 decimals, as Decimal prints it. */
const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => {
    const s = n.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  });

/** Any value a cell of this column may hold, blank and not applicable included. */
function cellValue(cell: CellLayout, small: boolean): fc.Arbitrary<CellValue> {
  const number =
    cell.column.kind === 'money'
      ? fc.tuple(decimalText, fc.constantFrom('元' as const, '万元' as const)).map(([a, u]) => money(a, u))
      : cell.column.kind === 'signed'
        ? fc.integer({ min: -1_000_000, max: 1_000_000 })
        : small
          ? fc.nat({ max: 1000 })
          : fc.oneof(fc.nat({ max: 1000 }), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER));
  return fc.oneof(
    { arbitrary: number, weight: 4 },
    { arbitrary: fc.constantFrom<CellValue>(null, NOT_APPLICABLE), weight: 1 },
  );
}

/** The report years of an edition, from the registry (an edition still in force: `span` years from its first). */
const yearsOf = (e: Edition, span: number) =>
  fc.integer({ min: templates[e].firstYear, max: templates[e].lastYear ?? templates[e].firstYear + span - 1 });

const header = (e: Edition) =>
  fc.record({
    reportYear: yearsOf(e, 20),
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)),
    code: fc.option(fc.string({ maxLength: 18 }), { nil: undefined }),
    level: fc.option(fc.constantFrom('national', 'provincial', 'municipal', 'county', 'township' as const), {
      nil: undefined,
    }),
    scope: fc.constantFrom('self' as const, 'aggregate' as const),
    prose: fc.tuple(fc.string({ unit: 'grapheme' }), fc.string(), fc.string({ unit: 'binary' })),
  });

function anyReport(e: Edition, small: boolean): fc.Arbitrary<Report> {
  const cells = layoutOf(e).cells;
  return fc.tuple(header(e), fc.tuple(...cells.map((c) => cellValue(c, small)))).map(([h, values]) => {
    const agency = {
      name: h.name,
      ...(h.code !== undefined && { code: h.code }),
      ...(h.level !== undefined && { level: h.level }),
    };
    const base = emptyReport({ edition: e, reportYear: h.reportYear, agency, scope: h.scope }) as Report;
    const filled = setCells(base, Object.fromEntries(cells.map((c, i) => [c.key, values[i]])) as never);
    return Object.freeze({ ...filled, overview: h.prose[0], problems: h.prose[1], otherMatters: h.prose[2] }) as Report;
  });
}

const part = fc.oneof(
  { arbitrary: fc.nat({ max: 60 }), weight: 9 },
  { arbitrary: fc.constant(NOT_APPLICABLE), weight: 1 },
);
const num = (v: number | 'NA') => (v === NOT_APPLICABLE ? 0 : v);

/** A report that satisfies the rules, built from the spec's arithmetic (not from the checker). */
function consistent(e: Edition): fc.Arbitrary<Report> {
  const layout = layoutOf(e);
  const applicants = layout.applicantColumns.map((c) => c.key);
  const review = layout.rows.filter((r) => r.section.key === 'reviewLitigation');
  const results = review[0]?.block.columns.filter((c) => c.role !== 'total').map((c) => c.key) ?? [];
  const { outcomeRows } = layout;
  const proactive = layout.cells.filter((c) => c.section.key === 'proactiveDisclosure');
  const many = <T>(a: fc.Arbitrary<T>, n: number) => fc.array(a, { minLength: n, maxLength: n });
  return fc
    .record({
      year: yearsOf(e, 10),
      outcomes: many(many(part, applicants.length), outcomeRows.length),
      forward: many(fc.nat({ max: 30 }), applicants.length),
      overShare: many(fc.nat({ max: 1000 }), applicants.length),
      review: many(many(part, results.length), review.length),
      proactive: fc.tuple(
        ...proactive.map((c) =>
          c.column.kind === 'money'
            ? cellValue(c, true).filter((v) => v !== null)
            : c.column.kind === 'signed'
              ? fc.integer({ min: -50, max: 50 })
              : fc.nat({ max: 500 }),
        ),
      ),
    })
    .map(({ year, outcomes, forward, overShare, review: rv, proactive: pro }) => {
      const u: Record<string, CellValue> = {};
      const row = (path: string, values: readonly (number | 'NA')[]) => {
        values.forEach((v, j) => (u[`requests.${path}.${applicants[j]}`] = v));
        u[`requests.${path}.total`] = values.reduce<number>((s, v) => s + num(v), 0);
      };
      outcomeRows.forEach((r, i) => row(r.path, outcomes[i] as (number | 'NA')[]));
      const handled = applicants.map((_, j) => outcomes.reduce((s, o) => s + num(o[j] as number | 'NA'), 0));
      row('outcomes.total', handled);
      row('carriedForward', forward);
      const total = handled.map((h, j) => h + (forward[j] as number));
      const over = total.map((t, j) => Math.floor((t * (overShare[j] as number)) / 1000));
      row('carriedOver', over);
      row(
        'received',
        total.map((t, j) => t - (over[j] as number)),
      );
      review.forEach((r, i) => {
        const parts = rv[i] as (number | 'NA')[];
        parts.forEach((v, j) => (u[`reviewLitigation.${r.path}.${results[j]}`] = v));
        u[`reviewLitigation.${r.path}.total`] = parts.reduce<number>((s, v) => s + num(v), 0);
      });
      proactive.forEach((c, i) => (u[c.key] = pro[i] as CellValue));
      // What is in force includes what was issued and not repealed: a year before it exists (R6).
      for (const r of ['regulations', 'normativeDocuments']) {
        const [issued, repealed, inForce] = ['issued', 'repealed', 'inForce'].map(
          (k) => u[`proactiveDisclosure.${r}.${k}`],
        );
        if (typeof issued === 'number' && typeof repealed === 'number' && typeof inForce === 'number')
          u[`proactiveDisclosure.${r}.inForce`] = inForce + Math.max(0, issued - repealed);
      }
      for (const r of ['regulations', 'normativeDocuments']) {
        const thisYear = u[`proactiveDisclosure.${r}.publishedThisYear`];
        if (typeof thisYear === 'number')
          u[`proactiveDisclosure.${r}.publishedTotal`] =
            thisYear + (u[`proactiveDisclosure.${r}.madeThisYear`] as number);
      }
      return setCells(
        emptyReport({ edition: e, reportYear: year, agency: { name: '某某市某某局' } }) as Report,
        u as never,
      );
    });
}

/**
 * Arbitrary reports for property tests (fast-check): of one edition or both; any cell in any state
 * (blank, not applicable, zero, `MAX_SAFE_INTEGER`, money in either unit) and arbitrary prose — or,
 * with `consistent`, reports that satisfy every rule, built from the spec's arithmetic.
 * @param options - edition, consistent, smallCounts.
 * @returns a fast-check arbitrary.
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryReport({ consistent: true }), (r) => assertConsistent(r)));
 * ```
 * @category Testing
 */
export function arbitraryReport(options: ArbitraryReportOptions = {}): fc.Arbitrary<Report> {
  checkedOptions('arbitraryReport', options, {
    edition: optionKinds.string,
    consistent: optionKinds.boolean,
    smallCounts: optionKinds.boolean,
  });
  if (options.edition !== undefined) assertEdition(options.edition);
  return editionArb(options.edition).chain((e) =>
    options.consistent ? consistent(e) : anyReport(e, options.smallCounts === true),
  );
}

/**
 * A register of requests for `tallyRequests`, with dates between two years and outcomes of the edition.
 * @param edition - the edition whose outcomes the closed cases use.
 * @param years - first and last year of the dates.
 * @returns a fast-check arbitrary of registers (ids `C-0`, `C-1`, …).
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryRequestRegister('2021', [2022, 2023]), (cases) => tallyRequests(cases, { reportYear: 2023 }).success));
 * ```
 * @category Testing
 */
export function arbitraryRequestRegister(
  edition: Edition,
  years: readonly [number, number],
): fc.Arbitrary<RequestCase[]> {
  assertEdition(edition);
  if (!Array.isArray(years) || !years.every((y) => Number.isSafeInteger(y)))
    misuse('arbitraryRequestRegister')('years 应为 [起始年, 终止年]', 'years must be [first year, last year]');
  const layout = layoutOf(edition);
  const outcomes = layout.outcomeRows.map((r) => r.path.slice('outcomes.'.length));
  const applicants = layout.applicantColumns.map((c) => c.key as ApplicantKey);
  const date = fc
    .date({ min: new Date(Date.UTC(years[0], 0, 1)), max: new Date(Date.UTC(years[1], 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const one = fc
    .record({
      applicant: fc.constantFrom(...applicants),
      received: date,
      close: fc.option(fc.tuple(fc.constantFrom(...outcomes), fc.integer({ min: 0, max: 400 })), { nil: undefined }),
    })
    .map(({ applicant, received, close }) => {
      if (!close) return { applicant, received };
      const closed = new Date(Date.parse(received) + close[1] * 86_400_000).toISOString().slice(0, 10);
      return { applicant, received, outcome: close[0], closed };
    });
  return fc.array(one, { maxLength: 80 }).map((cases) => cases.map((c, i) => ({ id: `C-${i}`, ...c }) as RequestCase));
}
