import { checkedOptions, optionKinds } from '../_internal/options.js';
import { assertReport } from '../_internal/assertEdition.js';
import type { FoundCellKey } from '../model/location.js';
import { checkReport } from '../check/checkReport.js';
import { negate, plus, type ExactSum } from '../check/exact.js';
import { relationsOf } from '../check/plan.js';
import { type PackedRelation } from '../check/relation.js';
import { BLANK, INVALID, KNOWN, NA, extractValues, type Values } from '../_internal/cellValues.js';
import type { Finding } from '../check/types.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import { setCells, type CellUpdates } from './setCell.js';

/**
 * Options of {@link fillTotals}.
 * @category Builders
 */
export interface FillTotalsOptions {
  /** Replace reported totals that disagree with the computed ones (default: keep them, and report the conflict). */
  readonly overwrite?: boolean;
  /** Also compute 四、结转下年度继续办理 from the balance: received + carried over − outcomes total (default: no). */
  readonly carriedForward?: boolean;
}

/**
 * A cell that {@link fillTotals} filled in or replaced.
 * @category Builders
 */
export interface CellChange {
  /** The cell key. */
  readonly key: FoundCellKey;
  /** The cell in the form's own words. */
  readonly where: LocalizedText;
  /** What it held before: `null` when it was blank. */
  readonly from: CellValue;
  /** What it holds now. */
  readonly to: number;
}

/**
 * What {@link fillTotals} returns.
 * @category Builders
 */
export interface FillTotalsResult<R extends Report> {
  /** The report with its derived cells computed. */
  readonly report: R;
  /** Every cell filled in or replaced, in printed order. */
  readonly changes: readonly CellChange[];
  /** Conflicts between reported and computed values that remain (rules R1–R4, broken), in the checks' format. */
  readonly findings: readonly Finding[];
}

const numeric = (st: number) => st === KNOWN || st === NA;

/** Sets the subject of a relation to `value` if it is blank (or, with overwrite, if it differs). */
function settle(
  values: Values,
  subject: CellLayout,
  value: number,
  overwrite: boolean,
  changes: Map<number, CellChange>,
  original: readonly unknown[],
): boolean {
  const i = subject.index;
  const st = values.state[i] as number;
  if (numeric(st) && values.num[i] === value) return false;
  if (st !== BLANK && st !== INVALID && !overwrite) return false;
  values.state[i] = KNOWN;
  values.num[i] = value;
  changes.set(i, {
    key: subject.key,
    where: describeCell(subject),
    from: (original[i] ?? null) as CellValue,
    to: value,
  });
  return true;
}

/** The value a relation gives its `target` term, when every other term is known. */
function solve(rel: PackedRelation, values: Values, target: number): number | undefined {
  // Exact: counts may each be near MAX_SAFE_INTEGER; a total outside the safe range is not computed.
  let s: ExactSum = 0;
  for (let k = 0; k < rel.idx.length; k++) {
    if (k === target) continue;
    const j = rel.idx[k] as number;
    if (!numeric(values.state[j] as number)) return undefined;
    s = plus(s, rel.sign[k] as number, values.num[j] as number);
  }
  // Σ sign·x = 0  ⇒  x_target = −s / sign_target (never −0)
  const x = (rel.sign[target] as number) > 0 ? negate(s) : s;
  return typeof x === 'number' ? x + 0 : undefined;
}

/**
 * Computes the derived cells of a report: each row's 总计 (sections 三 and 四), （七）总计, and — when
 * asked — 四、结转下年度继续办理 from the balance. A total is computed only when every part is known (a
 * not-applicable part counts as 0); a blank part leaves it blank. Reported values are kept unless
 * `overwrite` is set; every conflict left is returned as a finding.
 * @param report - a report of either edition.
 * @param options - `overwrite`, `carriedForward`.
 * @returns the new report, the cells changed, and the remaining conflicts.
 * @example
 * ```ts
 * const { report: filled, findings } = fillTotals(draft, { carriedForward: true });
 * ```
 * @category Builders
 */
export function fillTotals<R extends Report>(report: R, options: FillTotalsOptions = {}): FillTotalsResult<R> {
  checkedOptions('fillTotals', options, { overwrite: optionKinds.boolean, carriedForward: optionKinds.boolean });
  assertReport('fillTotals', report);
  const overwrite = options.overwrite === true;
  const layout = layoutOf(report.edition);
  const values = extractValues(report, layout);
  const original = values.raw;
  const changes = new Map<number, CellChange>();
  const totals = [...relationsOf('R2', layout), ...relationsOf('R3', layout), ...relationsOf('R4', layout)];
  const balance = options.carriedForward ? relationsOf('R1', layout) : [];

  for (let pass = 0, changed = true; changed && pass < 8; pass++) {
    changed = false;
    for (const rel of totals) {
      // The subject (the total) is the relation's one actual-side term, first.
      const value = solve(rel, values, 0);
      if (value !== undefined && value >= 0)
        changed = settle(values, rel.terms[0]?.cell as CellLayout, value, overwrite, changes, original) || changed;
    }
    for (const rel of balance) {
      const target = rel.terms.findIndex((t) => t.cell.path === 'carriedForward');
      const value = solve(rel, values, target);
      if (value !== undefined && value >= 0)
        changed = settle(values, rel.terms[target]?.cell as CellLayout, value, overwrite, changes, original) || changed;
    }
  }
  const ordered = [...changes.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
  const filled =
    ordered.length === 0
      ? report
      : setCells(report, Object.fromEntries(ordered.map((c) => [c.key, c.to])) as CellUpdates<R>);
  const off = { R0: 'off', R5: 'off', R6: 'off', R7: 'off', R8: 'off', R9: 'off' } as const;
  const findings = checkReport(filled, { rules: off }).findings.filter((f) => f.status === 'broken');
  return { report: filled, changes: ordered, findings };
}
