/** R8: every cell holds what its column allows. */
import { validateCell } from '../../_internal/validateCell.js';
import type { CellValue } from '../../model/cell.js';
import { describeCell, describeRow } from '../../template/describeCell.js';
import { cellsOfRow, type CellLayout, type EditionLayout } from '../../template/layout.js';
import { INVALID } from '../../_internal/cellValues.js';
import { type FindingDraft, defineRule } from '../ruleDefinition.js';
import { cellLocation } from '../../template/describeCell.js';

const moneyCells = new WeakMap<EditionLayout, Uint8Array>();
/** Flags of the money cells of a layout (money is validated even when it reads as known). */
function moneyFlags(layout: EditionLayout): Uint8Array {
  let flags = moneyCells.get(layout);
  if (!flags) {
    flags = Uint8Array.from(layout.cells, (c) => (c.column.kind === 'money' ? 1 : 0));
    moneyCells.set(layout, flags);
  }
  return flags;
}

/** R8, as data. */
export const valuesRule = defineRule({
  id: 'R8',
  title: { zh: '数值合法', en: 'Valid values' },
  reference: {
    zh: '数据口径：件数为非负整数，增减为整数，金额为带单位的非负精确小数',
    en: 'Counts are non-negative integers, changes are integers, money is an exact non-negative decimal with its unit',
  },
  severity: 'error',
  relation: {
    zh: '件数为非负安全整数；本年增/减为整数；金额为非负精确小数并注明元或万元；空白与“不适用”分别记录',
    en: 'Counts are non-negative safe integers; 本年增/减 is an integer; money is a non-negative exact decimal in 元 or 万元; blank and not-applicable are kept apart',
  },
  inspect: ({ values }) => {
    const out: FindingDraft[] = [];
    const { layout, raw, state } = values;
    const money = moneyFlags(layout);
    const operand = (cell: CellLayout, value: unknown) =>
      ({
        key: cell.key,
        where: describeCell(cell),
        report: 'current',
        value: value as CellValue,
        side: 'actual',
        coefficient: 1,
      }) as const;
    for (let i = 0; i < raw.length; i++) {
      if (state[i] !== INVALID && money[i] !== 1) continue;
      const cell = layout.cells[i] as CellLayout;
      if (raw[i] === undefined) {
        // A missing row (or section) is one finding, not one per cell.
        const rowCells = cellsOfRow(layout, cell);
        const wholeRow = rowCells.every((c) => raw[c.index] === undefined);
        const where = wholeRow ? describeRow(cell) : describeCell(cell);
        out.push({
          kind: 'INVALID_VALUE',
          status: 'broken',
          location: wholeRow ? { section: cell.section.key, row: cell.path, where } : cellLocation(cell),
          operands: (wholeRow ? rowCells : [cell]).map((c) => operand(c, undefined)),
          message: {
            zh: `${where.zh}：缺少${wholeRow ? '此行' : '此格'}`,
            en: `${where.en}: the ${wholeRow ? 'row' : 'cell'} is missing`,
          },
          order: i,
        });
        if (wholeRow) i = (rowCells.at(-1) as CellLayout).index;
        continue;
      }
      const problem = validateCell(cell, raw[i]);
      if (problem) {
        out.push({
          kind: 'INVALID_VALUE',
          status: 'broken',
          location: cellLocation(cell),
          operands: [operand(cell, raw[i])],
          message: problem.message,
          order: i,
        });
      }
    }
    return out;
  },
});
