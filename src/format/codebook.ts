import type { LocalizedText } from '../model/localizedText.js';
import type { FoundCellKey, SectionKey } from '../model/location.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import { editions } from '../template/templates.js';
import type { Edition, MoneyUnit } from '../template/types.js';
import { assertEdition } from '../_internal/assertEdition.js';
import { quote } from './csvText.js';
import { checkedOptions, optionKinds } from '../_internal/options.js';

/**
 * What a column of the wide layout holds: a field of the caller's metadata (`meta.id`, `meta.url`),
 * a header field of the report, a cell's value (a count, a signed change, a money amount), a money
 * cell's unit, the amount in 元 (an exact decimal: the printed amount and unit stay the source), a
 * prose section's text, or the read status (counts of the reader's findings by severity).
 * @category Serialization
 */
export type CodebookKind = 'meta' | 'header' | 'count' | 'signed' | 'money' | 'unit' | 'yuan' | 'prose' | 'status';

/**
 * One column of the wide layout ({@link toWideCsv}), described from the template: what a researcher
 * cites.
 * @category Serialization
 */
export interface CodebookEntry {
  /** The column's name in the wide CSV: the cell key (`requests.received.total`), `<key>.unit` for a money cell's unit, or a header field or prose section. */
  readonly name: string;
  /** What the column holds. */
  readonly kind: CodebookKind;
  /** The cell key, for cell and unit columns. */
  readonly key?: FoundCellKey;
  /** The section key, for cell, unit and prose columns. */
  readonly section?: SectionKey;
  /** The row path within the section, for cell and unit columns. */
  readonly row?: string;
  /** The cell's column key, for cell and unit columns. */
  readonly column?: string;
  /** The column in the form's own words (a cell as 表三 · 一、本年新收政府信息公开申请数量 · 总计). */
  readonly label: LocalizedText;
  /** The unit a money column's header prescribes (2021's 万元), if any. */
  readonly unit?: MoneyUnit;
  /** The editions that have the column; in the others' rows it is empty. */
  readonly editions: readonly Edition[];
}

/** The report's header fields, as columns: their names in the model and their labels. Internal (the long CSV labels its header lines with them). */
export const HEADER_COLUMNS: readonly (readonly [name: string, label: LocalizedText])[] = [
  ['edition', { zh: '格式版本', en: 'Edition of the national template' }],
  ['reportYear', { zh: '报告年度', en: 'Report year' }],
  ['agency.name', { zh: '机关名称', en: 'Agency name' }],
  ['agency.code', { zh: '机关代码', en: 'Agency code' }],
  ['agency.level', { zh: '行政层级', en: 'Administrative level' }],
  ['scope', { zh: '报告范围', en: 'Scope: the body itself (self) or an aggregate' }],
];

/** A cell's columns: its value, and for money its unit. */
function cellEntries(cell: CellLayout, inEditions: readonly Edition[]): CodebookEntry[] {
  const { key, section, path: row } = cell;
  const base = { key, section: section.key, row, column: cell.column.key, editions: inEditions };
  const where = describeCell(cell);
  const value: CodebookEntry = {
    name: key,
    kind: cell.column.kind,
    ...base,
    label: where,
    ...(cell.column.unit && { unit: cell.column.unit }),
  };
  if (cell.column.kind !== 'money') return [value];
  return [
    value,
    { name: `${key}.unit`, kind: 'unit', ...base, label: { zh: `${where.zh}（单位）`, en: `${where.en} (unit)` } },
    {
      name: `${key}.yuan`,
      kind: 'yuan',
      ...base,
      label: { zh: `${where.zh}（折合为元）`, en: `${where.en} (in 元)` },
      unit: '元',
    },
  ];
}

/** Every cell key of the editions in a stable order: the newest edition's, each older key placed after its predecessor. */
function cellOrder(of: readonly Edition[]): { readonly cell: CellLayout; readonly editions: Edition[] }[] {
  const order: { cell: CellLayout; editions: Edition[] }[] = [];
  const at = new Map<string, { cell: CellLayout; editions: Edition[] }>();
  for (const edition of [...of].reverse()) {
    let after = -1;
    for (const cell of layoutOf(edition).cells) {
      const known = at.get(cell.key);
      if (known) {
        known.editions.unshift(edition);
        after = order.indexOf(known);
        continue;
      }
      const entry = { cell, editions: [edition] };
      order.splice(after + 1, 0, entry);
      at.set(cell.key, entry);
      after++;
    }
  }
  return order;
}

const memo = new Map<string, readonly CodebookEntry[]>();

