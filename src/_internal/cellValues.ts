/**
 * A report's cells read once into flat arrays, in layout order, with each cell's state — the input
 * of the checks, the reader's relations, fillTotals, the roll-up and the indicators.
 */
import type { EditionLayout } from '../template/layout.js';

/** Cell states in extracted values. */
export const KNOWN = 0;
export const BLANK = 1;
export const NA = 2;
export const INVALID = 3;

/** A report's cells read once into flat arrays, in layout order. */
export interface Values {
  readonly layout: EditionLayout;
  /** The raw cell values (undefined where unreadable). */
  readonly raw: readonly unknown[];
  /** Numeric value for arithmetic: the count, 0 for NA, 0 for unknown states. */
  readonly num: Float64Array;
  /** KNOWN, BLANK, NA or INVALID. */
  readonly state: Uint8Array;
}

/** Per layout: for each data row, the keys leading to it, its columns' keys and kinds, its first cell. */
interface Reader {
  readonly paths: readonly (readonly string[])[];
  readonly columns: readonly (readonly string[])[];
  readonly signed: readonly Uint8Array[];
  readonly money: readonly Uint8Array[];
  readonly first: Int32Array;
}
const readers = new WeakMap<EditionLayout, Reader>();
function readerOf(layout: EditionLayout): Reader {
  let r = readers.get(layout);
  if (!r) {
    r = {
      paths: layout.rows.map((row) => [row.section.key, ...row.path.split('.')]),
      columns: layout.rows.map((row) => row.block.columns.map((c) => c.key)),
      signed: layout.rows.map((row) => Uint8Array.from(row.block.columns, (c) => (c.kind === 'signed' ? 1 : 0))),
      money: layout.rows.map((row) => Uint8Array.from(row.block.columns, (c) => (c.kind === 'money' ? 1 : 0))),
      first: Int32Array.from(layout.rows, (row) => row.firstCell),
    };
    readers.set(layout, r);
  }
  return r;
}

/** Reads every cell of `report` into flat arrays; never throws, whatever the object holds. */
export function extractValues(report: unknown, layout: EditionLayout): Values {
  const n = layout.cells.length;
  const raw: unknown[] = new Array(n);
  const num = new Float64Array(n);
  const state = new Uint8Array(n);
  const { paths, columns, signed, money, first } = readerOf(layout);
  // Consecutive rows share their parents (requests.outcomes.withheld…): walk only what changes.
  const parents: unknown[] = [report];
  let previous: readonly string[] = [];
  for (let r = 0; r < paths.length; r++) {
    const path = paths[r] as readonly string[];
    let same = 0;
    while (same < path.length - 1 && same < previous.length - 1 && path[same] === previous[same]) same++;
    for (let d = same; d < path.length; d++) {
      const parent = parents[d];
      parents[d + 1] =
        typeof parent === 'object' && parent !== null
          ? (parent as Record<string, unknown>)[path[d] as string]
          : undefined;
    }
    previous = path;
    const row = parents[path.length];
    const keys = columns[r] as readonly string[];
    const isSigned = signed[r] as Uint8Array;
    const isMoney = money[r] as Uint8Array;
    const base = first[r] as number;
    const readable = typeof row === 'object' && row !== null;
    for (let k = 0; k < keys.length; k++) {
      const i = base + k;
      const v = readable ? (row as Record<string, unknown>)[keys[k] as string] : undefined;
      raw[i] = v;
      if (v === null) state[i] = BLANK;
      else if (v === 'NA') state[i] = NA;
      else if (typeof v === 'number' && Number.isSafeInteger(v) && (v >= 0 || isSigned[k] === 1)) num[i] = v;
      else state[i] = isMoney[k] === 1 && typeof v === 'object' ? KNOWN : INVALID;
    }
  }
  return { layout, raw, num, state };
}
