/** R1: the balance printed in section 三 — 第一项加第二项之和，等于第三项加第四项之和 — in every column. */
import type { CellLayout, EditionLayout } from '../../template/layout.js';
import type { Relation } from '../relation.js';
import { columnLocation, term, defineRule } from '../ruleDefinition.js';

function balanceRelations(layout: EditionLayout): Relation[] {
  const out: Relation[] = [];
  for (const section of layout.tableSections) {
    const { balance } = section;
    if (!balance) continue;
    for (const block of section.blocks) {
      for (const column of block.columns) {
        const cell = (row: string) => layout.cellByKey.get(`${section.key}.${row}.${column.key}`) as CellLayout;
        const terms = [
          ...balance.right.map((r) => term(cell(r), 'actual')),
          ...balance.left.map((r) => term(cell(r), 'expected')),
        ];
        out.push({
          rule: 'R1',
          kind: 'BALANCE',
          op: 'eq',
          terms,
          location: columnLocation(section, column),
          order: cell(balance.left[0] as string).index,
        });
      }
    }
  }
  return out;
}

/** R1, as data. */
export const balanceRule = defineRule({
  id: 'R1',
  profiles: { draft: 'warning', submit: 'error' },
  title: { zh: '收支平衡', en: 'Balance of requests' },
  reference: {
    zh: '表三表头注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
    en: 'Note printed in table III: items 1 + 2 equal items 3 + 4',
  },
  severity: 'error',
  relation: {
    zh: '每列中，一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理',
    en: 'In every column, received + carried over = outcomes total + carried forward',
  },
  compile: balanceRelations,
});
