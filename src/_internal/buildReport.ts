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
  const tables = treeOf(layout.cells);
  for (const section of layout.template.sections) {
    const tree = tables.get(section.key);
    out[section.key] = tree ? fill(tree, cellOf) : deepFreeze(head[section.key as 'overview']);
  }
  return Object.freeze(out) as unknown as Report;
}

/** A table section's shape: its keys in canonical order, each with a cell or the keys below it. */
type Tree = readonly (readonly [key: string, node: CellLayout | Tree])[];

const trees = new WeakMap<readonly CellLayout[], ReadonlyMap<string, Tree>>();

/** The shape of each table section, keys in the order the cells first reach them (memoised per layout). */
function treeOf(cells: readonly CellLayout[]): ReadonlyMap<string, Tree> {
  const known = trees.get(cells);
  if (known) return known;
  const root = new Map<string, Map<string, unknown>>();
  for (const cell of cells) {
    let node = root as Map<string, unknown>;
    const last = cell.segments.length - 1;
    for (let i = 0; i < last; i++) {
      const seg = cell.segments[i] as string;
      let next = node.get(seg) as Map<string, unknown> | undefined;
      if (!next) node.set(seg, (next = new Map()));
      node = next;
    }
    node.set(cell.segments[last] as string, cell);
  }
  const tree = new Map([...root].map(([key, node]) => [key, entries(node)]));
  trees.set(cells, tree);
  return tree;
}

/** A map of keys as a tree's entries, in insertion order. */
function entries(node: Map<string, unknown>): Tree {
  return [...node].map(([key, v]) => [key, v instanceof Map ? entries(v) : (v as CellLayout)] as const);
}

/** A frozen object of `tree`'s shape, each cell from `cellOf` (−0 written as 0). */
function fill(tree: Tree, cellOf: (cell: CellLayout) => CellValue): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of tree) {
    if (Array.isArray(node)) {
      out[key] = fill(node, cellOf);
      continue;
    }
    const value = cellOf(node as CellLayout);
    // −0 is never a cell's value: whatever built it (a parse of "-0", a negated zero), it is 0.
    out[key] = value === 0 ? 0 : deepFreeze(value);
  }
  return Object.freeze(out);
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
