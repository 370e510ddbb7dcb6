import { setCells, type CellUpdates } from '../build/setCell.js';
import { checkReport } from '../check/checkReport.js';
import { ruleDefinitions } from '../check/catalogue.js';
import { inputsOf } from '../check/inputs.js';
import type { RuleId, RuleSetting } from '../check/types.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { Report } from '../model/report.js';
import { cellLocation } from '../template/describeCell.js';
import type { CellLayout } from '../template/layout.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { problemOf, type Problem } from './problem.js';
import { searchRepairs, type Candidate } from './search.js';
import { slipOf, type Slip } from './slips.js';
import type { Repair, RepairChange, RepairOptions, RepairResult } from './types.js';

/** The rules whose relations a repair satisfies: the sums within the report, R5 and R10 when given their input. */
const REPAIRED: readonly RuleId[] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R10'];
const DEFAULTS = { maxChanges: 4, budget: 20_000, maxRepairs: 20, beyond: 0 } as const;
const LIMITS = { maxChanges: [1, 8], budget: [1, 10_000_000], maxRepairs: [1, 10_000], beyond: [0, 2] } as const;
/** checkReport settings that run only the repaired rules, for the findings a repair resolves. */
const ONLY_REPAIRED = Object.fromEntries(
  ruleDefinitions.map((r) => [r.id, REPAIRED.includes(r.id) ? 'on' : 'off']),
) as Record<RuleId, RuleSetting>;

const SLIP_WORDS: Record<Slip, LocalizedText> = {
  digit: { zh: '一位数字录错', en: 'one digit mistyped' },
  transposition: { zh: '相邻两位数字颠倒', en: 'two digits transposed' },
  swap: { zh: '相邻两格互换', en: 'two neighbouring cells swapped' },
  totalZero: { zh: '合计漏填为 0', en: 'a total left 0' },
  totalCopied: { zh: '合计抄自别行', en: 'a total copied from another row' },
};

function invalid(zh: string, en: string): never {
  throw new OgiReportError('INVALID_ARGUMENT', { zh: `suggestRepairs：${zh}`, en: `suggestRepairs: ${en}` });
}

/** Validates the options: unknown options and out-of-range bounds are misuse. */
function repairOptions(
  options: unknown,
): Required<Pick<RepairOptions, 'maxChanges' | 'budget' | 'maxRepairs' | 'beyond'>> & RepairOptions {
  if (options === undefined) return { ...DEFAULTS };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    invalid('选项应为对象', 'options must be an object');
  const o = options as Record<string, unknown>;
  const known = new Set(['previous', 'children', ...Object.keys(DEFAULTS)]);
  for (const k of Object.keys(o)) if (!known.has(k)) invalid(`未知选项“${k}”`, `unknown option “${k}”`);
  for (const [k, [min, max]] of Object.entries(LIMITS)) {
    const v = o[k];
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= min && (v as number) <= max))
      invalid(`${k} 应为 ${min} 至 ${max} 的整数`, `${k} must be an integer from ${min} to ${max}`);
  }
  if (o['children'] !== undefined && !Array.isArray(o['children']))
    invalid('children 应为报告数组', 'children must be an array of reports');
  if (o['previous'] !== undefined && (typeof o['previous'] !== 'object' || o['previous'] === null))
    invalid('previous 应为上年报告', 'previous must be a report');
  return { ...DEFAULTS, ...(o as RepairOptions) };
}

const toNumber = (v: bigint) => Number(v);
const abs = (v: bigint) => (v < 0n ? -v : v);

/** A candidate's changes with the slip each looks like. */
function describeChanges(p: Problem, c: Candidate): RepairChange[] {
  const moves = c.changes.map(([cell, to]) => ({ cell, from: p.printed[cell] as bigint, to }));
  return moves.map((m) => {
    const cell = p.layout.cells[m.cell] as CellLayout;
    // A cell printed not applicable (“/”) was not typed as a number: no slip explains changing it.
    const slip = p.values.raw[m.cell] === 'NA' ? undefined : slipOf(p.layout, m, moves, p.printed);
    const { key, where } = cellLocation(cell);
    return { key, where, from: p.values.raw[m.cell] as CellValue, to: toNumber(m.to), ...(slip && { slip }) };
  });
}

