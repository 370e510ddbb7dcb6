import { assertShape } from '../_internal/assertEdition.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { FoundCellKey, Location } from '../model/location.js';
import type { CellLayout, RowLayout } from './layout.js';

const SEP = ' · ';

/**
 * Names a data row in the form's own words, e.g. `表三 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密`.
 * @param row - the row's layout.
 * @returns the location in Chinese and English.
 * @example
 * ```ts
 * describeRow(layoutOf('2021').rowByKey.get('requests.outcomes.withheld.stateSecret')!).en;
 * ```
 * @category Template
 */
export function describeRow(row: RowLayout): LocalizedText {
  assertShape('describeRow', { zh: '版式中的一行', en: "a row of a layout's rows" }, row, 'section');
  let known = rowNames.get(row);
  if (!known) rowNames.set(row, (known = Object.freeze(nameRow(row))));
  return known;
}

/** The names of rows given so far: a layout's rows never change, and findings name the same rows again and again. */
const rowNames = new WeakMap<RowLayout, LocalizedText>();

function nameRow(row: RowLayout): LocalizedText {
  const { section, block, row: r, ancestors } = row;
  const zh = [`表${section.ordinal}`];
  const en = [`Table ${section.ordinalEn}`];
  if (block.caption !== undefined) zh.push(block.caption);
  if (block.captionEn !== undefined) en.push(block.captionEn);
  for (const a of ancestors) {
    zh.push(a.label);
    en.push(a.labelEn);
  }
  zh.push(r.group ? `${r.group.label} › ${r.label}` : r.label);
  en.push(r.group ? `${r.group.labelEn} › ${r.labelEn}` : r.labelEn);
  return { zh: zh.join(SEP), en: en.join(SEP) };
}

/**
 * Names a run of rows: the first in full, then “至” the last, e.g.
 * `表三 · 三、本年度办理结果 · （一）予以公开 至 5.要求行政机关确认或重新出具已获取信息`.
 * @param rows - the rows, in printed order (at least one).
 * @returns the location in Chinese and English.
 * @example
 * ```ts
 * const rows = layoutOf('2021').outcomeRows;
 * describeRows(rows).zh; // 表三 · 三、本年度办理结果 · （一）予以公开 至 3.其他
 * ```
 * @category Template
 */
export function describeRows(rows: readonly RowLayout[]): LocalizedText {
  assertShape('describeRows', { zh: '版式中的行（非空数组）', en: "a layout's rows (a non-empty array)" }, rows, '0');
  const first = describeRow(rows[0] as RowLayout);
  const last = rows.at(-1) as RowLayout;
  return rows.length === 1
    ? first
    : { zh: `${first.zh} 至 ${last.row.label}`, en: `${first.en} to ${last.row.labelEn}` };
}

/**
 * Names a cell in the form's own words, e.g.
 * `表三 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 自然人`.
 * @param cell - the cell's layout.
 * @returns the location in Chinese and English.
 * @example
 * ```ts
 * describeCell(layoutOf('2021').cellByKey.get('requests.received.total')!).zh; // 表三 · 一、本年新收政府信息公开申请数量 · 总计
 * ```
 * @category Template
 */
export function describeCell(cell: CellLayout): LocalizedText {
  assertShape('describeCell', { zh: '版式中的单元格', en: "a cell of a layout's cells" }, cell, 'column');
  const row = describeRow(cell);
  const c = cell.column;
  const zh = c.group ? `${c.group.label} › ${c.label}` : c.label;
  const en = c.group ? `${c.group.labelEn} › ${c.labelEn}` : c.labelEn;
  return { zh: row.zh + SEP + zh, en: row.en + SEP + en };
}

/** The location of one cell: its section, row, column and key, and its name in the form's own words. */
export function cellLocation(
  cell: CellLayout,
): Location & { readonly key: FoundCellKey; readonly where: LocalizedText } {
  return {
    section: cell.section.key,
    row: cell.path,
    column: cell.column.key,
    key: cell.key as FoundCellKey,
    where: describeCell(cell),
  };
}
