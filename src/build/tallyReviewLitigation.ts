import { failure } from '../model/result.js';
import { showValue } from '../_internal/cellIssue.js';
import { GRID, caseIssue, checkCase, reportFromCounts, tallyInputs, type TallyOptions } from '../_internal/tally.js';
import type { Issue } from '../model/issue.js';
import type { Report2021, ReportOf } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import type { Edition } from '../template/types.js';
import type { TallyResult } from './tallyRequests.js';
import { readTerm, termProblem } from './vocabulary.js';

/**
 * One administrative review or lawsuit about open government information.
 * @category Builders
 */
export interface ReviewLitigationCase {
  /** Unique identifier of the case: text, or a database's integer key. */
  readonly id: string | number;
  /** `review` (行政复议), `litigationDirect` (未经复议直接起诉) or `litigationAfterReview` (复议后起诉): a row of section 四. */
  readonly kind: keyof Report2021['reviewLitigation'];
  /** Date filed: a `Date`, or text (`2024-01-02`, `2024/1/2`, `2024.01.02`, `2024年1月2日`). */
  readonly filed: string | Date;
  /** Once decided: `upheld` (结果维持), `corrected` (结果纠正) or `other` (其他结果): a column of section 四 but 尚未审结 and 总计. */
  readonly result?: Exclude<keyof Report2021['reviewLitigation']['review'], 'pending' | 'total'>;
  /** Date decided, once decided: as `filed`. */
  readonly decided?: string | Date;
}

const FIELDS = { subject: 'kind', start: 'filed', end: 'decided', outcome: 'result' } as const;

/** The column a case still undecided at the year's end counts in. */
const PENDING = 'pending';

/**
 * Tallies section 四 from a register of review and litigation cases. A case counts in the report
 * year when it was filed by 31 December and not decided before 1 January: under its result if
 * decided in the year, under 尚未审结 if still undecided on 31 December. Totals follow (R4 holds
 * exactly). Every bad record becomes an issue naming the case, and then no table is returned.
 * Never throws on the register (misused options throw `INVALID_ARGUMENT`). Kinds and results may be written in the form's own words (`行政复议`, `复议后起诉`,
 * `结果纠正`), in either script; rows are `unknown` to the type system and validated here.
 * @param cases - the register; dates are `YYYY-MM-DD` strings.
 * @param options - `reportYear`, optionally `edition` and `agency`.
 * @returns the report with section 四 tallied, or the issues.
 * @example
 * ```ts
 * const r = tallyReviewLitigation(
 *   [{ id: 'F-1', kind: 'review', filed: '2024-02-01', result: 'corrected', decided: '2024-04-01' }],
 *   { reportYear: 2024 },
 * );
 * if (r.success) r.report.reviewLitigation.review.corrected; // 1
 * ```
 * @category Builders
 */
export function tallyReviewLitigation<E extends Edition = Edition>(
  cases: readonly ReviewLitigationCase[] | readonly unknown[],
  options: TallyOptions<E>,
): TallyResult<ReportOf<E>> {
  const edition = tallyInputs('tallyReviewLitigation', cases, options);
  if (typeof edition !== 'string') return edition;
  const layout = layoutOf(edition);
  const section = layout.tableSections.find((s) => s.key === 'reviewLitigation');
  const columns = section?.blocks[0]?.columns ?? [];
  const kinds = new Map(layout.rows.flatMap((r, i) => (r.section === section ? [[r.path, i] as const] : [])));
  const results = new Map(
    columns.flatMap((c, i) => (c.role === 'total' || c.key === PENDING ? [] : [[c.key, i] as const])),
  );
  const pending = columns.findIndex((c) => c.key === PENDING);
  const start = `${options.reportYear}-01-01`;
  const end = `${options.reportYear}-12-31`;
  const counts = new Int32Array(layout.rows.length * GRID);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const ids: string[] = [];
  const rows = new Int16Array(cases.length);
  const cols = new Uint8Array(cases.length);
  const outsideYear: string[] = [];

  for (let i = 0; i < cases.length; i++) {
    const c = checkCase(i, cases[i], seen, FIELDS, issues, options.fields);
    if (!c) continue;
    const { id, subject: kind, start: filed, outcome: result, end: decided } = c;
    const what = readTerm(edition, 'kind', kind);
    const row = what.key === undefined ? undefined : kinds.get(what.key);
    if (row === undefined) {
      const m = termProblem({ zh: '案件类型', en: 'kind' }, showValue(kind), what);
      issues.push(caseIssue('UNKNOWN_KIND', i, 'kind', id, m.zh, m.en));
    }
    const decision = readTerm(edition, 'result', result);
    const column = decision.key === undefined ? undefined : results.get(decision.key);
    if (result !== undefined && column === undefined) {
      const m = termProblem({ zh: '结果', en: 'result' }, showValue(result), decision);
      issues.push(caseIssue('UNKNOWN_RESULT', i, 'result', id, m.zh, m.en));
    }
    if (issues.length > 0) continue;

    if ((filed as string) > end || (decided !== undefined && decided < start)) {
      outsideYear.push(id as string);
      continue;
    }
    const col = decided !== undefined && decided <= end ? (column as number) : pending;
    const at = (row as number) * GRID + col;
    counts[at] = (counts[at] as number) + 1;
    rows[ids.length] = row as number;
    cols[ids.length] = col;
    ids.push(id as string);
  }
  if (issues.length > 0) return failure(issues);
  const report = reportFromCounts(edition, options, 'reviewLitigation', counts) as unknown as ReportOf<E>;
  return {
    success: true,
    report,
    provenance: { edition, ids, rowsPerCase: 1, rows: rows.slice(0, ids.length), columns: cols.slice(0, ids.length) },
    outsideYear,
  };
}
