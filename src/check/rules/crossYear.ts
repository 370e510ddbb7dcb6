/** R5–R7: relations between a report and the same body's report for the year before. */
import { layoutOf, type CellLayout, type EditionLayout } from '../../template/layout.js';
import { editions } from '../../template/templates.js';
import type { Edition } from '../../template/types.js';
import type { LocalizedText } from '../../model/localizedText.js';
import type { Relation } from '../relation.js';
import type { FindingKind } from '../types.js';
import { term, defineRule, type FindingDraft, type InputContext } from '../ruleDefinition.js';
import { cellLocation } from '../../template/describeCell.js';

/** For each row of `layout` having every column in `columns`, the cells of those columns. */
function rowsWith(layout: EditionLayout, columns: readonly string[]): (readonly CellLayout[])[] {
  return layout.rows
    .filter((r) => columns.every((c) => r.block.columns.some((col) => col.key === c)))
    .map((r) => columns.map((c) => layout.cellByKey.get(`${r.section.key}.${r.path}.${c}`) as CellLayout));
}

/** The editions some row of which has every column in one of `sets`: a rule needs its columns, not an edition's name. */
function editionsWith(...sets: readonly (readonly string[])[]): Edition[] {
  return editions.filter((e) => sets.some((columns) => rowsWith(layoutOf(e), columns).length > 0));
}

/**
 * The note of a cross-year rule whose relations found no cell of the previous report: its edition
 * has none that corresponds (a 2019 report before a 2021 one, for R6).
 */
function noCorrespondingCells(kind: FindingKind, title: LocalizedText) {
  return ({ previous, relations }: InputContext): FindingDraft | undefined => {
    if (!previous || relations.some((r) => r.terms.some((t) => t.report === 1))) return undefined;
    return {
      kind,
      status: 'not_assessable',
      severity: 'info',
      location: { where: { zh: '上年报告', en: 'Previous report' } },
      operands: [],
      message: {
        zh: `${title.zh}：上年报告为 ${previous.edition} 年版，没有对应的单元格，无法跨年核对`,
        en: `${title.en}: the previous report follows the ${previous.edition} edition, which has no corresponding cells`,
      },
      order: -1,
    };
  };
}

/** The previous report's cell that corresponds to `cell` (same section, row and column), if any. */
function before(
  previous: EditionLayout,
  cell: CellLayout,
  row: string,
  column = cell.column.key,
): CellLayout | undefined {
  return previous.cellByKey.get(`${cell.section.key}.${row}.${column}`);
}

const carryOverTitle: LocalizedText = { zh: '跨年结转', en: 'Carry-over between years' };
const stockTitle: LocalizedText = { zh: '现行有效件数存量', en: 'Stock of documents in force' };
const itemsTitle: LocalizedText = { zh: '事项数量与公开总数', en: 'Item counts and published totals' };

/** R5: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column. */
export const carryOverRule = defineRule({
  id: 'R5',
  profiles: { draft: 'info', submit: 'warning' },
  title: carryOverTitle,
  reference: {
    zh: '《政府信息公开条例》第三十三条（答复期限）；上年结转即上年报告的结转下年度',
    en: 'Regulations art. 33 (time limits): what one year carries forward, the next carries over',
  },
  severity: 'warning',
  crossYear: true,
  unusable: noCorrespondingCells('CARRY_OVER', carryOverTitle),
  relation: {
    zh: '每列中，本年 二、上年结转 = 上年报告 四、结转下年度继续办理（机构改革或统计口径变化时可合理不符）',
    en: "In every column, this year's carried over = last year's carried forward (may legitimately differ after a reorganisation or change of scope)",
  },
  compile: (layout, previous) => {
    if (!previous) return [];
    return layout.cells
      .filter((c) => c.section.key === 'requests' && c.path === 'carriedOver')
      .flatMap((cell): Relation[] => {
        const prev = before(previous, cell, 'carriedForward');
        return prev
          ? [
              {
                rule: 'R5',
                kind: 'CARRY_OVER',
                op: 'eq',
                terms: [term(cell, 'actual'), term(prev, 'expected', 1)],
                location: cellLocation(cell),
                order: cell.index,
              },
            ]
          : [];
      });
  },
});

