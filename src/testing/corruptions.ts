import { checkedOptions, optionKinds } from '../_internal/options.js';
import fc from 'fast-check';
import type { RuleId } from '../check/types.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { readCell } from '../_internal/buildReport.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import type { Edition } from '../template/types.js';
import { arbitraryReport } from './arbitraries.js';

/**
 * The rules a {@link Corruption} can target.
 * @category Testing
 */
export type CorruptibleRule = 'R1' | 'R2' | 'R3' | 'R4' | 'R8';

/**
 * A consistent report with one targeted change, and the rule it breaks.
 * @category Testing
 */
export interface Corruption {
  /** The corrupted report. */
  readonly report: Report;
  /** The rule the change breaks. */
  readonly breaks: RuleId;
  /** The cell changed (a broken finding of `breaks` has it among its operands). */
  readonly key: string;
  /** What was changed, in words. */
  readonly description: LocalizedText;
}

/**
 * Options of {@link arbitraryCorruption}.
 * @category Testing
 */
export interface CorruptionOptions {
  /** One edition, or both (default). */
  readonly edition?: Edition;
  /** The rules to target (default: R1, R2, R3, R4 and R8). */
  readonly rules?: readonly CorruptibleRule[];
}

/** Sets cells by key on a plain copy, without the builders' validation (R8 needs invalid values). */
function withCells(report: Report, values: ReadonlyMap<string, unknown>): Report {
  const copy = (node: unknown, path: string): unknown => {
    if (values.has(path.slice(1))) return values.get(path.slice(1));
    if (
      typeof node !== 'object' ||
      node === null ||
      !Object.getPrototypeOf(node) ||
      Object.getPrototypeOf(node) !== Object.prototype
    )
      return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, copy(v, `${path}.${k}`)]));
  };
  return copy(report, '') as Report;
}

const plus = (v: CellValue | undefined, d: number) => (typeof v === 'number' ? v + d : d);

/**
 * Corrupted reports for testing that an integration catches errors: a consistent report with one
 * targeted change that breaks a named rule — R3 (a row's 总计), R4 (a section-四 总计), R2 (an outcome
 * and its row total, so （七）总计 no longer adds up), R1 (结转下年度 and its total, so the balance fails)
 * or R8 (a negative count).
 * @param options - edition, and the rules to target.
 * @returns a fast-check arbitrary of corruptions.
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryCorruption(), (c) => assertBreaks(c.report, c.breaks, c.key)));
 * ```
 * @category Testing
 */
export function arbitraryCorruption(options: CorruptionOptions = {}): fc.Arbitrary<Corruption> {
  checkedOptions('arbitraryCorruption', options, { edition: optionKinds.string, rules: optionKinds.array });
  const rules = options.rules ?? ['R1', 'R2', 'R3', 'R4', 'R8'];
  return fc
    .tuple(
      arbitraryReport({ consistent: true, ...(options.edition && { edition: options.edition }) }),
      fc.constantFrom(...rules),
      fc.nat({ max: 1_000_000 }),
      fc.integer({ min: 1, max: 20 }),
    )
    .map(([report, rule, pick, d]) => {
      const layout = layoutOf(report.edition);
      const choose = (cells: readonly CellLayout[]) => cells[pick % cells.length] as CellLayout;
      const read = (c: CellLayout) => readCell(report, c.segments) as CellValue;
      const totalOf = (c: CellLayout) => layout.cellByKey.get(`${c.section.key}.${c.path}.total`) as CellLayout;
      const changes = new Map<string, unknown>();
      let target: CellLayout;
      if (rule === 'R3' || rule === 'R4') {
        target = choose(
          layout.cells.filter(
            (c) => c.section.key === (rule === 'R3' ? 'requests' : 'reviewLitigation') && c.column.role === 'total',
          ),
        );
        changes.set(target.key, plus(read(target), d));
      } else if (rule === 'R2' || rule === 'R1') {
        const rows = layout.cells.filter(
          (c) =>
            c.section.key === 'requests' &&
            c.column.role !== 'total' &&
            (rule === 'R1'
              ? c.path === 'carriedForward'
              : c.ancestors[0]?.key === 'outcomes' && c.row.role !== 'total'),
        );
        target = choose(rows);
        changes.set(target.key, plus(read(target), d));
        changes.set(totalOf(target).key, plus(read(totalOf(target)), d));
      } else {
        target = choose(layout.cells.filter((c) => c.column.kind === 'count'));
        changes.set(target.key, -d);
      }
      const where = describeCell(target);
      return {
        report: withCells(report, changes),
        breaks: rule,
        key: target.key,
        description: { zh: `${where.zh}：改动 ${d}`, en: `${where.en}: changed by ${d}` },
      };
    });
}
