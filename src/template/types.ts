import type { SectionKey } from '../model/location.js';
import type { TableSectionKey } from '../model/report.js';
/**
 * The vocabulary in which each edition of the national template is written down as data.
 * Every label, row and column of the form is spelled once, in a template; everything else
 * (types, schemas, rules, renderers, parser) reads it.
 */

export type { Edition } from './templates.js';

/**
 * What a cell holds: `count`, a non-negative safe integer; `signed`, a safe integer that may be
 * negative (2019's 本年增/减); `money`, an exact non-negative decimal with its unit.
 * @category Template
 */
export type ValueKind = 'count' | 'signed' | 'money';

/**
 * The units money is reported in: 元 (yuan) or 万元 (ten thousand yuan).
 * @category Template
 */
export type MoneyUnit = '元' | '万元';

/**
 * A label printed over several columns or rows, such as 法人或其他组织 or 行政诉讼.
 * @category Template
 */
export interface GroupTemplate {
  /** Key of the group in the spec's vocabulary. */
  readonly key: string;
  /** The exact printed label. */
  readonly label: string;
  /** An English rendering of the label. */
  readonly labelEn: string;
}

/**
 * One value column of a table block.
 * @category Template
 */
export interface ColumnTemplate {
  /** Key of the column in the spec's vocabulary, e.g. `naturalPerson`. */
  readonly key: string;
  /** The exact printed header, e.g. 自然人. */
  readonly label: string;
  /** An English rendering of the header. */
  readonly labelEn: string;
  /** What the cells of this column hold. */
  readonly kind: ValueKind;
  /** For money columns whose header prescribes a unit (2021: 本年收费金额（单位：万元）). */
  readonly unit?: MoneyUnit;
  /** The header printed above this column and its neighbours, if any. */
  readonly group?: GroupTemplate;
  /** `'total'` when the column is the sum of the block's other columns (总计). */
  readonly role?: 'total';
}

/**
 * One row of a table block: either a data row or a group of rows (`children`).
 * @category Template
 */
export interface RowTemplate {
  /** Key of the row in the spec's vocabulary, e.g. `stateSecret`; paths join keys with dots. */
  readonly key: string;
  /** The exact printed label. */
  readonly label: string;
  /** An English rendering of the label. */
  readonly labelEn: string;
  /** The article of the Regulations (《政府信息公开条例》) this row reports under, where there is one. */
  readonly basis?: string;
  /** The label printed beside this row and its neighbours, if any (section 四: 行政诉讼). */
  readonly group?: GroupTemplate;
  /** `'total'` when the row is the sum of the data rows of its siblings (（七）总计). */
  readonly role?: 'total';
  /** Sub-items; a row with children is a group and carries no numbers of its own. */
  readonly children?: readonly RowTemplate[];
}

/**
 * A table block: a set of rows sharing a set of columns, optionally under a caption
 * (section 二: 第二十条第（一）项).
 * @category Template
 */
export interface BlockTemplate {
  /** Key of the block, unique within its section. */
  readonly key: string;
  /** The printed caption, if any. */
  readonly caption?: string;
  /** An English rendering of the caption. */
  readonly captionEn?: string;
  /** The header printed over the label column (信息内容), if any. */
  readonly labelHeader?: string;
  /** The value columns, in printed order. */
  readonly columns: readonly ColumnTemplate[];
  /** The rows, in printed order. */
  readonly rows: readonly RowTemplate[];
  /** The rows are printed side by side, as one line of cells under a header of their labels (table 四). */
  readonly rowsAcross?: boolean;
}

/**
 * A printed relation between rows that the template states in words: section 三's note
 * “第一项加第二项之和，等于第三项加第四项之和”, applied in every column.
 * @category Template
 */
export interface BalanceTemplate {
  /** Row paths summed on the left-hand side. */
  readonly left: readonly string[];
  /** Row paths summed on the right-hand side. */
  readonly right: readonly string[];
  /** The printed note that states the relation. */
  readonly note: string;
}

/**
 * One of the six sections of the report.
 * @category Template
 */
export interface SectionTemplate {
  /** Key of the section, e.g. `requests`. */
  readonly key: SectionKey;
  /** The section's ordinal as printed: 一 … 六. */
  readonly ordinal: string;
  /** The same ordinal in Roman numerals, for English text: I … VI. */
  readonly ordinalEn: string;
  /** The exact printed heading, e.g. 三、收到和处理政府信息公开申请情况. */
  readonly heading: string;
  /** An English rendering of the heading. */
  readonly headingEn: string;
  /** `prose` sections hold text; `table` sections hold blocks of cells. */
  readonly kind: 'prose' | 'table';
  /** The header printed over a table's value columns, if any (申请人情况). */
  readonly header?: string;
  /** The relation printed in the table, if any. */
  readonly balance?: BalanceTemplate;
  /** The table blocks, in printed order (table sections only). */
  readonly blocks?: readonly BlockTemplate[];
}

/**
 * A section that holds tables: its blocks are always present.
 * @category Template
 */
export interface TableSectionTemplate extends SectionTemplate {
  /** Key of the section: `proactiveDisclosure`, `requests` or `reviewLitigation`. */
  readonly key: TableSectionKey;
  /** The table blocks, in printed order. */
  readonly blocks: readonly BlockTemplate[];
}

/**
 * One edition of the national template, complete: the only place the form is written.
 * @category Template
 */
export interface EditionTemplate {
  /** The edition key (its key in the registry, `templates.ts`). */
  readonly edition: string;
  /** The printed title of the format. */
  readonly title: string;
  /** The document that issued it. */
  readonly issuedBy: string;
  /** First report year the edition applies to. */
  readonly firstYear: number;
  /** Last report year the edition applies to, if it has been superseded. */
  readonly lastYear?: number;
  /** The six sections, in printed order. */
  readonly sections: readonly SectionTemplate[];
}
