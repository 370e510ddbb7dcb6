import { assertReport } from '../_internal/assertEdition.js';
import type { Decimal } from 'decimal.js';
import { Dec } from '../_internal/decimal.js';
import { BLANK, INVALID, extractValues } from '../_internal/cellValues.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';

/**
 * Which cells a term of an indicator adds up: a section, a row path (with every row under it), and columns.
 * @category Analysis
 */
export interface IndicatorSelector {
  /** Section key. */
  readonly section: string;
  /** Row path; rows under it are included (`outcomes.withheld` is its eight items). */
  readonly row: string;
  /** Column keys; `'organizations'` for the five columns under 法人或其他组织. */
  readonly columns: readonly string[] | 'organizations';
}

/**
 * An indicator researchers compute from a report, as data: numerator and denominator are sums of cells.
 * @category Analysis
 */
export interface IndicatorDefinition {
  /** Identifier. */
  readonly id: string;
  /** Name in Chinese and English. */
  readonly title: LocalizedText;
  /** The definition in words. */
  readonly definition: LocalizedText;
  /** Cells summed into the numerator. */
  readonly numerator: readonly IndicatorSelector[];
  /** Cells summed into the denominator. */
  readonly denominator: readonly IndicatorSelector[];
}

const q = (
  row: string,
  columns: IndicatorSelector['columns'] = ['total'],
  section = 'requests',
): IndicatorSelector => ({ section, row, columns });
const decided = (row: string) => q(row, ['upheld', 'corrected', 'other'], 'reviewLitigation');
const handled = [q('outcomes.total')];

/**
 * The indicators `computeIndicators` gives, with their definitions.
 * @category Analysis
 */
export const indicators: readonly IndicatorDefinition[] = [
  {
    id: 'disclosureRate',
    title: { zh: '予以公开率', en: 'Disclosure rate' },
    definition: { zh: '（一）予以公开 ÷ （七）总计（总计列）', en: '(1) Disclosed ÷ (7) Total (Total column)' },
    numerator: [q('outcomes.disclosed')],
    denominator: handled,
  },
  {
    id: 'partialDisclosureRate',
    title: { zh: '部分公开率', en: 'Partial-disclosure rate' },
    definition: { zh: '（二）部分公开 ÷ （七）总计', en: '(2) Partially disclosed ÷ (7) Total' },
    numerator: [q('outcomes.partiallyDisclosed')],
    denominator: handled,
  },
  {
    id: 'withheldShare',
    title: { zh: '不予公开占比', en: 'Share withheld' },
    definition: { zh: '（三）不予公开各项之和 ÷ （七）总计', en: 'Sum of (3) Withheld ÷ (7) Total' },
    numerator: [q('outcomes.withheld')],
    denominator: handled,
  },
  {
    id: 'unavailableShare',
    title: { zh: '无法提供占比', en: 'Share that could not be provided' },
    definition: { zh: '（四）无法提供各项之和 ÷ （七）总计', en: 'Sum of (4) Cannot be provided ÷ (7) Total' },
    numerator: [q('outcomes.unavailable')],
    denominator: handled,
  },
  {
    id: 'notProcessedShare',
    title: { zh: '不予处理占比', en: 'Share not processed' },
    definition: { zh: '（五）不予处理各项之和 ÷ （七）总计', en: 'Sum of (5) Not processed ÷ (7) Total' },
    numerator: [q('outcomes.notProcessed')],
    denominator: handled,
  },
  {
    id: 'otherHandlingShare',
    title: { zh: '其他处理占比', en: 'Share handled otherwise' },
    definition: {
      zh: '（六）其他处理（2021 年版为其各项之和）÷ （七）总计',
      en: '(6) Other handling (edition 2021: its items summed) ÷ (7) Total',
    },
    numerator: [q('outcomes.other')],
    denominator: handled,
  },
  {
    id: 'organizationShare',
    title: { zh: '法人或其他组织申请占比', en: 'Share of requests from organisations' },
    definition: {
      zh: '一、本年新收中法人或其他组织五列之和 ÷ 一、本年新收（总计列）',
      en: 'New requests from the five organisation columns ÷ new requests (Total column)',
    },
    numerator: [q('received', 'organizations')],
    denominator: [q('received')],
  },
  {
    id: 'reviewCorrectionRate',
    title: { zh: '行政复议纠错率', en: 'Review correction rate' },
    definition: {
      zh: '行政复议结果纠正 ÷（结果维持 + 结果纠正 + 其他结果），不含尚未审结',
      en: 'Reviews corrected ÷ reviews decided (upheld + corrected + other; pending excluded)',
    },
    numerator: [q('review', ['corrected'], 'reviewLitigation')],
    denominator: [decided('review')],
  },
  {
    id: 'litigationCorrectionRate',
    title: { zh: '行政诉讼纠错率', en: 'Litigation correction rate' },
    definition: {
      zh: '两类行政诉讼结果纠正之和 ÷ 两类已审结之和',
      en: 'Lawsuits corrected (direct and after review) ÷ lawsuits decided',
    },
    numerator: [
      q('litigationDirect', ['corrected'], 'reviewLitigation'),
      q('litigationAfterReview', ['corrected'], 'reviewLitigation'),
    ],
    denominator: [decided('litigationDirect'), decided('litigationAfterReview')],
  },
  {
    id: 'carryForwardShare',
    title: { zh: '结转下年度占比', en: 'Carry-forward share' },
    definition: {
      zh: '四、结转下年度继续办理 ÷（一、本年新收 + 二、上年结转）',
      en: 'Carried forward ÷ (received + carried over)',
    },
    numerator: [q('carriedForward')],
    denominator: [q('received'), q('carriedOver')],
  },
];

