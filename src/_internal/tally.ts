/** Shared pieces of the case-register tallies: date checks, issue wording, options. */
import { maxOf } from '../_internal/arrays.js';
import { agencyProblem } from './agencyName.js';
import type { Issue, IssueCode } from '../model/issue.js';
import { failure, type Failure } from '../model/result.js';
import { fillTotals } from '../build/fillTotals.js';
import type { Agency, Report } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import { buildReport } from './buildReport.js';
import { editionForYear } from '../template/editionForYear.js';
import { editions, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { showValue } from './cellIssue.js';

/** The Regulations (2007) took effect on this day; no register entry can be older. */
const EARLIEST_DATE = '2008-05-01';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `s` is a calendar date written `YYYY-MM-DD`; by char codes, as this runs per case. */
function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS[m - 1] as number));
}

/** An issue about case `index` (with its id when it has one). */
export function caseIssue(
  code: IssueCode,
  index: number,
  field: string | undefined,
  id: unknown,
  zh: string,
  en: string,
): Issue {
  const who = typeof id === 'string' && id !== '' ? id : undefined;
  const label = who === undefined ? `#${index}` : `${JSON.stringify(who)} (#${index})`;
  const path = field === undefined ? [index] : [index, field];
  const message = {
    zh: `案件 ${label}${field ? ` 的 ${field}` : ''}：${zh}`,
    en: `Case ${label}${field ? `, ${field}` : ''}: ${en}`,
  };
  return who === undefined ? { code, path, message } : { code, path, message, caseId: who };
}

/** Validates a date field of a case; returns the issue, if any. */
function dateIssue(index: number, field: string, id: unknown, value: unknown): Issue | undefined {
  if (!isDate(value)) {
    return caseIssue(
      'INVALID_DATE',
      index,
      field,
      id,
      `应为 YYYY-MM-DD 格式的日期，实为 ${showValue(value)}`,
      `expected a date written YYYY-MM-DD, got ${showValue(value)}`,
    );
  }
  if (value < EARLIEST_DATE) {
    return caseIssue(
      'DATE_OUT_OF_RANGE',
      index,
      field,
      id,
      `${value} 早于《政府信息公开条例》施行日（${EARLIEST_DATE}）`,
      `${value} is before the Regulations took effect (${EARLIEST_DATE})`,
    );
  }
  return undefined;
}

/**
 * Options of the tallies.
 * @category Builders
 */
export interface TallyOptions<E extends Edition = Edition> {
  /** The calendar year to tally. */
  readonly reportYear: number;
  /** The edition; by default the one in force for `reportYear`. */
  readonly edition?: E;
  /** The reporting body (default: unnamed). */
  readonly agency?: Agency;
}

/** Checks a tally's inputs: the edition to use, or the failure (bad options, or a register that is not an array). */
export function tallyInputs(cases: unknown, options: TallyOptions): Edition | Failure {
  const edition = tallyEdition(options);
  if (typeof edition !== 'string') return failure([edition]);
  if (!Array.isArray(cases))
    return failure([
      { code: 'INVALID_CASE', path: [], message: { zh: '案件登记应为数组', en: 'The register must be an array' } },
    ]);
  return edition;
}

/** Checks tally options; returns the edition to use, or the issue. */
function tallyEdition(options: TallyOptions): Edition | Issue {
  const bad = (zh: string, en: string): Issue => ({ code: 'INVALID_OPTIONS', path: [], message: { zh, en } });
  const { reportYear, edition } = options ?? ({} as TallyOptions);
  let inForce: Edition;
  try {
    inForce = editionForYear(reportYear);
  } catch {
    return bad(
      `报告年度 ${String(reportYear)} 无效：应为 2019 至 9999 年的整数`,
      `Report year ${String(reportYear)} makes no sense: expected an integer year from 2019 to 9999`,
    );
  }
  const agency = (options as { agency?: unknown }).agency;
  const wrong = agency === undefined ? undefined : agencyProblem(agency);
  if (wrong) return bad(`机关信息无效：${wrong.zh}`, `Invalid agency: ${wrong.en}`);
  if (edition === undefined) return inForce;
  if (!Object.hasOwn(templates, edition))
    return bad(`未知的格式版本 ${showValue(edition)}`, `Unknown edition ${showValue(edition)}`);
  if (edition !== inForce) {
    return bad(
      `${reportYear} 年度适用 ${inForce} 年版格式，而非 ${edition} 年版`,
      `Report year ${reportYear} uses the ${inForce} edition, not ${edition}`,
    );
  }
  return edition;
}

