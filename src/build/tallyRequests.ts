import { showValue } from '../_internal/cellIssue.js';
import { GRID, caseIssue, checkCase, reportFromCounts, tallyInputs, type TallyOptions } from '../_internal/tally.js';
import { failure, type Result } from '../model/result.js';
import type { Issue } from '../model/issue.js';
import type { ApplicantKey, OutcomeKeyOf, Report, ReportOf } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import { editions } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import type { Provenance } from './explainCell.js';
import { readTerm, termProblem } from './vocabulary.js';

/**
 * One entry of a register of requests (依申请公开台账).
 * @category Builders
 */
export interface RequestCase<E extends Edition = Edition> {
  /** Unique identifier of the request: text, or a database's integer key. */
  readonly id: string | number;
  /** Who applied: one of the six applicant columns of section 三. */
  readonly applicant: ApplicantKey;
  /** Date received: a `Date`, or text (`2024-01-02`, `2024/1/2`, `2024.01.02`, `2024年1月2日`). */
  readonly received: string | Date;
  /** How it was handled, once closed: an outcome row of the edition, e.g. `'withheld.thirdPartyRights'`. */
  readonly outcome?: OutcomeKeyOf<E>;
  /** Date closed, once closed: as `received`. */
  readonly closed?: string | Date;
}

/**
 * What a tally returns: the report with the tallied section, which cases each cell counts, and the
 * cases that fell outside the year — or, if any record is bad, every issue and no report.
 * @category Builders
 */
export type TallyResult<R = Report> = Result<{
  /** A report whose tallied section is complete (every cell a count); other sections blank. */
  readonly report: R;
  /** Which cases each cell counts: see `explainCell`. */
  readonly provenance: Provenance;
  /** Ids of valid cases outside the year (settled before it began, or begun after it ended). */
  readonly outsideYear: readonly string[];
}>;

interface RequestIndex {
  readonly applicants: ReadonlyMap<string, number>;
  readonly outcomes: ReadonlyMap<string, number>;
  readonly received: number;
  readonly carriedOver: number;
  readonly carriedForward: number;
}

const indexes = new Map<Edition, RequestIndex>();
const FIELDS = { subject: 'applicant', start: 'received', end: 'closed', outcome: 'outcome' } as const;

/** Row and column indexes of section 三, from the template (memoised per edition). */
function requestIndex(edition: Edition): RequestIndex {
  let idx = indexes.get(edition);
  if (idx) return idx;
  const layout = layoutOf(edition);
  const row = (path: string) => layout.rows.findIndex((r) => r.section.key === 'requests' && r.path === path);
  const block = layout.outcomeRows[0]?.block;
  idx = {
    // Each applicant column's position in the block (the grid's column index).
    applicants: new Map(layout.applicantColumns.map((c) => [c.key, block?.columns.indexOf(c) ?? -1])),
    outcomes: new Map(layout.outcomeRows.map((r) => [r.path.slice('outcomes.'.length), layout.rows.indexOf(r)])),
    received: row('received'),
    carriedOver: row('carriedOver'),
    carriedForward: row('carriedForward'),
  };
  indexes.set(edition, idx);
  return idx;
}

/**
 * Tallies section 三 from a register of requests. For the report year: 本年新收 counts requests
 * received in the year; 上年结转 those received earlier and still open on 1 January; the outcome rows
 * those closed in the year; 结转下年度 those still open on 31 December; totals follow. The result
 * satisfies R1–R4 exactly, and year N's 结转下年度 is year N+1's 上年结转 for the same register.
 * Every bad record becomes an issue naming the case, and then no table is returned. Never throws on the
 * register; an unknown option, or one of the wrong type, is misuse and throws `INVALID_ARGUMENT`.
 *
 * A register from a spreadsheet can name applicants and outcomes in the form's own words instead of
 * keys — `自然人`, `法律服务机构`, `予以公开`, `（三）不予公开 1.属于国家秘密`, `属于国家秘密` — in simplified
 * or traditional script, full-width or not: they are read by the template's labels. Rows are
 * `unknown` to the type system and validated here ({@link requestCaseSchema} checks one on its own).
 * @param cases - the register; dates are `YYYY-MM-DD` strings (no clock, no time zone).
 * @param options - `reportYear`, optionally `edition` (default: the one in force) and `agency`.
 * @returns the report with section 三 tallied, or the issues.
 * @example
 * ```ts
 * const result = tallyRequests(
 *   [{ id: 'A-1', applicant: 'naturalPerson', received: '2024-03-01', outcome: 'disclosed', closed: '2024-03-20' }],
 *   { reportYear: 2024, agency: { name: '某某市某某局' } },
 * );
 * if (result.success) explainCell(result, 'requests.outcomes.disclosed.total'); // ['A-1']
 * ```
 * @category Builders
 */
