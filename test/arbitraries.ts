import fc from 'fast-check';
import {
  NOT_APPLICABLE,
  emptyReport,
  layoutOf,
  money,
  setCells,
  type ApplicantKey,
  type CellLayout,
  type CellValue,
  type RequestCase,
  type Edition,
  type Report,
} from '../src/index.js';

/** A decimal string with up to 4 decimals, canonical (no trailing zeros), as Decimal would print it. */
export const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => {
    const s = n.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  });

/** Any value a cell of this column may hold, blank and not-applicable included. */
export function cellValue(cell: CellLayout, small = false): fc.Arbitrary<CellValue> {
  const special = fc.constantFrom<CellValue>(null, NOT_APPLICABLE);
  const number =
    cell.column.kind === 'money'
      ? fc.tuple(decimalText, fc.constantFrom('元' as const, '万元' as const)).map(([a, u]) => money(a, u))
      : cell.column.kind === 'signed'
        ? fc.integer({ min: -1_000_000, max: 1_000_000 })
        : small
          ? fc.nat({ max: 1000 })
          : fc.oneof(fc.nat({ max: 1000 }), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER));
  return fc.oneof({ arbitrary: number, weight: 4 }, { arbitrary: special, weight: 1 });
}

/**
 * Arbitrary reports of one or both editions: every cell in any of its states, arbitrary prose.
 * `small` keeps counts small enough to add up (no `MAX_SAFE_INTEGER`).
 */
export function arbitraryReport(edition?: Edition, small = false): fc.Arbitrary<Report> {
  const ed = edition ? fc.constant(edition) : fc.constantFrom<Edition>('2019', '2021');
  return ed.chain((e) => {
    const cells = layoutOf(e).cells;
    return fc
      .record({
        reportYear: e === '2019' ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2040 }),
        name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)),
        code: fc.option(fc.string({ maxLength: 18 }), { nil: undefined }),
        level: fc.option(fc.constantFrom('national', 'provincial', 'municipal', 'county', 'township' as const), { nil: undefined }),
        scope: fc.constantFrom('self' as const, 'aggregate' as const),
        prose: fc.tuple(fc.string({ unit: 'grapheme' }), fc.string(), fc.string({ unit: 'binary' })),
        values: fc.tuple(...cells.map((c) => cellValue(c, small))),
      })
      .map(({ reportYear, name, code, level, scope, prose, values }) => {
        const agency = { name, ...(code !== undefined && { code }), ...(level !== undefined && { level }) };
        const base = emptyReport({ edition: e, reportYear, agency, scope });
        const updates = Object.fromEntries(cells.map((c, i) => [c.key, values[i]]));
        const filled = setCells(base as Report, updates as never);
        return { ...filled, overview: prose[0], problems: prose[1], otherMatters: prose[2] } as Report;
      });
  });
}

const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrganization', 'legalServiceAgency', 'otherOrganization'];
const RESULTS = ['upheld', 'corrected', 'other', 'pending'];

/** A small count, sometimes printed as not applicable (which counts as 0). */
const part = fc.oneof({ arbitrary: fc.nat({ max: 60 }), weight: 9 }, { arbitrary: fc.constant(NOT_APPLICABLE), weight: 1 });
const num = (v: number | 'NA') => (v === NOT_APPLICABLE ? 0 : v);

/**
 * Arbitrary reports that satisfy every rule of the spec (R1–R4, R7's 对外公开总数量 ≥ 本年新公开数量, R8):
 * no blank cells; not-applicable cells only among the parts. Built from the spec's arithmetic, not
 * from the checker.
 */
