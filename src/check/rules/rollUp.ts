/** R10: an aggregate report equals the sum of the reports it aggregates, cell by cell. */
import { ExactDec, toYuan } from '../../_internal/decimal.js';
import type { Money } from '../../model/cell.js';
import { describeCell } from '../../template/describeCell.js';
import type { CellLayout, EditionLayout } from '../../template/layout.js';
import { type Relation } from '../relation.js';
import { KNOWN } from '../../_internal/cellValues.js';
import { term, type FindingDraft, defineRule } from '../ruleDefinition.js';
import { cellLocation } from '../../template/describeCell.js';

const sides = {
  actual: { zh: '汇总报告', en: 'the aggregate' },
  expected: { zh: '下级报告之和', en: 'the sum of the reports it aggregates' },
};

/** R10, as data. */
export const rollUpRule = defineRule({
  id: 'R10',
  profiles: { draft: 'warning', submit: 'error' },
  title: { zh: '汇总一致', en: 'Roll-up' },
  reference: {
    zh: '本级政府汇总报告等于其所汇总各报告之和（层级关系）',
    en: 'An aggregate report equals the sum of the reports it aggregates (hierarchy)',
  },
  severity: 'error',
  aggregateOnly: true,
  unusable: ({ edition, childrenUsable }) =>
    childrenUsable
      ? undefined
      : {
          kind: 'ROLL_UP',
          status: 'not_assessable',
          severity: 'info',
          location: { where: { zh: '所汇总的报告', en: 'Reports aggregated' } },
          operands: [],
          message: {
            zh: `所汇总的报告中有非 ${edition} 年版的报告，请先转换格式版本`,
            en: `Some reports aggregated do not follow the ${edition} edition; convert them first`,
          },
          order: -1,
        },
  relation: {
    zh: '汇总报告（scope 为 aggregate）的每一格 = 所汇总各报告该格之和；金额按元精确相加',
    en: 'Every cell of an aggregate report (scope aggregate) = the sum of that cell over the reports it aggregates; money added exactly in 元',
  },
  compile: (layout: EditionLayout, _previous, children) => {
    if (children === 0) return [];
    return layout.cells
      .filter((c) => c.column.kind !== 'money')
      .map(
        (cell): Relation => ({
          rule: 'R10',
          kind: 'ROLL_UP',
          op: 'eq',
          terms: [term(cell, 'actual'), ...Array.from({ length: children }, (_, i) => term(cell, 'expected', 2 + i))],
          location: cellLocation(cell),
          order: cell.index,
          sides,
        }),
      );
  },
  inspect: ({ values, children, childValues }) => {
    const out: FindingDraft[] = [];
    if (children.length === 0) return out;
    for (const cell of values.layout.cells.filter((c) => c.column.kind === 'money') as CellLayout[]) {
      const own = values.raw[cell.index];
      const parts = childValues.map((v) => v.raw[cell.index]);
      // Not applicable counts as 0; a blank (or unreadable) amount leaves the cell to R0 and R8.
      const yuan = (v: unknown, state: number | undefined) =>
        v === 'NA'
          ? new ExactDec(0)
          : state === KNOWN && typeof v === 'object' && v !== null
            ? toYuan(v as Money)
            : undefined;
      const actual = yuan(own, values.state[cell.index]);
      const amounts = parts.map((p, i) => yuan(p, childValues[i]?.state[cell.index]));
      if (actual === undefined || amounts.some((a) => a === undefined)) continue;
      const total = amounts.reduce(
        (s: InstanceType<typeof ExactDec>, a) => s.plus(a as InstanceType<typeof ExactDec>),
        new ExactDec(0),
      );
      if (actual.equals(total)) continue;
      const where = describeCell(cell);
      out.push({
        kind: 'ROLL_UP',
        status: 'broken',
        location: cellLocation(cell),
        operands: [
          { key: cell.key, where, report: 'current', value: own as Money, side: 'actual', coefficient: 1 },
          ...children.map((c, i) => ({
            key: cell.key,
            where,
            report: 'child' as const,
            source: { agency: c.agency.name, index: i },
            value: parts[i] as Money,
            side: 'expected' as const,
            coefficient: 1 as const,
          })),
        ],
        message: {
          zh: `${where.zh}：汇总报告为 ${actual.toFixed()} 元，下级报告之和为 ${total.toFixed()} 元`,
          en: `${where.en}: the aggregate has ${actual.toFixed()} 元, the reports it aggregates add up to ${total.toFixed()} 元`,
        },
        order: cell.index,
      });
    }
    return out;
  },
});