export function tallyRequests<E extends Edition = Edition>(
  cases: readonly RequestCase<E>[] | readonly unknown[],
  options: TallyOptions<E>,
): TallyResult<ReportOf<E>> {
  const edition = tallyInputs('tallyRequests', cases, options);
  if (typeof edition !== 'string') return edition;
  const start = `${options.reportYear}-01-01`;
  const end = `${options.reportYear}-12-31`;
  const ix = requestIndex(edition);
  const counts = new Int32Array(layoutOf(edition).rows.length * GRID);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const ids: string[] = [];
  const rows = new Int16Array(cases.length * 2);
  const columns = new Uint8Array(cases.length);
  const outsideYear: string[] = [];

  for (let i = 0; i < cases.length; i++) {
    const c = checkCase(i, cases[i], seen, FIELDS, issues, options.fields);
    if (!c) continue;
    const { id, subject: applicant, start: received, outcome, end: closed } = c;
    const who = readTerm(edition, 'applicant', applicant);
    const column = who.key === undefined ? undefined : ix.applicants.get(who.key);
    if (column === undefined) {
      const m = termProblem({ zh: '申请人类型', en: 'applicant' }, showValue(applicant), who);
      issues.push(caseIssue('UNKNOWN_APPLICANT', i, 'applicant', id, m.zh, m.en));
    }
    const how = readTerm(edition, 'outcome', outcome);
    const outcomeRow = how.key === undefined ? undefined : ix.outcomes.get(how.key);
    if (outcome !== undefined && outcomeRow === undefined) {
      const elsewhere = editions.some((e) => e !== edition && readTerm(e, 'outcome', outcome).key !== undefined);
      const m = termProblem({ zh: '办理结果', en: 'outcome' }, showValue(outcome), how);
      issues.push(
        elsewhere && how.key === undefined && !('ambiguous' in how)
          ? caseIssue(
              'OUTCOME_NOT_IN_EDITION',
              i,
              'outcome',
              id,
              `办理结果 ${showValue(outcome)} 不属于 ${edition} 年版格式`,
              `outcome ${showValue(outcome)} does not exist in edition ${edition}`,
            )
          : caseIssue('UNKNOWN_OUTCOME', i, 'outcome', id, m.zh, m.en),
      );
    }
    if (issues.length > 0) continue; // validate everything; count only while all is well

    if ((received as string) > end || (closed !== undefined && closed < start)) {
      outsideYear.push(id as string);
      continue;
    }
    const entry = (received as string) >= start ? ix.received : ix.carriedOver;
    const exit = closed !== undefined && closed <= end ? (outcomeRow as number) : ix.carriedForward;
    const a = entry * GRID + (column as number);
    const b = exit * GRID + (column as number);
    counts[a] = (counts[a] as number) + 1;
    counts[b] = (counts[b] as number) + 1;
    const n = ids.length;
    rows[2 * n] = entry;
    rows[2 * n + 1] = exit;
    columns[n] = column as number;
    ids.push(id as string);
  }
  if (issues.length > 0) return failure(issues);
  const report = reportFromCounts(edition, options, 'requests', counts) as unknown as ReportOf<E>;
  return {
    success: true,
    report,
    provenance: {
      edition,
      ids,
      rowsPerCase: 2,
      rows: rows.slice(0, 2 * ids.length),
      columns: columns.slice(0, ids.length),
    },
    outsideYear,
  };
}
