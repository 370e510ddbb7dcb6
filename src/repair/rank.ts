/**
 * From the parts' candidates to ranked repairs of the report: each candidate scored (its changes, the
 * slips they look like, their size), repairs of the report combined from one candidate per part —
 * best first, keeping whole groups of ties — then applied and checked.
 */
import { setCells, type CellUpdates } from '../build/setCell.js';
import type { CellChange } from '../build/fillTotals.js';
import { checkReport } from '../check/checkReport.js';
import type { CheckOptions } from '../check/types.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { cellLocation } from '../template/describeCell.js';
import type { CellLayout, EditionLayout } from '../template/layout.js';
import type { Problem } from './problem.js';
import { shown } from './repairText.js';
import type { Candidate } from './search.js';
import { abs } from './solve.js';
import { neighbours, slipOf, type Slip } from './slips.js';
import type { Repair, RepairChange, RepairPart } from './types.js';

/** The most combinations of the parts' candidates kept while combining (each step keeps the best). */
const COMBINATIONS_KEPT = 10_000;

const SLIP_WORDS: Record<Slip, LocalizedText> = {
  digit: { zh: '一位数字录错', en: 'one digit mistyped' },
  transposition: { zh: '相邻两位数字颠倒', en: 'two digits transposed' },
  swap: { zh: '相邻两格互换', en: 'two neighbouring cells swapped' },
  totalZero: { zh: '合计漏填为 0', en: 'a total left 0' },
  totalCopied: { zh: '合计抄自别行', en: 'a total copied from another row' },
};

/** What a bounded change means: blanks share its relations, so they limit the cell but do not fix it. */
const BOUNDED_WORDS: LocalizedText = {
  zh: '同一关系中有空白格，取其允许的最接近原值的数',
  en: 'blank cells share its relations: the nearest value they allow',
};

/** A candidate of one part, described and scored. */
interface Scored {
  readonly changes: readonly RepairChange[];
  readonly fills: readonly CellChange[];
  readonly slips: number;
  readonly size: bigint;
  /** Layout indices of the changed cells, for the form's order. */
  readonly cells: readonly number[];
  /** The changes as numbers, for swaps across parts. */
  readonly moves: readonly Move[];
}

/** A change of one cell, by layout index. */
interface Move {
  readonly cell: number;
  readonly from: bigint;
  readonly to: bigint;
}

/** A repair of the report: one scored candidate per part. */
interface Combination {
  readonly parts: readonly Scored[];
  readonly changes: number;
  readonly slips: number;
  readonly size: bigint;
  /** Cells whose changes are swaps across parts. */
  readonly swaps: ReadonlySet<number>;
}

/** A candidate's changes, with the slip each looks like, and its fills. */
export function scored(p: Problem, c: Candidate): Scored {
  const moves = c.changes.map(([cell, to]) => ({ cell, from: p.printed[cell] as bigint, to }));
  const changes = moves.map((m): RepairChange => {
    const { key, where } = cellLocation(p.layout.cells[m.cell] as CellLayout);
    // A cell printed not applicable (“/”) was not typed as a number: no slip explains changing it.
    const slip = p.values.raw[m.cell] === 'NA' ? undefined : slipOf(p.layout, m, moves, p.printed);
    const bounded = c.bounded.includes(m.cell);
    return {
      key,
      where,
      from: p.values.raw[m.cell] as CellValue,
      to: Number(m.to),
      ...(slip && { slip }),
      ...(bounded && { bounded }),
    };
  });
  const fills = c.fills.map(([cell, to]): CellChange => {
    const { key, where } = cellLocation(p.layout.cells[cell] as CellLayout);
    return { key, where, from: null, to: Number(to) };
  });
  const size = moves.reduce((s, m) => s + abs(m.to - m.from), 0n);
  return {
    changes,
    fills,
    slips: changes.filter((x) => x.slip).length,
    size,
    cells: c.changes.map(([cell]) => cell),
    moves,
  };
}

/**
 * The changes of different parts that are two neighbours swapped (a value of table 四 entered one cell
 * off crosses from one block row into the next): each part alone cannot see it.
 */
function crossSwaps(layout: EditionLayout, parts: readonly Scored[]): Set<number> {
  const swapped = new Set<number>();
  parts.forEach((a, i) =>
    parts.slice(i + 1).forEach((b) => {
      for (const mx of a.moves)
        for (const my of b.moves)
          if (
            mx.from === my.to &&
            mx.to === my.from &&
            neighbours(layout.cells[mx.cell] as CellLayout, layout.cells[my.cell] as CellLayout)
          ) {
            swapped.add(mx.cell);
            swapped.add(my.cell);
          }
    }),
  );
  return swapped;
}

/** Fewest changes, then most slips, then smallest size, then the form's order. */
function compare(a: Combination, b: Combination): number {
  if (a.changes !== b.changes) return a.changes - b.changes;
  if (a.slips !== b.slips) return b.slips - a.slips;
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const ca = a.parts.flatMap((x) => x.cells);
  const cb = b.parts.flatMap((x) => x.cells);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++)
    if (ca[i] !== cb[i]) return (ca[i] as number) - (cb[i] as number);
  return ca.length - cb.length;
}

/** The tie group of a combination: repairs are tied when they change as many cells and look like as many slips. */
const groupOf = (c: Combination) => `${c.changes}:${c.slips}`;

/** Keeps the best `n` combinations, and any more that are tied with the last one kept. */
function best(all: Combination[], n: number): Combination[] {
  all.sort(compare);
  let end = Math.min(n, all.length);
  const last = all[end - 1];
  while (last && end < all.length && end < COMBINATIONS_KEPT && groupOf(all[end] as Combination) === groupOf(last))
    end++;
  return all.slice(0, end);
}

