import type { CellValue } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import type { Edition } from '../template/types.js';

/** The header fields and prose of a report, everything but its cells. */
export type ReportHead = Omit<Report, 'proactiveDisclosure' | 'requests' | 'reviewLitigation'> & {
  readonly edition: Edition;
};

/**
 * Builds a deeply frozen report of `head.edition` in canonical key order (header, then sections in
 * printed order), each cell from `cellOf` (−0 written as 0). Every report the library creates goes
 * through here.
 */
export function buildReport(head: ReportHead, cellOf: (cell: CellLayout) => CellValue): Report {
  const layout = layoutOf(head.edition);
  const out: Record<string, unknown> = {
    edition: head.edition,
    reportYear: head.reportYear,
    agency: Object.freeze({ ...head.agency }),
    scope: head.scope,
  };
  for (const section of layout.template.sections) {
    out[section.key] = section.blocks ? {} : head[section.key as 'overview'];
  }
  for (const cell of layout.cells) {
    let node = out;
    const last = cell.segments.length - 1;
    for (let i = 0; i < last; i++) {
      const seg = cell.segments[i] as string;
      node = (node[seg] ??= {}) as Record<string, unknown>;
    }
    const value = cellOf(cell);
    // −0 is never a cell's value: whatever built it (a parse of "-0", a negated zero), it is 0.
    node[cell.segments[last] as string] = value === 0 ? 0 : value;
  }
  return deepFreeze(out) as unknown as Report;
}

function deepFreeze<T>(value: T): T {
  if (
    typeof value === 'object' &&
    value !== null &&
    !Object.isFrozen(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Reads the cell at `segments` from a report-shaped object, own properties only. */
export function readCell(report: unknown, segments: readonly string[]): unknown {
  let node: unknown = report;
  for (const seg of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}