/**
 * An indicator's value for one report, or why there is none.
 * @category Analysis
 */
export interface Indicator {
  /** Identifier. */
  readonly id: string;
  /** Name in Chinese and English. */
  readonly title: LocalizedText;
  /** The definition in words. */
  readonly definition: LocalizedText;
  /** The ratio, to 40 significant digits (rounded half-even), when defined. */
  readonly value?: Decimal;
  /** The numerator, when every cell of it is known. */
  readonly numerator?: number;
  /** The denominator, when every cell of it is known. */
  readonly denominator?: number;
  /** Why `value` is undefined: blank cells, or a zero denominator. */
  readonly reason?: LocalizedText;
}

function cellsOf(report: Report, selectors: readonly IndicatorSelector[]): CellLayout[] {
  const layout = layoutOf(report.edition);
  return layout.cells.filter((c) =>
    selectors.some(
      (s) =>
        c.section.key === s.section &&
        (c.path === s.row || c.path.startsWith(`${s.row}.`)) &&
        (s.columns === 'organizations' ? c.column.group !== undefined : s.columns.includes(c.column.key)),
    ),
  );
}

/**
 * Computes the indicators of {@link indicators} for a report, as exact decimals with documented
 * definitions. An indicator is undefined — and says why — when a cell it needs is blank or its
 * denominator is zero; not-applicable cells count as 0.
 * @param report - a report of either edition.
 * @returns one entry per indicator, in the catalogue's order.
 * @example
 * ```ts
 * computeIndicators(report).find((i) => i.id === 'disclosureRate')?.value?.toFixed(4); // '0.4200'
 * ```
 * @category Analysis
 */
export function computeIndicators(report: Report): readonly Indicator[] {
  assertReport('computeIndicators', report);
  const values = extractValues(report, layoutOf(report.edition));
  const total = (cells: readonly CellLayout[]) => {
    const blank = cells.filter((c) => values.state[c.index] === BLANK || values.state[c.index] === INVALID);
    return { sum: cells.reduce((s, c) => s + (values.num[c.index] as number), 0), blank };
  };
  return indicators.map((def) => {
    const base = { id: def.id, title: def.title, definition: def.definition };
    const n = total(cellsOf(report, def.numerator));
    const d = total(cellsOf(report, def.denominator));
    // A cell of both the numerator and the denominator is named once.
    const blanks = [...new Set([...n.blank, ...d.blank])];
    if (blanks.length > 0) {
      const names = blanks.slice(0, 3).map((c) => describeCell(c));
      const more = blanks.length > 3 ? `（共 ${blanks.length} 格）` : '';
      return {
        ...base,
        reason: {
          zh: `空白：${names.map((x) => x.zh).join('；')}${more}`,
          en: `blank: ${names.map((x) => x.en).join('; ')}${blanks.length > 3 ? ` (${blanks.length} cells)` : ''}`,
        },
      };
    }
    if (d.sum === 0)
      return { ...base, numerator: n.sum, denominator: 0, reason: { zh: '分母为 0', en: 'the denominator is 0' } };
    return { ...base, value: new Dec(n.sum).dividedBy(d.sum), numerator: n.sum, denominator: d.sum };
  });
}