/** R6 (editions with 现行有效件数, 2021): 现行有效件数 this year = last year's + 本年制发件数 − 本年废止件数. */
export const stockRule = defineRule({
  id: 'R6',
  profiles: { draft: 'info', submit: 'warning' },
  title: stockTitle,
  reference: {
    zh: '第二十条第（一）项各行的存量关系（经验规则）',
    en: 'Stock relation of the rows under article 20 (1) (heuristic)',
  },
  editions: editionsWith(['inForce', 'issued', 'repealed']),
  severity: 'warning',
  crossYear: true,
  unusable: noCorrespondingCells('STOCK', stockTitle),
  relation: {
    zh: '规章、行政规范性文件：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数',
    en: 'Regulations and normative documents: in force now = in force last year + issued − repealed',
  },
  compile: (layout, previous) => {
    if (!previous) return [];
    return rowsWith(layout, ['inForce', 'issued', 'repealed']).flatMap(([inForce, issued, repealed]): Relation[] => {
      const cell = inForce as CellLayout;
      const prev = before(previous, cell, cell.path);
      if (!prev) return [];
      const terms = [
        term(cell, 'actual'),
        term(prev, 'expected', 1),
        term(issued as CellLayout, 'expected'),
        term(repealed as CellLayout, 'expected', 0, -1),
      ];
      return [{ rule: 'R6', kind: 'STOCK', op: 'eq', terms, location: cellLocation(cell), order: cell.index }];
    });
  },
});

/** R7 (editions with 上一年项目数量 or 对外公开总数量, 2019): 上一年项目数量 carries last year's count plus its 本年增/减; 对外公开总数量 ≥ 本年新公开数量. */
export const itemsRule = defineRule({
  id: 'R7',
  profiles: { draft: 'info', submit: 'warning' },
  title: itemsTitle,
  reference: {
    zh: '第二十条第（一）（五）（六）（八）项各行（经验规则）',
    en: 'Rows under article 20 (1), (5), (6), (8) (heuristic)',
  },
  editions: editionsWith(['publishedTotal', 'publishedThisYear'], ['itemsLastYear']),
  severity: 'warning',
  crossYear: true,
  unusable: noCorrespondingCells('ITEMS', itemsTitle),
  relation: {
    zh: '本年 上一年项目数量 = 上年报告 上一年项目数量 + 上年 本年增/减；对外公开总数量 ≥ 本年新公开数量',
    en: "This year's items last year = last year's items last year + last year's change; published in total ≥ published this year",
  },
  compile: (layout, previous) => {
    const atLeast = rowsWith(layout, ['publishedTotal', 'publishedThisYear']).map(([total, year]): Relation => {
      const cell = total as CellLayout;
      return {
        rule: 'R7',
        kind: 'PUBLISHED_TOTAL',
        op: 'ge',
        terms: [term(cell, 'actual'), term(year as CellLayout, 'expected')],
        location: cellLocation(cell),
        order: cell.index,
      };
    });
    if (!previous) return atLeast;
    const items = rowsWith(layout, ['itemsLastYear']).flatMap(([items]): Relation[] => {
      const cell = items as CellLayout;
      const prevItems = before(previous, cell, cell.path);
      const prevChange = before(previous, cell, cell.path, 'change');
      if (!prevItems || !prevChange) return [];
      const terms = [term(cell, 'actual'), term(prevItems, 'expected', 1), term(prevChange, 'expected', 1)];
      return [{ rule: 'R7', kind: 'ITEMS', op: 'eq', terms, location: cellLocation(cell), order: cell.index }];
    });
    return [...atLeast, ...items];
  },
});
