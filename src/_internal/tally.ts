/** Shared pieces of the case-register tallies: date checks, issue wording, options. */
import { maxOf } from '../_internal/arrays.js';
import { agencyProblem } from './agencyName.js';
import { checkedOptions, misuse, optionKinds } from './options.js';
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
function isDate(s: unknown): boolean {
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

/**
 * A register's date as `YYYY-MM-DD`: a `Date` (its calendar date in the runtime's time zone, as a
 * database driver builds one from a DATE column), or text written `2024-01-02`, `2024/1/2`,
 * `2024.01.02`, `2024年1月2日`, with or without a time after it. Undefined for anything else — a day
 * that does not exist (2024-02-30), an order that could be read two ways (01/02/2024), a number.
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = `${String(value.getFullYear()).padStart(4, '0')}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
    return isDate(iso) ? iso : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (isDate(value)) return value;
  const m = DATE_TEXT.exec(value.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  return isDate(iso) ? iso : undefined;
}
/** Year first, then month and day, separated by -, /, . or 年 月 (日); an optional time after it. */
const DATE_TEXT =
  /^(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})\s?日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a date field of a case: the date as `YYYY-MM-DD`, or the issue. */
function dateIssue(index: number, field: string, id: unknown, value: unknown): Issue | string {
  const iso = isoDate(value);
  if (iso === undefined) {
    return caseIssue(
      'INVALID_DATE',
      index,
      field,
      id,
      `应为日期（Date，或 2024-01-02、2024/1/2、2024.01.02、2024年1月2日），实为 ${showValue(value)}`,
      `expected a date (a Date, or 2024-01-02, 2024/1/2, 2024.01.02, 2024年1月2日), got ${showValue(value)}`,
    );
  }
  if (iso < EARLIEST_DATE) {
    return caseIssue(
      'DATE_OUT_OF_RANGE',
      index,
      field,
      id,
      `${iso} 早于《政府信息公开条例》施行日（${EARLIEST_DATE}）`,
      `${iso} is before the Regulations took effect (${EARLIEST_DATE})`,
    );
  }
  return iso;
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
  /**
   * The register's own names for the fields, where they are neither the keys (`received`) nor the
   * Chinese names read by default ({@link REGISTER_FIELD_NAMES}): `{ received: '登记时间' }`.
   */
  readonly fields?: Readonly<Partial<Record<RegisterField, string>>>;
}

/**
 * The fields of a register's records: those of requests (`id`, `applicant`, `received`, `outcome`,
 * `closed`) and of reviews and lawsuits (`id`, `kind`, `filed`, `result`, `decided`).
 * @category Builders
 */
export type RegisterField =
  | 'id'
  | 'applicant'
  | 'received'
  | 'outcome'
  | 'closed'
  | 'kind'
  | 'filed'
  | 'result'
  | 'decided';

/**
 * The Chinese column names a register's records are read by when they lack a field's own name, in
 * order of preference: a 台账 exported from a spreadsheet says 编号, 申请人, 收到日期, 办理结果, 办结日期.
 * @example
 * ```ts
 * console.log(REGISTER_FIELD_NAMES.received[0]); // 收到日期
 * ```
 * @category Builders
 */
export const REGISTER_FIELD_NAMES: Readonly<Record<RegisterField, readonly string[]>> = Object.freeze({
  id: ['编号', '序号', '案件编号', '申请编号', '受理编号', '登记编号'],
  applicant: ['申请人类型', '申请人类别', '申请人', '申请主体'],
  received: ['收到日期', '收到申请日期', '申请日期', '受理日期', '登记日期'],
  outcome: ['办理结果', '答复结果', '处理结果', '答复类型'],
  closed: ['办结日期', '答复日期', '办结时间', '答复时间'],
  kind: ['案件类型', '类型', '类别'],
  filed: ['立案日期', '收到日期', '受理日期', '申请日期'],
  result: ['结果', '审理结果', '复议结果', '裁判结果', '决定结果'],
  decided: ['结案日期', '审结日期', '决定日期', '裁判日期'],
});

