/** R0: what the arithmetic rules rely on — filled rows, the right edition, the right previous report. */
import { pushAll } from '../../_internal/arrays.js';
import type { LocalizedText } from '../../model/localizedText.js';
import type { Report } from '../../model/report.js';
import { describeCell, describeRows } from '../../template/describeCell.js';
import { cellsOfRow, type CellLayout, type RowLayout } from '../../template/layout.js';
import { templates } from '../../template/templates.js';
import { BLANK, NA, type Values } from '../../_internal/cellValues.js';
import { defineRule, type FindingDraft } from '../ruleDefinition.js';
import type { Operand } from '../types.js';

const operand = (cell: CellLayout, values: Values): Operand => ({
  key: cell.key,
  where: describeCell(cell),
  report: 'current',
  value: values.raw[cell.index] as Operand['value'],
  side: 'actual',
  coefficient: 1,
});

/** Why a previous report cannot serve the cross-year rules, if it cannot. */
export function previousReportProblem(report: Report, previous: Report): LocalizedText | undefined {
  if (typeof previous !== 'object' || previous === null || !Object.hasOwn(templates, previous.edition)) {
    return {
      zh: '所给上年报告不是有效报告，跨年规则未执行',
      en: 'The previous report given is not a valid report; cross-year rules were not run',
    };
  }
  if (previous.reportYear !== report.reportYear - 1) {
    return {
      zh: `所给上年报告为 ${previous.reportYear} 年度，而非 ${report.reportYear - 1} 年度，跨年规则未执行`,
      en: `The previous report is for ${previous.reportYear}, not ${report.reportYear - 1}; cross-year rules were not run`,
    };
  }
  return undefined;
}

function blankRuns(values: Values): FindingDraft[] {
  const { layout, state } = values;
  const out: FindingDraft[] = [];
  const cellsOf = (r: RowLayout) => cellsOfRow(layout, r);
  const isBlank = (r: RowLayout) => {
    for (let i = r.firstCell; i < r.firstCell + r.block.columns.length; i++) if (state[i] !== BLANK) return false;
    return true;
  };
  for (const section of layout.tableSections) {
    const rows = layout.rows.filter((r) => r.section === section);
    let start = 0;
    while (start < rows.length) {
      if (!isBlank(rows[start] as RowLayout)) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < rows.length && isBlank(rows[end + 1] as RowLayout)) end++;
      const run = rows.slice(start, end + 1);
      const whole = run.length === rows.length;
      const where: LocalizedText = whole
        ? { zh: `表${section.ordinal}`, en: `Table ${section.ordinalEn}` }
        : describeRows(run);
      const cells = run.flatMap(cellsOf);
      out.push({
        kind: 'BLANK_ROWS',
        status: 'not_assessable',
        location: { section: section.key, row: (run[0] as RowLayout).path, where },
        operands: cells.map((c) => operand(c, values)),
        message: whole
          ? {
              zh: `${where.zh}整表空白：未填报，不视为 0`,
              en: `${where.en} is entirely blank: not reported, not taken as 0`,
            }
          : {
              zh: `${where.zh}：${run.length} 行全部空白。空白不等于 0；若意为 0，请填写 0。依赖这些行的规则无法完全判断。`,
              en: `${where.en}: ${run.length} row(s) entirely blank. Blank is not zero; if zero is meant, write 0. Rules that need these rows cannot be fully assessed.`,
            },
        order: (cells[0] as CellLayout).index,
      });
      start = end + 1;
    }
  }
  return out;
}

/** R0, as data. */
export const completenessRule = defineRule({
  id: 'R0',
  profiles: { draft: 'info', submit: 'error' },
  title: { zh: '完整性', en: 'Completeness' },
  reference: {
    zh: '空白不等于 0；格式版本按报告年度适用（国办公开办函〔2019〕60号、〔2021〕30号）',
    en: 'Blank is not zero; each edition applies to its report years',
  },
  severity: 'warning',
  relation: {
    zh: '表格中不应有整行空白；“不适用”按 0 计并予说明；格式版本与报告年度相符；上年报告为同一机关上一年度',
    en: 'No entirely blank rows; not-applicable cells count as 0 and are said to; the edition fits the report year; the previous report is the year before',
  },
  inspect: ({ report, values, previous }) => {
    const out: FindingDraft[] = [];
    const t = templates[report.edition];
    if (report.reportYear < t.firstYear || (t.lastYear !== undefined && report.reportYear > t.lastYear)) {
      out.push({
        kind: 'EDITION_YEAR',
        status: 'broken',
        location: { where: { zh: '报告年度与格式版本', en: 'Report year and edition' } },
        operands: [],
        message: {
          zh: `${report.reportYear} 年度报告使用了 ${report.edition} 年版格式，该格式适用于 ${t.firstYear}${t.lastYear ? `–${t.lastYear}` : ' 年起'} 年度`,
          en: `A ${report.reportYear} report uses the ${report.edition} edition, which applies to report years ${t.firstYear}${t.lastYear ? `–${t.lastYear}` : ' onward'}`,
        },
        order: -2,
      });
    }
    if (previous !== undefined) {
      const problem = previousReportProblem(report, previous);
      const renamed =
        !problem && (previous.agency?.code ?? previous.agency?.name) !== (report.agency.code ?? report.agency.name);
      if (problem || renamed) {
        out.push({
          kind: 'PREVIOUS_REPORT',
          status: 'broken',
          location: { where: { zh: '上年报告', en: 'Previous report' } },
          operands: [],
          message: problem ?? {
            zh: `上年报告的机关（${previous.agency.name}）与本报告（${report.agency.name}）不同，跨年规则的结果仅供参考`,
            en: `The previous report's body (${previous.agency.name}) differs from this one (${report.agency.name}); cross-year results are indicative only`,
          },
          order: -1,
        });
      }
    }
    pushAll(out, blankRuns(values));
    const na: CellLayout[] = [];
    for (let i = 0; i < values.state.length; i++)
      if (values.state[i] === NA) na.push(values.layout.cells[i] as CellLayout);
    if (na.length > 0) {
      out.push({
        kind: 'NOT_APPLICABLE_AS_ZERO',
        status: 'inferred',
        severity: 'info',
        location: { where: { zh: '“不适用”单元格', en: 'Not-applicable cells' } },
        operands: na.map((c) => operand(c, values)),
        message: {
          zh: `${na.length} 个单元格填为“不适用”（/、-、—、无），计算时按 0 计：${na
            .map((c) => describeCell(c).zh)
            .slice(0, 3)
            .join('；')}${na.length > 3 ? '；……' : ''}`,
          en: `${na.length} cell(s) printed as not applicable (/, -, —, 无) are counted as 0: ${na
            .map((c) => describeCell(c).en)
            .slice(0, 3)
            .join('; ')}${na.length > 3 ? '; …' : ''}`,
        },
        order: (na[0] as CellLayout).index,
      });
    }
    return out;
  },
});