/**
 * Width of the count grid: the widest block of any edition, read from the templates — a block with
 * more columns than a fixed width would write into the next row.
 */
export const GRID = maxOf(editions.flatMap((e) => layoutOf(e).rows.map((r) => r.block.columns.length)));

/**
 * Builds a report whose `section` holds the counts of the grid (row index × GRID + column index)
 * in its non-derived cells, with its totals then computed; other sections blank.
 */
export function reportFromCounts(edition: Edition, options: TallyOptions, section: string, counts: Int32Array): Report {
  const layout = layoutOf(edition);
  const rowOf = new Map(layout.rows.map((r, i) => [r.firstCell, i]));
  const head = {
    edition,
    reportYear: options.reportYear,
    agency: options.agency ?? { name: '（未指定）' },
    scope: 'self' as const,
    overview: '',
    problems: '',
    otherMatters: '',
  };
  const draft = buildReport(head, (cell) => {
    if (cell.section.key !== section) return null;
    if (cell.column.role === 'total' || cell.row.role === 'total') return null;
    const row = rowOf.get(cell.firstCell) as number;
    return counts[row * GRID + cell.block.columns.indexOf(cell.column)] as number;
  });
  return fillTotals(draft).report;
}

/** The fields a register's records name their dates and outcome by. */
export interface CaseFields {
  /** When the case began: `received` (requests) or `filed` (review, litigation). */
  readonly start: string;
  /** When it ended: `closed` or `decided`. */
  readonly end: string;
  /** How it ended: `outcome` or `result`. */
  readonly outcome: string;
}

/**
 * Checks what every case record shares — an object, a unique id, a valid start date, an end date that
 * comes with its outcome (and the reverse) and is not before the start — pushing one issue per problem.
 * Returns the record when it is an object, so the caller can check its own fields.
 */
export function checkCase(
  i: number,
  c: unknown,
  seen: Set<string>,
  f: CaseFields,
  issues: Issue[],
): Record<string, unknown> | undefined {
  if (typeof c !== 'object' || c === null) {
    issues.push(
      caseIssue('INVALID_CASE', i, undefined, undefined, `不是对象：${showValue(c)}`, `not an object: ${showValue(c)}`),
    );
    return undefined;
  }
  const r = c as Record<string, unknown>;
  const id = r['id'];
  if (typeof id !== 'string' || id === '') issues.push(caseIssue('INVALID_ID', i, 'id', id, '缺少编号', 'missing id'));
  else if (seen.size === seen.add(id).size)
    issues.push(caseIssue('DUPLICATE_ID', i, 'id', id, '编号与前面的案件重复', 'the id is used by an earlier case'));
  const start = r[f.start];
  const end = r[f.end];
  const startIssue = dateIssue(i, f.start, id, start);
  if (startIssue) issues.push(startIssue);
  if (end !== undefined) {
    const endIssue = dateIssue(i, f.end, id, end);
    if (endIssue) issues.push(endIssue);
    else if (!startIssue && (end as string) < (start as string)) {
      issues.push(
        caseIssue(
          'CLOSED_BEFORE_RECEIVED',
          i,
          f.end,
          id,
          `${f.end} ${end} 早于 ${f.start} ${start}`,
          `${f.end} ${end} is before ${f.start} ${start}`,
        ),
      );
    }
  }
  if (r[f.outcome] !== undefined && end === undefined)
    issues.push(
      caseIssue(
        'OUTCOME_WITHOUT_DATE',
        i,
        f.end,
        id,
        `有 ${f.outcome} 但无 ${f.end}`,
        `has an ${f.outcome} but no ${f.end} date`,
      ),
    );
  if (r[f.outcome] === undefined && end !== undefined)
    issues.push(
      caseIssue(
        'DATE_WITHOUT_OUTCOME',
        i,
        f.outcome,
        id,
        `有 ${f.end} 但无 ${f.outcome}`,
        `has a ${f.end} date but no ${f.outcome}`,
      ),
    );
  return r;
}
