/**
 * Corruptions of consistent reports in the ways people get tables wrong, for the repair tests and
 * bench: a random value, one digit mistyped, two digits transposed, two neighbouring cells swapped,
 * a total left 0, a total copied from another row of its column.
 */
import { getCell, setCells, type CellUpdates, type Report } from '../../src/index.js';
import { neighbours, trivial } from '../../src/repair/slips.js';
import { layoutOf, type CellLayout } from '../../src/template/layout.js';

export type CorruptionKind = 'random' | 'digit' | 'transposition' | 'swap' | 'totalZero' | 'totalCopied';
export const corruptionKinds: readonly CorruptionKind[] = [
  'random',
  'digit',
  'transposition',
  'swap',
  'totalZero',
  'totalCopied',
];

export interface Corrupted {
  readonly report: Report;
  /** Each changed cell's key and its original value. */
  readonly original: ReadonlyMap<string, number>;
  readonly kinds: readonly CorruptionKind[];
  /** The cells of each slip (a swap's two cells are one slip). */
  readonly slips: readonly (readonly string[])[];
}

export { random } from '../../src/testing/asPublished.js';

const isTotal = (c: CellLayout) => c.column.role === 'total' || c.row.role === 'total';
const pick = <T>(xs: readonly T[], rnd: () => number): T | undefined => xs[Math.floor(rnd() * xs.length)];

/** The cells the sum rules R1–R4 cover: sections 三 and 四. */
function repairableCells(report: Report): CellLayout[] {
  return layoutOf(report.edition).cells.filter(
    (c) => c.section.key === 'requests' || c.section.key === 'reviewLitigation',
  );
}

/** One slip of the given kind on the report's current values, or undefined when the kind does not apply to the cell drawn. */
function slip(
  report: Report,
  kind: CorruptionKind,
  cells: readonly CellLayout[],
  taken: ReadonlySet<string>,
  rnd: () => number,
): Map<string, number> | undefined {
  const value = (c: CellLayout) => getCell(report, c.key) as number;
  const free = cells.filter((c) => !taken.has(c.key) && typeof getCell(report, c.key) === 'number');
  const c = pick(kind === 'totalZero' || kind === 'totalCopied' ? free.filter(isTotal) : free, rnd);
  if (!c) return undefined;
  const v = value(c);
  const s = String(v);
  let to: number | undefined;
  switch (kind) {
    case 'random':
      to = Math.floor(rnd() * (2 * v + 20));
      break;
    case 'digit': {
      const i = Math.floor(rnd() * s.length);
      const d = (Number(s[i]) + 1 + Math.floor(rnd() * 9)) % 10;
      const r = rnd();
      to = Number(
        r < 0.6
          ? s.slice(0, i) + d + s.slice(i + 1)
          : r < 0.8
            ? s.slice(0, i) + s.slice(i + 1) || '0'
            : s.slice(0, i) + s[i] + s.slice(i),
      );
      if (trivial(BigInt(v), BigInt(to))) return undefined; // 0 for 7 is no telling slip (see slipOf)
      break;
    }
    case 'transposition': {
      if (s.length < 2) return undefined;
      const i = Math.floor(rnd() * (s.length - 1));
      to = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
      break;
    }
    case 'swap': {
      const n = pick(
        free.filter((o) => neighbours(c, o) && value(o) !== v),
        rnd,
      );
      if (!n) return undefined;
      return new Map([
        [c.key, value(n)],
        [n.key, v],
      ]);
    }
    case 'totalZero':
      to = 0;
      break;
    case 'totalCopied': {
      const o = pick(
        free.filter((x) => x !== c && x.column === c.column && x.section === c.section && value(x) !== v),
        rnd,
      );
      to = o && value(o);
      break;
    }
  }
  return to === undefined || to === v ? undefined : new Map([[c.key, to]]);
}

/** A consistent report with `count` slips (a swap counts as two cells), or undefined when none could be drawn. */
export function corrupt(
  report: Report,
  count: number,
  rnd: () => number,
  kinds = corruptionKinds,
): Corrupted | undefined {
  const cells = repairableCells(report);
  const original = new Map<string, number>();
  const used: CorruptionKind[] = [];
  const slips: string[][] = [];
  let current = report;
  for (let tries = 0; original.size < count && tries < 50; tries++) {
    const kind = pick(
      kinds.filter((k) => k !== 'swap' || count - original.size >= 2),
      rnd,
    ) as CorruptionKind;
    const changes = slip(current, kind, cells, new Set(original.keys()), rnd);
    if (!changes) continue;
    for (const key of changes.keys()) original.set(key, getCell(report, key as never) as number);
    current = setCells(current, Object.fromEntries(changes) as CellUpdates<Report>);
    used.push(kind);
    slips.push([...changes.keys()]);
  }
  return original.size === count ? { report: current, original, kinds: used, slips } : undefined;
}