/** Why a repair ranks where it does. */
function reasons(changes: readonly RepairChange[], size: number, fewest: number, tiedWith: number): LocalizedText {
  const shown = (v: RepairChange['from']) => (v === 'NA' ? '/' : String(v));
  const list = (lang: 'zh' | 'en') =>
    changes
      .map((c) => {
        const slip = c.slip && SLIP_WORDS[c.slip][lang];
        const note = slip ? (lang === 'zh' ? `（${slip}）` : ` (${slip})`) : '';
        return `${c.where[lang]} ${shown(c.from)} → ${c.to}${note}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
  const n = changes.length;
  const slips = changes.filter((c) => c.slip).length;
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
    zh: `${count.zh}，其中 ${slips} 格像常见笔误，改动量 ${size}：${list('zh')}${tie.zh}`,
    en: `${count.en}, ${slips} of them like a common slip, size ${size}: ${list('en')}${tie.en}`,
  };
}

/** Applies a candidate to the report; `undefined` if the builders refuse it (they should not). */
function applied(report: Report, p: Problem, c: Candidate): Report | undefined {
  const key = (cell: number) => (p.layout.cells[cell] as CellLayout).key;
  const updates = Object.fromEntries([...c.changes, ...c.fills].map(([cell, to]) => [key(cell), toNumber(to)]));
  try {
    return setCells(report, updates as CellUpdates<Report>);
  } catch {
    return undefined;
  }
}

/**
 * Suggests the smallest sets of printed-cell changes that make every sum relation of the report
 * hold — R1–R4, and R5 given `previous`, R10 given `children` — ranked by how plausible each change
 * is as a human slip (a mistyped digit, two digits transposed, two neighbouring cells swapped, a
 * total left 0 or copied from another row), then by size. Repairs the relations cannot tell apart
 * are all returned, flagged `tied`. Blank cells are unknowns: a repair fills one only where its
 * value is forced, and a fill is not counted as a change.
 *
 * The search is exact and bounded: it tries change sets of increasing size up to `maxChanges`,
 * examining at most `budget` sets; `complete` says whether it finished. Every repair returned has
 * been applied and checked: after it, no relation of those rules is broken. Never throws on a report;
 * options that are not valid throw.
 * @param report - the report to repair.
 * @param options - `previous`, `children`, and the search's bounds.
 * @returns the minimal repairs, best first, and whether the search was complete.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for options that are not valid.
 * @example
 * ```ts
 * const { repairs } = suggestRepairs(seedReport);
 * console.log(repairs[0]?.changes.map((c) => `${c.key}: ${c.from} → ${c.to}`));
 * ```
 * @category Repairs
 */
export function suggestRepairs(report: Report, options?: RepairOptions): RepairResult {
  const opts = repairOptions(options);
  const edition = (report as { edition?: unknown } | null)?.edition;
  if (typeof edition !== 'string' || !Object.hasOwn(templates, edition))
    return {
      repairs: [],
      complete: false,
      examined: 0,
      message: {
        zh: `不是可更正的报告：格式版本 ${String(edition)} 未知`,
        en: `Not a report that can be repaired: unknown edition ${String(edition)}`,
      },
    };
  const inputs = inputsOf(report, edition as Edition, opts);
  const relations = ruleDefinitions.flatMap((r, i) => (REPAIRED.includes(r.id) ? (inputs.plan[i] ?? []) : []));
  const p = problemOf(inputs.layout, inputs.all, relations);
  const outcome = searchRepairs(p, {
    maxChanges: opts.maxChanges,
    budget: opts.budget,
    beyond: opts.beyond,
    maxFound: Math.max(opts.maxRepairs * 5, 100),
  });
  const checkOpts = {
    rules: ONLY_REPAIRED,
    ...(opts.previous && { previous: opts.previous }),
    ...(opts.children && { children: opts.children }),
  };
  const before = checkReport(report, checkOpts).findings;
  const ranked = rank(
    report,
    p,
    outcome.found,
    before.map((f) => f.fingerprint),
    checkOpts,
    opts.maxRepairs,
  );
  return {
    repairs: ranked,
    complete: outcome.complete,
    examined: outcome.examined,
    message: summary(ranked, outcome, opts.maxChanges),
  };
}

/** The form's order of two change sets: by their first differing cell. */
function formOrder(a: Candidate, b: Candidate): number {
  for (let i = 0; i < Math.min(a.changes.length, b.changes.length); i++) {
    const d = (a.changes[i]?.[0] as number) - (b.changes[i]?.[0] as number);
    if (d !== 0) return d;
  }
  return a.changes.length - b.changes.length;
}

/** Scores, verifies and ranks the candidates; keeps whole tied groups up to `max` repairs. */
function rank(
  report: Report,
  p: Problem,
  found: readonly Candidate[],
  before: readonly string[],
  checkOpts: Parameters<typeof checkReport>[1],
  max: number,
): Repair[] {
  const scored = found
    .map((c) => {
      const changes = describeChanges(p, c);
      const size = c.changes.reduce((s, [cell, to]) => s + abs(to - (p.printed[cell] as bigint)), 0n);
      return { c, changes, slips: changes.filter((x) => x.slip).length, size };
    })
    .sort(
      (a, b) =>
        a.changes.length - b.changes.length ||
        b.slips - a.slips ||
        (a.size < b.size ? -1 : a.size > b.size ? 1 : 0) ||
        formOrder(a.c, b.c),
    );
  const groupOf = (x: (typeof scored)[number]) => `${x.changes.length}:${x.slips}`;
  const out: Repair[] = [];
  let group = 0;
  let last = '';
  for (const s of scored) {
    if (groupOf(s) !== last) {
      if (out.length >= max) break;
      group++;
      last = groupOf(s);
    }
    const fixed = applied(report, p, s.c);
    if (!fixed) continue;
    const after = checkReport(fixed, checkOpts).findings;
    if (after.some((f) => f.status === 'broken')) continue; // the engine's own check: never hand out a repair that does not hold
    const left = new Set(after.map((f) => f.fingerprint));
    const peers = scored.filter((x) => groupOf(x) === last).length - 1;
    out.push({
      changes: s.changes,
      fills: s.c.fills.map(([cell, to]) => {
        const { key, where } = cellLocation(p.layout.cells[cell] as CellLayout);
        return { key, where, from: null, to: toNumber(to) };
      }),
      resolves: before.filter((f) => !left.has(f)),
      rank: group,
      tied: peers > 0,
      slips: s.slips,
      size: toNumber(s.size),
      why: reasons(s.changes, toNumber(s.size), (scored[0] as (typeof scored)[number]).changes.length, peers),
    });
  }
  return out;
}

function summary(
  repairs: readonly Repair[],
  outcome: ReturnType<typeof searchRepairs>,
  maxChanges: number,
): LocalizedText {
  const bound = outcome.complete
    ? { zh: '', en: '' }
    : outcome.stop === 'budget'
      ? {
          zh: `（已达检索上限 ${outcome.examined} 组，可能还有其他更正）`,
          en: ` (the search bound of ${outcome.examined} sets was reached; there may be other repairs)`,
        }
      : { zh: '（更正过多，只列出一部分）', en: ' (too many repairs; only some are listed)' };
  if (outcome.examined === 0)
    return { zh: '各合计关系均成立，无需更正', en: 'Every sum relation holds: nothing to repair' };
  if (repairs.length === 0)
    return {
      zh: `改动不超过 ${maxChanges} 格的更正都不能使各关系成立${bound.zh}`,
      en: `No repair of up to ${maxChanges} cell(s) makes every relation hold${bound.en}`,
    };
  const top = repairs.filter((r) => r.rank === 1).length;
  const n = (repairs[0] as Repair).changes.length;
  return top > 1
    ? {
        zh: `找到 ${top} 个同样可能的最小更正（各改 ${n} 格）${bound.zh}`,
        en: `${top} equally likely minimal repairs (${n} change(s) each)${bound.en}`,
      }
    : { zh: `最可能的更正改 ${n} 格${bound.zh}`, en: `The most likely repair changes ${n} cell(s)${bound.en}` };
}

/**
 * Applies a repair: its changes and the blanks it fills, returning a new report; the input is not
 * changed.
 * @param report - the report the repair was suggested for.
 * @param repair - one of the repairs `suggestRepairs` returned for it.
 * @returns a new, deeply frozen report.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` or `INVALID_CELL_VALUE` for a repair of another report.
 * @example
 * ```ts
 * const [top] = suggestRepairs(report).repairs;
 * const fixed = top ? applyRepair(report, top) : report;
 * ```
 * @category Repairs
 */
export function applyRepair<R extends Report>(report: R, repair: Repair): R {
  const updates = Object.fromEntries([...repair.changes, ...repair.fills].map((c) => [c.key, c.to]));
  return setCells(report, updates as CellUpdates<R>);
}