/**
 * The codebook of the wide layout, generated from the template: every column of {@link toWideCsv} in
 * order — the header fields, every cell (a money cell also has a unit column), the prose sections —
 * with its section, row and column keys, its label in Chinese and English, its kind, unit and the
 * editions that have it. Without an edition, the columns of every edition (labels from the newest
 * edition that has the column); with one, that edition's.
 * @param edition - one edition, or every edition (default).
 * @param options - a dataset's `meta` fields and `status` columns, to describe its file exactly.
 * @returns the columns, in the wide layout's order.
 * @throws {@link OgiReportError} `UNKNOWN_EDITION` for an edition that is not registered.
 * @example
 * ```ts
 * const entry = codebook().find((e) => e.name === 'requests.received.total');
 * console.log(entry?.label.zh); // 表三 · 一、本年新收政府信息公开申请数量 · 总计
 * ```
 * @category Serialization
 */
export function codebook(edition?: Edition, options: CodebookOptions = {}): readonly CodebookEntry[] {
  checkedOptions('codebook', options, { meta: optionKinds.array, status: optionKinds.boolean });
  const core = coreCodebook(edition);
  if (!options.meta?.length && !options.status) return core;
  return [...(options.meta ?? []).map(metaEntry), ...core, ...(options.status ? STATUS_ENTRIES : [])];
}

/**
 * The columns a dataset adds to the codebook's: its `meta` fields (first) and the read status (last).
 * @category Serialization
 */
export interface CodebookOptions {
  /** The dataset's meta fields, as `meta.<name>` columns before the others. */
  readonly meta?: readonly string[];
  /** Whether the dataset has the read status columns (`status.errors`, `status.warnings`, `status.infos`, `status.verdict`). */
  readonly status?: boolean;
}

const metaEntry = (name: string): CodebookEntry =>
  Object.freeze({
    name: `meta.${name}`,
    kind: 'meta',
    label: { zh: `元数据：${name}（调用方给出）`, en: `Metadata: ${name} (given by the caller)` },
    editions: [],
  });

const STATUS_ENTRIES: readonly CodebookEntry[] = (
  [
    ['errors', '错误'],
    ['warnings', '警告'],
    ['infos', '提示'],
  ] as const
)
  .map(
    ([s, zh]): CodebookEntry =>
      Object.freeze({
        name: `status.${s}`,
        kind: 'status' as const,
        label: { zh: `读取报告时的${zh}数`, en: `The reader's findings of severity ${s.slice(0, -1)}` },
        editions: [],
      }),
  )
  .concat(
    Object.freeze({
      name: 'status.verdict',
      kind: 'status' as const,
      label: {
        zh: '审核结论（auditReport：consistent、inconsistent 或 incomplete；未审核为空）',
        en: 'The audit verdict (auditReport: consistent, inconsistent or incomplete; empty when not audited)',
      },
      editions: [],
    }),
  );

/** The template's columns, memoised per edition list. */
function coreCodebook(edition: Edition | undefined): readonly CodebookEntry[] {
  if (edition !== undefined) assertEdition(edition);
  const of = edition === undefined ? editions : [edition];
  const id = of.join(',');
  let entries = memo.get(id);
  if (!entries) {
    const header = HEADER_COLUMNS.map(
      ([name, label]): CodebookEntry => ({ name, kind: 'header', label, editions: of }),
    );
    const cells = cellOrder(of).flatMap(({ cell, editions: e }) => cellEntries(cell, e));
    const prose = layoutOf(of.at(-1) as Edition).template.sections.flatMap((s): CodebookEntry[] =>
      s.blocks
        ? []
        : [{ name: s.key, kind: 'prose', section: s.key, label: { zh: s.heading, en: s.headingEn }, editions: of }],
    );
    entries = Object.freeze([...header, ...cells, ...prose].map((e) => Object.freeze(e)));
    memo.set(id, entries);
  }
  return entries;
}

const CODEBOOK_HEADER = 'name,kind,key,section,row,column,label_zh,label_en,unit,editions';

/**
 * The codebook as CSV, one line per column of the wide layout: `name,kind,key,section,row,column,
 * label_zh,label_en,unit,editions` (editions separated by spaces).
 * @param edition - one edition, or every edition (default).
 * @param options - a dataset's `meta` fields and `status` columns.
 * @returns CSV text, ending with a newline.
 * @example
 * ```ts
 * await writeFile('codebook.csv', codebookCsv());
 * ```
 * @category Serialization
 */
export function codebookCsv(edition?: Edition, options?: CodebookOptions): string {
  const line = (e: CodebookEntry) =>
    [
      e.name,
      e.kind,
      e.key ?? '',
      e.section ?? '',
      e.row ?? '',
      e.column ?? '',
      e.label.zh,
      e.label.en,
      e.unit ?? '',
      e.editions.join(' '),
    ]
      .map(quote)
      .join(',');
  return `${[CODEBOOK_HEADER, ...codebook(edition, options).map(line)].join('\n')}\n`;
}
