import { checkedOptions, optionKinds } from '../_internal/options.js';
import { issue as cellIssue } from '../_internal/cellIssue.js';
import type { Result } from '../model/result.js';
import { buildReport } from '../_internal/buildReport.js';
import { Dec, ExactDec, toYuan, yuanToWan } from '../_internal/decimal.js';
import { narrow, plus, type ExactSum } from '../check/exact.js';
import { agencyProblem } from '../_internal/agencyName.js';
import { editionOfYear } from '../template/editionForYear.js';
import { KNOWN, NA, extractValues } from '../_internal/cellValues.js';
import type { CellValue, Money } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Agency, Report } from '../model/report.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf } from '../template/layout.js';
import { templates } from '../template/templates.js';
import type { Edition, MoneyUnit } from '../template/types.js';

/**
 * A cell of a sum left blank because some reports left it blank: what is known of it.
 * @category Analysis
 */
export interface PartialSum {
  /** The cell key. */
  readonly key: string;
  /** The cell in the form's own words. */
  readonly where: LocalizedText;
  /** The sum of the reports that gave the cell: a lower bound of the true sum for counts (blank is unknown, not zero). */
  readonly known: number;
  /** `true` for counts (the true sum is at least `known`); `false` for signed changes (no bound). */
  readonly lowerBound: boolean;
  /** Agency names of the reports that left the cell blank. */
  readonly blankIn: readonly string[];
}

/**
 * What {@link sumReports} returns.
 * @category Analysis
 */
export type SumResult<R extends Report = Report> = Result<{
  /** The aggregate report (`scope: 'aggregate'`), of the reports' edition. */
  readonly report: R;
  /** Cells left blank because some reports left them blank, with the partial sums. */
  readonly partial: readonly PartialSum[];
}>;

/**
 * Options of {@link sumReports}.
 * @category Analysis
 */
export interface SumOptions {
  /** The body whose aggregate report this is. */
  readonly agency: Agency;
  /** The report year (default: the reports' own, which must then agree). */
  readonly reportYear?: number;
}

/** What is wrong with the options of {@link sumReports}, in both languages, or undefined. */
function optionsProblem(options: unknown): LocalizedText | undefined {
  if (typeof options !== 'object' || options === null)
    return { zh: '缺少选项：应给出汇总报告的机关（agency）', en: 'Options are required: the aggregate’s agency' };
  const o = options as Record<string, unknown>;
  const agency = agencyProblem(o['agency']);
  if (agency) return { zh: `机关信息无效：${agency.zh}`, en: `Invalid agency: ${agency.en}` };
  const year = o['reportYear'];
  if (year !== undefined && (typeof year !== 'number' || editionOfYear(year) === undefined))
    return { zh: `报告年度 ${String(year)} 无效`, en: `Report year ${String(year)} is not one the model holds` };
  for (const k of Object.keys(o))
    if (k !== 'agency' && k !== 'reportYear') return { zh: `未知选项“${k}”`, en: `Unknown option “${k}”` };
  return undefined;
}

/**
 * Adds reports cell by cell into an aggregate report (`scope: 'aggregate'`), as a people's
 * government rolls up its departments and districts. Counts add exactly; a not-applicable cell counts
 * as 0 (all not applicable stays not applicable); a blank in any report leaves the sum blank and lists it
 * in `partial` with the known part as a lower bound — never a silent zero. Money adds exactly, in the
 * column's unit, in the reports' common unit, or else in 元. Prose sections are left empty. Mixed
 * editions are refused: convert them first (`convertEdition`). Never throws on the reports; an unknown option or
 * one of the wrong type is misuse and throws `INVALID_ARGUMENT`.
 * @param reports - the reports to add, all of one edition.
 * @param options - the aggregate's agency, and its report year.
 * @returns the aggregate and its partial cells, or the issues.
 * @example
 * ```ts
 * const city = sumReports(departmentReports, { agency: { name: '某某市人民政府' } });
 * if (city.success) checkReport(city.report, { children: departmentReports }); // R10
 * ```
 * @category Analysis
 */
