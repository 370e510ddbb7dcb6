/** R2–R4: the sums implied by the layout — a total row sums its sibling rows, a total column sums its row. */
import type { CellLayout, EditionLayout, RowLayout } from '../../template/layout.js';
import type { Relation } from '../relation.js';
import { term, defineRule } from '../ruleDefinition.js';
import { cellLocation } from '../../template/describeCell.js';
import type { FindingKind, RuleId } from '../types.js';

function cellAt(layout: EditionLayout, row: RowLayout, column: string): CellLayout | undefined {
  return layout.cellByKey.get(`${row.section.key}.${row.path}.${column}`);
}

/** In every data row of a section whose block has a total column: total = Σ the other columns. */
function columnTotalRelations(layout: EditionLayout, section: string, rule: RuleId, kind: FindingKind): Relation[] {
  const out: Relation[] = [];
  for (const row of layout.rows) {
    if (row.section.key !== section) continue;
    const total = row.block.columns.find((c) => c.role === 'total');
    const totalCell = total && cellAt(layout, row, total.key);
    if (!totalCell) continue;
    const parts = row.block.columns
      .filter((c) => c !== total)
      .map((c) => term(cellAt(layout, row, c.key) as CellLayout, 'expected'));
    out.push({
      rule,
      kind,
      op: 'eq',
      terms: [term(totalCell, 'actual'), ...parts],
      location: cellLocation(totalCell),
      order: totalCell.index,
    });
  }
  return out;
}

/** For every total row of a section, in every column: total = Σ the data rows among its siblings. */
function rowTotalRelations(layout: EditionLayout, section: string, rule: RuleId, kind: FindingKind): Relation[] {
  const out: Relation[] = [];
  for (const totalRow of layout.rows) {
    if (totalRow.section.key !== section || totalRow.row.role !== 'total') continue;
    const parent = totalRow.ancestors.map((a) => a.key).join('.');
    const prefix = parent === '' ? '' : `${parent}.`;
    const parts = layout.rows.filter(
      (r) => r.section === totalRow.section && r !== totalRow && r.path.startsWith(prefix),
    );
    for (const column of totalRow.block.columns) {
      const totalCell = cellAt(layout, totalRow, column.key) as CellLayout;
      const terms = [
        term(totalCell, 'actual'),
        ...parts.map((r) => term(cellAt(layout, r, column.key) as CellLayout, 'expected')),
      ];
      out.push({ rule, kind, op: 'eq', terms, location: cellLocation(totalCell), order: totalCell.index });
    }
  }
  return out;
}

/** R2: （七）总计 equals the sum of the outcome rows, in every column. */
export const outcomeSumRule = defineRule({
  id: 'R2',
  profiles: { draft: 'warning', submit: 'error' },
  title: { zh: '办理结果合计', en: 'Outcome total' },
  reference: {
    zh: '表三版式：（七）总计为（一）至（六）各项之和',
    en: 'Layout of table III: (7) Total is the sum of outcomes (1)–(6)',
  },
  severity: 'error',
  relation: {
    zh: '每列中，（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开各项 + （四）无法提供各项 + （五）不予处理各项 + （六）其他处理（2021 年版为其各项）',
    en: 'In every column, (7) Total = (1) + (2) + each item of (3), (4), (5) + (6) (its three items in edition 2021)',
  },
  compile: (layout) => rowTotalRelations(layout, 'requests', 'R2', 'OUTCOME_SUM'),
});

/** R3: in every row of section 三, 总计 equals the six applicant columns. */
export const applicantSumRule = defineRule({
  id: 'R3',
  profiles: { draft: 'warning', submit: 'error' },
  title: { zh: '申请人合计', en: 'Applicant total' },
  reference: {
    zh: '表三版式：总计为自然人与法人或其他组织五列之和',
    en: 'Layout of table III: Total is natural persons plus the five organisation columns',
  },
  severity: 'error',
  relation: {
    zh: '表三每一数据行，总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    en: 'In every data row of table III, Total = natural persons + the five organisation columns',
  },
  compile: (layout) => columnTotalRelations(layout, 'requests', 'R3', 'APPLICANT_SUM'),
});

/** R4: in each block of section 四, 总计 equals its four results. */
export const reviewLitigationSumRule = defineRule({
  id: 'R4',
  profiles: { draft: 'warning', submit: 'error' },
  title: { zh: '复议诉讼合计', en: 'Review and litigation totals' },
  reference: {
    zh: '表四版式：各部分总计为结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'Layout of table IV: each Total is upheld + corrected + other + pending',
  },
  severity: 'error',
  relation: {
    zh: '行政复议、未经复议直接起诉、复议后起诉三部分中，总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'In each of review, direct litigation and litigation after review: Total = upheld + corrected + other + pending',
  },
  compile: (layout) => columnTotalRelations(layout, 'reviewLitigation', 'R4', 'REVIEW_LITIGATION_SUM'),
});
