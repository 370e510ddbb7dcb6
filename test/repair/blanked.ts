/**
 * Consistent reports with blank rows and columns the way published reports leave them (#33): rows
 * with nothing to report left empty (table 三's outcome rows, table 四's blocks), and the 总计 column
 * of table 三's outcome rows left empty while （七）总计 is printed. For the repair tests and bench.
 */
import { fillTotals, getCell, setCells, type CellUpdates, type Report } from '../../src/index.js';
import { layoutOf } from '../../src/template/layout.js';

/** How often each kind of blank is drawn. */
export interface BlankShape {
  /** Chance that a data row is made zero (then printed blank with chance `blankZeroRow`). */
  readonly zeroRow: number;
  readonly blankZeroRow: number;
  /** Chance that the total column of table 三's outcome rows is blank (（七）总计 stays printed). */
  readonly blankTotalColumn: number;
}

const REAL_SHAPE: BlankShape = { zeroRow: 0.35, blankZeroRow: 0.85, blankTotalColumn: 0.35 };

/** The report with some rows zeroed (its totals recomputed), then blanks drawn as published reports leave them. */
export function blanked(report: Report, rnd: () => number, shape: BlankShape = REAL_SHAPE): Report {
  const layout = layoutOf(report.edition);
  const zeroed = layout.rows.filter(
    (r) => layout.outcomeRows.includes(r) || (r.section.key === 'reviewLitigation' && r.row.role !== 'total'),
  );
  const zero: Record<string, number | null> = {};
  const blank: Record<string, null> = {};
  for (const row of zeroed) {
    if (rnd() >= shape.zeroRow) continue;
    const cells = layout.cells.filter((c) => c.firstCell === row.firstCell);
    for (const c of cells) zero[c.key] = 0;
    if (rnd() < shape.blankZeroRow) for (const c of cells) blank[c.key] = null;
  }
  const filled = fillTotals(setCells(report, zero as CellUpdates<Report>), { overwrite: true, carriedForward: true });
  if (rnd() < shape.blankTotalColumn)
    for (const row of layout.outcomeRows)
      for (const c of layout.cells) if (c.firstCell === row.firstCell && c.column.role === 'total') blank[c.key] = null;
  const out = setCells(filled.report, blank as CellUpdates<Report>);
  // Every blank stands for a number the report had: a repair may fill it, never contradict it.
  for (const key of Object.keys(blank)) if (getCell(out, key as never) !== null) throw new Error(`not blank: ${key}`);
  return out;
}