export function consistentReport(edition?: Edition): fc.Arbitrary<Report> {
  const ed = edition ? fc.constant(edition) : fc.constantFrom<Edition>('2019', '2021');
  return ed.chain((e) => {
    const layout = layoutOf(e);
    const outcomeRows = layout.rows.filter((r) => r.section.key === 'requests' && r.path.startsWith('outcomes.') && r.path !== 'outcomes.total');
    const proactive = layout.cells.filter((c) => c.section.key === 'proactiveDisclosure');
    const six = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 6, maxLength: 6 });
    return fc
      .record({
        year: e === '2019' ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2030 }),
        outcomes: fc.array(six(part), { minLength: outcomeRows.length, maxLength: outcomeRows.length }),
        forward: six(fc.nat({ max: 30 })),
        overShare: six(fc.nat({ max: 1000 })),
        review: fc.array(fc.array(part, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
        proactive: fc.tuple(...proactive.map((c) => (c.column.kind === 'money' ? cellValue(c).filter((v) => v !== null) : c.column.kind === 'signed' ? fc.integer({ min: -50, max: 50 }) : fc.nat({ max: 500 })))),
      })
      .map(({ year, outcomes, forward, overShare, review, proactive: pro }) => {
        const u: Record<string, CellValue> = {};
        const row = (path: string, values: readonly (number | 'NA')[]) => {
          values.forEach((v, j) => (u[`requests.${path}.${APPLICANTS[j]}`] = v));
          u[`requests.${path}.total`] = values.reduce<number>((s, v) => s + num(v), 0);
        };
        outcomeRows.forEach((r, i) => row(r.path, outcomes[i] as (number | 'NA')[]));
        const handled = APPLICANTS.map((_, j) => outcomes.reduce((s, o) => s + num(o[j] as number | 'NA'), 0));
        row('outcomes.total', handled);
        row('carriedForward', forward);
        const total = handled.map((h, j) => h + (forward[j] as number));
        const over = total.map((t, j) => Math.floor((t * (overShare[j] as number)) / 1000));
        row('carriedOver', over);
        row('received', total.map((t, j) => t - (over[j] as number)));
        ['review', 'litigationDirect', 'litigationAfterReview'].forEach((b, i) => {
          const parts = review[i] as (number | 'NA')[];
          parts.forEach((v, j) => (u[`reviewLitigation.${b}.${RESULTS[j]}`] = v));
          u[`reviewLitigation.${b}.total`] = parts.reduce<number>((s, v) => s + num(v), 0);
        });
        proactive.forEach((c, i) => (u[c.key] = pro[i] as CellValue));
        for (const r of ['regulations', 'normativeDocuments']) {
          const thisYear = u[`proactiveDisclosure.${r}.publishedThisYear`];
          if (typeof thisYear === 'number') u[`proactiveDisclosure.${r}.publishedTotal`] = thisYear + (u[`proactiveDisclosure.${r}.madeThisYear`] as number);
        }
        return setCells(emptyReport({ edition: e, reportYear: year, agency: { name: '某某市某某局' } }) as Report, u as never);
      });
  });
}

const APPLICANT_KEYS = APPLICANTS as readonly ApplicantKey[];

/** An ISO date between two years, inclusive. */
export const isoDate = (from: number, to: number) =>
  fc.date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A register of requests spanning the years around `year`, with outcomes of the edition. */
export function requestRegister(edition: Edition, years: [number, number]): fc.Arbitrary<RequestCase[]> {
  const outcomes = layoutOf(edition)
    .rows.filter((r) => r.section.key === 'requests' && r.path.startsWith('outcomes.') && r.path !== 'outcomes.total')
    .map((r) => r.path.slice('outcomes.'.length));
  const one = fc
    .record({
      applicant: fc.constantFrom(...APPLICANT_KEYS),
      received: isoDate(years[0], years[1]),
      close: fc.option(fc.tuple(fc.constantFrom(...outcomes), fc.integer({ min: 0, max: 400 })), { nil: undefined }),
    })
    .map(({ applicant, received, close }) => {
      if (!close) return { applicant, received };
      const closed = new Date(Date.parse(received) + close[1] * 86_400_000).toISOString().slice(0, 10);
      return { applicant, received, outcome: close[0], closed };
    });
  return fc.array(one, { maxLength: 80 }).map((cases) => cases.map((c, i) => ({ id: `C-${i}`, ...c }) as RequestCase));
}