/** Checks a tally's inputs: the edition to use, or the failure (bad options, or a register that is not an array). */
export function tallyInputs(fn: string, cases: unknown, options: TallyOptions): Edition | Failure {
  const o = checkedOptions(fn, options, {
    reportYear: optionKinds.integer,
    edition: optionKinds.string,
    agency: optionKinds.object,
    fields: optionKinds.object,
  });
  if (o['reportYear'] === undefined)
    misuse(fn)('缺少选项 reportYear（报告年度）', 'option reportYear (the year to tally) is missing');
  for (const [field, name] of Object.entries((o['fields'] ?? {}) as Record<string, unknown>)) {
    if (!Object.hasOwn(REGISTER_FIELD_NAMES, field))
      misuse(fn)(
        `fields 中的“${field}”不是台账字段（${Object.keys(REGISTER_FIELD_NAMES).join('、')}）`,
        `fields: “${field}” is not a register field (${Object.keys(REGISTER_FIELD_NAMES).join(', ')})`,
      );
    if (typeof name !== 'string' || name === '')
      misuse(fn)(`fields.${field} 应为列名`, `fields.${field} must be a column name`);
  }
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

/** The fields a register's records name their subject, dates and outcome by. */
export interface CaseFields {
  /** What the case is about: `applicant` (requests) or `kind` (review, litigation). */
  readonly subject: RegisterField;
  /** When the case began: `received` (requests) or `filed` (review, litigation). */
  readonly start: RegisterField;
  /** When it ended: `closed` or `decided`. */
  readonly end: RegisterField;
  /** How it ended: `outcome` or `result`. */
  readonly outcome: RegisterField;
}

/** A field of a record: under its own name, the caller's name for it, or the first Chinese name present. */
function fieldOf(r: Record<string, unknown>, name: RegisterField, fields: TallyOptions['fields']): unknown {
  if (Object.hasOwn(r, name)) return r[name];
  const own = fields?.[name];
  if (own !== undefined) return r[own];
  for (const alias of REGISTER_FIELD_NAMES[name]) if (Object.hasOwn(r, alias)) return r[alias];
  return undefined;
}

/** A case's id: a non-empty string, or a safe integer (a database's key), as text; undefined otherwise. */
const idOf = (v: unknown) =>
  typeof v === 'string' && v.trim() !== ''
    ? v
    : typeof v === 'number' && Number.isSafeInteger(v)
      ? String(v)
      : undefined;

/** A case record read, in one shape for both registers: the id as text, the dates as `YYYY-MM-DD`. */
export interface CaseRecord {
  readonly id: string | undefined;
  /** The applicant (requests) or the kind (review, litigation), as written. */
  readonly subject: unknown;
  readonly start: string | undefined;
  readonly end: string | undefined;
  /** The outcome or result, as written; undefined when there is none. */
  readonly outcome: unknown;
}

/**
 * Reads what every case record shares — an object, a unique id, a valid start date, an end date that
 * comes with its outcome (and the reverse) and is not before the start — pushing one issue per problem.
 * Returns the record read (fields by their own names, ids as text, dates as `YYYY-MM-DD`) when it is
 * an object, so the caller can check its own fields.
 */
export function checkCase(
  i: number,
  c: unknown,
  seen: Set<string>,
  f: CaseFields,
  issues: Issue[],
  fields?: TallyOptions['fields'],
): CaseRecord | undefined {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) {
    issues.push(
      caseIssue('INVALID_CASE', i, undefined, undefined, `不是对象：${showValue(c)}`, `not an object: ${showValue(c)}`),
    );
    return undefined;
  }
  const r = c as Record<string, unknown>;
  const rawId = fieldOf(r, 'id', fields);
  const id = idOf(rawId);
  if (id === undefined)
    issues.push(
      rawId === undefined || rawId === ''
        ? caseIssue('INVALID_ID', i, 'id', rawId, '缺少编号', 'missing id')
        : caseIssue(
            'INVALID_ID',
            i,
            'id',
            undefined,
            `编号应为非空文字或整数，实为 ${showValue(rawId)}`,
            `an id is a non-empty string or a safe integer, not ${showValue(rawId)}`,
          ),
    );
  else if (seen.size === seen.add(id).size)
    issues.push(caseIssue('DUPLICATE_ID', i, 'id', id, '编号与前面的案件重复', 'the id is used by an earlier case'));
  const start = dateIssue(i, f.start, id, fieldOf(r, f.start, fields));
  if (typeof start !== 'string') issues.push(start);
  const endValue = fieldOf(r, f.end, fields);
  const outcome = fieldOf(r, f.outcome, fields);
  let end: string | undefined;
  if (endValue !== undefined && endValue !== null && endValue !== '') {
    const read = dateIssue(i, f.end, id, endValue);
    if (typeof read !== 'string') issues.push(read);
    else {
      end = read;
      if (typeof start === 'string' && read < start)
        issues.push(
          caseIssue(
            'CLOSED_BEFORE_RECEIVED',
            i,
            f.end,
            id,
            `${f.end} ${read} 早于 ${f.start} ${start}`,
            `${f.end} ${read} is before ${f.start} ${start}`,
          ),
        );
    }
  }
  const hasOutcome = outcome !== undefined && outcome !== null && outcome !== '';
  const hasEnd = endValue !== undefined && endValue !== null && endValue !== '';
  if (hasOutcome && !hasEnd)
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
  if (!hasOutcome && hasEnd)
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
  return {
    id,
    subject: fieldOf(r, f.subject, fields),
    start: typeof start === 'string' ? start : undefined,
    end,
    outcome: hasOutcome ? outcome : undefined,
  };
}
