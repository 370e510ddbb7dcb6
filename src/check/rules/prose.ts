/** R9 (opt-in): numbers quoted in the prose agree with the tables. */
import type { LocalizedText } from '../../model/localizedText.js';
import { describeCell } from '../../template/describeCell.js';
import type { CellLayout } from '../../template/layout.js';
import { KNOWN, NA } from '../../_internal/cellValues.js';
import { defineRule, type FindingDraft } from '../ruleDefinition.js';

/** A figure prose often quotes, and the cells that hold it. Quantifiers are bounded: linear time. */
interface ProseFact {
  readonly pattern: RegExp;
  readonly cells: readonly string[];
  readonly label: LocalizedText;
}

const facts: readonly ProseFact[] = [
  {
    pattern: /(?:收到|新收|受理)[^。；;，,\d]{0,12}?申请[^。；;\d]{0,8}?(\d+)\s*件/g,
    cells: ['requests.received.total'],
    label: { zh: '收到申请', en: 'requests received' },
  },
  {
    pattern: /行政复议[^。；;\d]{0,8}?(\d+)\s*(?:件|起)/g,
    cells: ['reviewLitigation.review.total'],
    label: { zh: '行政复议', en: 'administrative reviews' },
  },
  {
    pattern: /行政诉讼[^。；;\d]{0,8}?(\d+)\s*(?:件|起)/g,
    cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
    label: { zh: '行政诉讼', en: 'lawsuits' },
  },
];

const proseSections = ['overview', 'problems', 'otherMatters'] as const;

/** R9, as data. */
export const proseRule = defineRule({
  id: 'R9',
  profiles: { draft: 'off', submit: 'warning' },
  title: { zh: '正文与表格一致', en: 'Prose agrees with the tables' },
  reference: {
    zh: '正文引用的数字应与表格一致（经验规则，需启用）',
    en: 'Numbers quoted in the prose should match the tables (heuristic, opt-in)',
  },
  severity: 'warning',
  optIn: true,
  relation: {
    zh: '正文中“收到……申请 N 件”“行政复议 N 件”“行政诉讼 N 件”与表三、表四相应总计一致',
    en: 'Prose figures such as 收到申请 N 件, 行政复议 N 件, 行政诉讼 N 件 match the totals of tables III and IV',
  },
  inspect: ({ report, values }) => {
    const out: FindingDraft[] = [];
    for (const [s, key] of proseSections.entries()) {
      const text = report[key];
      if (typeof text !== 'string') continue;
      for (const fact of facts) {
        for (const m of text.matchAll(fact.pattern)) {
          const quoted = Number(m[1]);
          const cells = fact.cells.map((k) => values.layout.cellByKey.get(k) as CellLayout);
          if (!cells.every((c) => values.state[c.index] === KNOWN || values.state[c.index] === NA)) continue;
          const table = cells.reduce((sum, c) => sum + (values.num[c.index] as number), 0);
          if (table === quoted) continue;
          const section = values.layout.template.sections.find((x) => x.key === key);
          const excerpt = m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0];
          out.push({
            kind: 'PROSE_NUMBER',
            status: 'broken',
            location: {
              section: key,
              where: { zh: `${section?.heading}：“${excerpt}”`, en: `${section?.headingEn}: “${excerpt}”` },
            },
            operands: cells.map((c) => ({
              key: c.key,
              where: describeCell(c),
              report: 'current',
              value: values.raw[c.index] as number,
              side: 'expected',
              coefficient: 1,
            })),
            message: {
              zh: `正文称${fact.label.zh} ${quoted} 件，表格为 ${table} 件`,
              en: `The prose quotes ${quoted} ${fact.label.en}; the table has ${table}`,
            },
            order: s * 1000 + (m.index ?? 0),
            expected: table,
            actual: quoted,
            delta: quoted - table,
          });
        }
      }
    }
    return out;
  },
});
