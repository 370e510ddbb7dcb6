import { assertReport } from '../_internal/assertEdition.js';
import { KNOWN, extractValues } from '../_internal/cellValues.js';
import { emptyReport } from '../build/emptyReport.js';
import { setCells } from '../build/setCell.js';
import { ruleDefinitions } from '../check/catalogue.js';
import { signedCoef } from '../check/relation.js';
import type { CellValue } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { editionOfYear } from '../template/editionForYear.js';
import { layoutOf } from '../template/layout.js';

/**
 * The same body's report for the year before, as the cross-year rules (R5–R7) link it to `report`:
 * last year's 结转下年度继续办理 is this year's 上年结转, last year's 现行有效件数 is this year's less
 * what was issued plus what was repealed, last year's 上一年项目数量 and 本年增/减 add up to this
 * year's. Only the cells those rules read are filled (the rest blank), from the rules themselves: a
 * relation with several of last year's cells takes 0 for all but the first. A cell that would come
 * out negative stays blank. Undefined when no edition covers the year before (a 2019 report).
 * Use it to test reading or checking with `previous`.
 * @param report - this year's report.
 * @returns last year's report, or undefined.
 * @example
 * ```ts
 * const previous = previousReportOf(report);
 * parseReport(text, { previous });
 * ```
 * @category Testing
 */
export function previousReportOf(report: Report): Report | undefined {
  assertReport('previousReportOf', report);
  const year = report.reportYear - 1;
  const edition = editionOfYear(year);
  if (!edition) return undefined;
  const layout = layoutOf(report.edition);
  const before = layoutOf(edition);
  const values = extractValues(report, layout);
  const updates: Record<string, CellValue> = {};
  const relations = ruleDefinitions
    .filter((r) => r.crossYear && r.compile && r.editions.includes(report.edition))
    .flatMap((r) => r.compile?.(layout, before, 0) ?? []);
  for (const rel of relations) {
    if (rel.op !== 'eq') continue;
    const last = rel.terms.filter((t) => t.report === 1);
    const [solved, ...zero] = last;
    if (!solved) continue;
    // Σ signed terms = 0: the first of last year's cells is what this year's leave over.
    let rest = 0;
    let known = true;
    for (const t of rel.terms) {
      if (t.report === 1) continue;
      if (values.state[t.index] !== KNOWN) known = false;
      else rest += signedCoef(t) * (values.num[t.index] as number);
    }
    const v = -rest / signedCoef(solved);
    if (!known || !Number.isSafeInteger(v) || v < 0) continue;
    updates[solved.cell.key] = v;
    for (const t of zero) updates[t.cell.key] = 0;
  }
  const empty = emptyReport({ edition, reportYear: year, agency: report.agency, scope: report.scope }) as Report;
  return setCells(empty, updates as never);
}
