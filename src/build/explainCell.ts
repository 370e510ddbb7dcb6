import { assertShape } from '../_internal/assertEdition.js';
import { relationsOf } from '../check/plan.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { CellKey, Report } from '../model/report.js';
import { layoutOf, type EditionLayout } from '../template/layout.js';
import type { Edition } from '../template/types.js';

/**
 * Which cells each case of a tally counts in, kept compactly (typed arrays, one entry per counted
 * case); read it with {@link explainCell}.
 * @category Builders
 */
export interface Provenance {
  /** The edition of the tallied report. */
  readonly edition: Edition;
  /** The ids of the counted cases, in register order. */
  readonly ids: readonly string[];
  /** How many rows each case counts in: 2 for requests (its entry row and its exit row), 1 for review and litigation. */
  readonly rowsPerCase: 1 | 2;
  /** Row indexes (into the edition layout's rows), `rowsPerCase` per case. */
  readonly rows: Int16Array;
  /** Index of each case's column within its block. */
  readonly columns: Uint8Array;
}

/**
 * Anything that carries provenance: a successful tally result.
 * @category Builders
 */
export interface Explainable {
  /** The tallied report. */
  readonly report: Report;
  /** The provenance of its cells. */
  readonly provenance: Provenance;
}

/** For each data row, the total rows it rolls up into (from the row-total relations, R2). */
const rollUps = new Map<EditionLayout, readonly (readonly number[])[]>();
function rollUpOf(layout: EditionLayout): readonly (readonly number[])[] {
  let table = rollUps.get(layout);
  if (!table) {
    const rowIndex = new Map(layout.rows.map((r, i) => [r.firstCell, i]));
    const of = (cellIndex: number) => rowIndex.get(layout.cells[cellIndex]?.firstCell ?? -1) ?? -1;
    const t: number[][] = layout.rows.map(() => []);
    for (const rel of relationsOf('R2', layout)) {
      const total = of(rel.idx[0] as number);
      for (let k = 1; k < rel.idx.length; k++) {
        const part = of(rel.idx[k] as number);
        if (!t[part]?.includes(total)) t[part]?.push(total);
      }
    }
    table = t;
    rollUps.set(layout, table);
  }
  return table;
}

/**
 * The ids of the cases a tallied cell counts, in register order: for a total, the cases of all its
 * parts. Provenance sets of the parts of a total are disjoint and add up to it.
 * @param tally - a successful result of `tallyRequests` or `tallyReviewLitigation`.
 * @param key - a cell key of the tallied section.
 * @returns the case ids; empty for a cell no case counts in.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` for a key the edition does not have.
 * @example
 * ```ts
 * explainCell(result, 'requests.outcomes.withheld.thirdPartyRights.naturalPerson'); // ['A-7', 'A-19']
 * ```
 * @category Builders
 */
export function explainCell<R extends Report>(
  tally: Explainable & { readonly report: R },
  key: CellKey<R>,
): readonly string[] {
  assertShape(
    'explainCell',
    { zh: 'tallyRequests 或 tallyReviewLitigation 的成功结果', en: 'a successful tally result' },
    tally,
    'provenance',
  );
  const { provenance: p } = tally;
  const layout = layoutOf(p.edition);
  const cell = layout.cellByKey.get(key);
  if (!cell)
    throw new OgiReportError('UNKNOWN_CELL', {
      zh: `${p.edition} 年版格式没有单元格 ${JSON.stringify(key)}`,
      en: `Edition ${p.edition} has no cell ${JSON.stringify(key)}.`,
    });
  const rowIndex = layout.rows.findIndex((r) => r.firstCell === cell.firstCell);
  const anyColumn = cell.column.role === 'total';
  const column = cell.block.columns.indexOf(cell.column);
  const up = rollUpOf(layout);
  const out: string[] = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (!anyColumn && p.columns[i] !== column) continue;
    for (let k = 0; k < p.rowsPerCase; k++) {
      const row = p.rows[i * p.rowsPerCase + k] as number;
      if (row === rowIndex || up[row]?.includes(rowIndex)) {
        out.push(p.ids[i] as string);
        break;
      }
    }
  }
  return out;
}
