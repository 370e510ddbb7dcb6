import type { LocalizedText } from '../model/localizedText.js';
import type { CellLayout, RowLayout } from './layout.js';

const SEP = ' · ';

/**
 * Names a data row in the form's own words, e.g. `表三 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密`.
 * @param row - the row's layout.
 * @returns the location in Chinese and English.
 * @category Template
 */
export function describeRow(row: RowLayout): LocalizedText {
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
 * Names a cell in the form's own words, e.g.
 * `表三 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 自然人`.
 * @param cell - the cell's layout.
 * @returns the location in Chinese and English.
 * @category Template
 */
export function describeCell(cell: CellLayout): LocalizedText {
  const row = describeRow(cell);
  const c = cell.column;
  const zh = c.group ? `${c.group.label} › ${c.label}` : c.label;
  const en = c.group ? `${c.group.labelEn} › ${c.labelEn}` : c.labelEn;
  return { zh: row.zh + SEP + zh, en: row.en + SEP + en };
}