/** Repairs of the report from one candidate of each part, best first (whole tie groups, up to `max` repairs). */
export function combine(layout: EditionLayout, parts: readonly (readonly Scored[])[], max: number): Combination[] {
  let beam: Combination[] = [{ parts: [], changes: 0, slips: 0, size: 0n, swaps: new Set() }];
  for (const candidates of parts) {
    const next = beam.flatMap((b) =>
      candidates.map((c): Combination => {
        const all = [...b.parts, c];
        const swaps = b.parts.length === 0 ? b.swaps : crossSwaps(layout, all);
        const own = all.reduce((n, x) => n + x.slips, 0);
        return {
          parts: all,
          changes: b.changes + c.changes.length,
          slips: own + swaps.size,
          size: b.size + c.size,
          swaps,
        };
      }),
    );
    beam = best(next, max);
  }
  return beam;
}

/** Why a repair ranks where it does. */
function reasons(r: Combination, changes: readonly RepairChange[], fewest: number, tiedWith: number): LocalizedText {
  const list = (lang: 'zh' | 'en') =>
    changes
      .map((c) => {
        const slip = c.slip && SLIP_WORDS[c.slip][lang];
        const words = [slip, c.bounded && BOUNDED_WORDS[lang]].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
        const note = words ? (lang === 'zh' ? `（${words}）` : ` (${words})`) : '';
        return `${c.where[lang]} ${shown(c.from)} → ${c.to}${note}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
  const n = r.changes;
  const count =
    n === fewest
      ? {
          zh: `改 ${n} 格（使各关系成立所需的最少格数）`,
          en: `${n} change(s) (the fewest that make every relation hold)`,
        }
      : { zh: `改 ${n} 格（比最少多 ${n - fewest} 格）`, en: `${n} changes (${n - fewest} more than the fewest)` };
  const tie =
    tiedWith > 0
      ? {
          zh: `；与另 ${tiedWith} 个更正同样可能，表内关系无法区分`,
          en: `; as likely as ${tiedWith} other repair(s): the relations cannot tell them apart`,
        }
      : { zh: '', en: '' };
  return {
    zh: `${count.zh}，其中 ${r.slips} 格像常见笔误，改动量 ${r.size}：${list('zh')}${tie.zh}`,
    en: `${count.en}, ${r.slips} of them like a common slip, size ${r.size}: ${list('en')}${tie.en}`,
  };
}

/** The report with some parts' changes and fills applied; `undefined` if the builders refuse them (they should not). */
function applied(report: Report, parts: readonly Scored[]): Report | undefined {
  try {
    return withChanges(
      report,
      parts.flatMap((x) => [...x.changes, ...x.fills]),
    );
  } catch {
    return undefined;
  }
}

/** The report with cells set to the values of changes (`key`, `to`). */
export function withChanges<R extends Report>(report: R, changes: readonly CellChange[]): R {
  return setCells(report, Object.fromEntries(changes.map((c) => [c.key, c.to])) as CellUpdates<R>);
}

/**
 * The ranked repairs: each combination applied and checked (one that leaves a relation broken is
 * dropped — the engine never hands out a repair that does not hold), with the findings it resolves.
 */
export function ranked(
  report: Report,
  combinations: readonly Combination[],
  checkOptions: CheckOptions,
  max: number,
  stays: ReadonlySet<string> = new Set(),
): Repair[] {
  const before = checkReport(report, checkOptions).findings.map((f) => f.fingerprint);
  const resolvedBy = new Map<Scored, readonly string[]>();
  const resolves = (parts: readonly Scored[]) => {
    const fixed = applied(report, parts);
    const after = fixed && checkReport(fixed, checkOptions).findings;
    if (!after) return undefined;
    const left = new Set(after.map((f) => f.fingerprint));
    // Broken after the repair: any broken finding but those of the parts no repair mends (`stays`).
    const broken = after.some((f) => f.status === 'broken' && !stays.has(f.fingerprint));
    return { broken, resolved: before.filter((f) => !left.has(f)) };
  };
  const partResolves = (s: Scored) => {
    let r = resolvedBy.get(s);
    if (!r) resolvedBy.set(s, (r = resolves([s])?.resolved ?? []));
    return r;
  };
  const fewest = combinations[0]?.changes ?? 0;
  const sizes = new Map<string, number>();
  for (const c of combinations) sizes.set(groupOf(c), (sizes.get(groupOf(c)) ?? 0) + 1);
  const out: Repair[] = [];
  let rank = 0;
  let last = '';
  for (const c of combinations) {
    if (groupOf(c) !== last) {
      if (out.length >= max) break;
      rank++;
      last = groupOf(c);
    }
    const whole = resolves(c.parts);
    if (!whole || whole.broken) continue;
    const peers = (sizes.get(last) ?? 1) - 1;
    const label = (s: Scored) =>
      s.changes.map((x, i): RepairChange => (c.swaps.has(s.moves[i]?.cell as number) ? { ...x, slip: 'swap' } : x));
    const parts: RepairPart[] = c.parts.map((s) => ({ changes: label(s), fills: s.fills, resolves: partResolves(s) }));
    const changes = parts.flatMap((x) => x.changes);
    out.push({
      changes,
      fills: parts.flatMap((x) => x.fills),
      resolves: whole.resolved,
      parts,
      rank,
      tied: peers > 0,
      slips: c.slips,
      size: Number(c.size),
      why: reasons(c, changes, fewest, peers),
    });
  }
  return out;
}