export function sumReports<R extends Report>(reports: readonly R[], options: SumOptions): SumResult<R> {
  const issue = (zh: string, en: string, path: (string | number)[] = []): SumResult<R> => ({
    success: false,
    issues: [{ code: 'INVALID_VALUE', path, message: { zh, en } }],
  });
  if (!Array.isArray(reports) || reports.length === 0) return issue('没有可汇总的报告', 'There are no reports to sum');
  const edition = reports[0]?.edition as Edition;
  const odd = reports.findIndex((r) => r?.edition !== edition || !Object.hasOwn(templates, edition));
  if (odd >= 0) {
    return {
      success: false,
      issues: [
        {
          code: 'UNKNOWN_EDITION',
          path: [odd, 'edition'],
          message: {
            zh: `第 ${odd + 1} 份报告为 ${String(reports[odd]?.edition)} 年版，与第 1 份（${edition} 年版）不同；请先用 convertEdition 转换`,
            en: `Report ${odd + 1} follows edition ${String(reports[odd]?.edition)}, report 1 edition ${edition}; convert them first with convertEdition`,
          },
        },
      ],
    };
  }
  checkedOptions('sumReports', options, { agency: optionKinds.object, reportYear: optionKinds.integer });
  const badOptions = optionsProblem(options);
  if (badOptions) return { success: false, issues: [{ code: 'INVALID_OPTIONS', path: [], message: badOptions }] };
  const year = options.reportYear ?? reports[0]?.reportYear;
  if (options.reportYear === undefined && reports.some((r) => r.reportYear !== year)) {
    return issue(
      '报告年度不一致，请在选项中给出汇总报告的年度',
      'The reports are for different years; give the aggregate’s year in the options',
      ['reportYear'],
    );
  }
  if (editionOfYear(year as number) !== edition) {
    return issue(
      `报告年度 ${String(year)} 不适用 ${edition} 年版格式`,
      `Report year ${String(year)} is not a year of the ${edition} edition`,
      ['reportYear'],
    );
  }
  const layout = layoutOf(edition);
  const n = layout.cells.length;
  const sum: ExactSum[] = new Array<ExactSum>(n).fill(0);
  const known = new Uint32Array(n); // reports that gave a number
  const na = new Uint32Array(n); // reports that printed not applicable
  const blankIn: string[][] = Array.from({ length: n }, () => []);
  const money = layout.cells.filter((c) => c.column.kind === 'money');
  const moneySum = money.map(() => new ExactDec(0));
  const moneyUnits = money.map(() => new Set<MoneyUnit>());
  for (const r of reports) {
    const v = extractValues(r, layout);
    for (let i = 0; i < n; i++) {
      const st = v.state[i];
      if (st === KNOWN) {
        sum[i] = plus(sum[i] as ExactSum, 1, v.num[i] as number);
        known[i] = (known[i] as number) + 1;
      } else if (st === NA) na[i] = (na[i] as number) + 1;
      else (blankIn[i] as string[]).push(r.agency?.name ?? '?');
    }
    money.forEach((c, m) => {
      const value = v.raw[c.index];
      if (v.state[c.index] === KNOWN && typeof value === 'object' && value !== null) {
        moneySum[m] = (moneySum[m] as InstanceType<typeof ExactDec>).plus(toYuan(value as Money));
        moneyUnits[m]?.add((value as Money).unit);
      }
    });
  }
  // Exact sums: a cell whose total leaves the safe range is refused, even if later parts bring it back.
  for (let i = 0; i < n; i++) sum[i] = narrow(sum[i] as ExactSum);
  const unsafe = layout.cells.find((c) => typeof sum[c.index] !== 'number');
  if (unsafe) {
    return {
      success: false,
      issues: [
        cellIssue(
          'UNSAFE_INTEGER',
          unsafe.segments,
          {
            zh: `${describeCell(unsafe).zh}：合计超出安全整数范围，无法精确表示`,
            en: `${describeCell(unsafe).en}: the sum exceeds the safe integer range and would not be exact`,
          },
          unsafe,
        ),
      ],
    };
  }
  const partial: PartialSum[] = [];
  const cells: CellValue[] = layout.cells.map((cell, i) => {
    const blanks = blankIn[i] as string[];
    if (blanks.length > 0) {
      const part = cell.column.kind === 'money' ? 0 : (sum[i] as number);
      partial.push({
        key: cell.key,
        where: describeCell(cell),
        known: part,
        lowerBound: cell.column.kind === 'count',
        blankIn: blanks,
      });
      return null;
    }
    if (known[i] === 0 && (na[i] as number) > 0) return 'NA';
    if (cell.column.kind === 'money') {
      const m = money.indexOf(cell);
      const units = moneyUnits[m] as Set<MoneyUnit>;
      const unit: MoneyUnit = cell.column.unit ?? (units.size === 1 ? ([...units][0] as MoneyUnit) : '元');
      const yuan = moneySum[m] as InstanceType<typeof ExactDec>;
      // Handed out as the library's Decimal: computed exactly, never a 1e9-digit context in users' hands.
      return Object.freeze({ amount: new Dec(unit === '万元' ? yuanToWan(yuan) : yuan), unit });
    }
    return sum[i] as number;
  });
  const head = {
    edition,
    reportYear: year as number,
    agency: options.agency,
    scope: 'aggregate' as const,
    overview: '',
    problems: '',
    otherMatters: '',
  };
  const report = buildReport(head, (cell) => cells[cell.index] as CellValue);
  return { success: true, report: report as R, partial };
}
