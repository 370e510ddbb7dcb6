import { assertReport, assertShape } from '../_internal/assertEdition.js';
import { ruleDefinitions } from '../check/catalogue.js';
import { inputsOf } from '../check/inputs.js';
import type { RuleId, RuleSetting } from '../check/types.js';
import type { LocalizedText } from '../model/localizedText.js';
import { misuse, optionRecord } from '../_internal/options.js';
import type { Report } from '../model/report.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { problemParts } from './problem.js';
import { combine, ranked, scored, withChanges } from './rank.js';
import { searchRepairs, WORK_PER_SET, type SearchOutcome } from './search.js';
import type { Repair, RepairOptions, RepairResult, UnrepairedPart } from './types.js';
import { checkReport } from '../check/checkReport.js';
import type { CheckOptions } from '../check/types.js';
import type { FoundCellKey } from '../model/location.js';
import type { Problem } from './problem.js';

/** The rules whose relations a repair satisfies: the sums within the report, R5 and R10 when given their input. */
const REPAIRED: readonly RuleId[] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R10'];
const DEFAULTS = { maxChanges: 4, budget: 20_000, maxRepairs: 20, beyond: 0 } as const;
const LIMITS = { maxChanges: [1, 8], budget: [1, 10_000_000], maxRepairs: [1, 10_000], beyond: [0, 2] } as const;
/** checkReport settings that run only the repaired rules, for the findings a repair resolves. */
const ONLY_REPAIRED = Object.fromEntries(
  ruleDefinitions.map((r) => [r.id, REPAIRED.includes(r.id) ? 'on' : 'off']),
) as Record<RuleId, RuleSetting>;

/** Validates the options: unknown options and out-of-range bounds are misuse. */
function repairOptions(
  options: unknown,
): Required<Pick<RepairOptions, 'maxChanges' | 'budget' | 'maxRepairs' | 'beyond'>> & RepairOptions {
  const invalid = misuse('suggestRepairs');
  const o = optionRecord('suggestRepairs', options, new Set(['previous', 'children', ...Object.keys(DEFAULTS)]));
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
 * been applied and checked: after it, no relation of those rules is broken but those of the
 * independent parts listed in `unrepaired` (parts no repair within the bounds mends; each part is
 * answered on its own, so one scrambled table does not take the repairs of the others with it). Never throws on a report;
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
      unrepaired: [],
      message: {
        zh: `不是可更正的报告：格式版本 ${String(edition)} 未知`,
        en: `Not a report that can be repaired: unknown edition ${String(edition)}`,
      },
    };
  const inputs = inputsOf(report, edition as Edition, opts);
  const relations = ruleDefinitions.flatMap((r, i) => (REPAIRED.includes(r.id) ? (inputs.plan[i] ?? []) : []));
  const elimination = { steps: 0 };
  const parts = problemParts(inputs.layout, inputs.all, relations, elimination);
  // Eliminating the blanks is work the budget pays for, in sets' worth of steps (not sets examined).
  const spent = Math.ceil(elimination.steps / WORK_PER_SET);
  let examined = 0;
  let stop: SearchOutcome['stop'];
  const candidates = parts.map((part) => {
    const outcome = searchRepairs(part, {
      maxChanges: opts.maxChanges,
      budget: Math.max(1, opts.budget - spent - examined),
      beyond: opts.beyond,
      maxFound: Math.max(opts.maxRepairs * 5, 100),
    });
    examined += outcome.examined;
    stop ??= outcome.stop;
    return outcome.found.map((c) => scored(part, c));
  });
  const checkOptions = {
    rules: ONLY_REPAIRED,
    ...(opts.previous && { previous: opts.previous }),
    ...(opts.children && { children: opts.children }),
  };
  // Each independent part is answered alone: one with no repair is named, the others keep theirs.
  const mendable = candidates.filter((c) => c.length > 0);
  const stuck = parts.filter((_, i) => candidates[i]?.length === 0);
  const unrepaired = unrepairedParts(report, stuck, checkOptions);
  const stays = new Set(unrepaired.flatMap((u) => u.findings));
  const repairs =
    mendable.length === 0
      ? []
      : ranked(report, combine(inputs.layout, mendable, opts.maxRepairs), checkOptions, opts.maxRepairs, stays);
  return {
    repairs,
    complete: stop === undefined,
    examined,
    unrepaired,
    message: summary(repairs, parts.length, unrepaired.length, stop, examined, opts.maxChanges),
  };
}

/** The parts with no repair: their cells, and the broken findings about those cells (which stay broken). */
function unrepairedParts(
  report: Report,
  stuck: readonly Problem[],
  checkOptions: CheckOptions,
): readonly UnrepairedPart[] {
  if (stuck.length === 0) return [];
  const broken = checkReport(report, checkOptions).findings.filter((f) => f.status === 'broken');
  return stuck.map((part) => {
    const cells = new Set<string>();
    for (const eq of part.equations) for (const c of eq.cells) cells.add(part.layout.cells[c]?.key as string);
    for (const b of part.bounds)
      for (const c of [...b.cells, ...b.blanks]) cells.add(part.layout.cells[c]?.key as string);
    const findings = broken
      .filter((f) => f.operands.some((o) => o.report === 'current' && cells.has(o.key as string)))
      .map((f) => f.fingerprint);
    return { cells: [...cells] as FoundCellKey[], findings };
  });
}

/** What was found, or why nothing was. */
function summary(
  repairs: readonly Repair[],
  parts: number,
  unrepaired: number,
  stop: SearchOutcome['stop'],
  examined: number,
  maxChanges: number,
): LocalizedText {
  const found = summaryOfFound(repairs, parts, stop, examined, maxChanges);
  if (unrepaired === 0 || repairs.length === 0) return found;
  return {
    zh: `${found.zh}；另有 ${unrepaired} 个独立部分在改动不超过 ${maxChanges} 格时无法更正`,
    en: `${found.en}; ${unrepaired} independent part(s) have no repair of up to ${maxChanges} cell(s)`,
  };
}

/** What was found for the parts that have repairs, or why nothing was. */
function summaryOfFound(
  repairs: readonly Repair[],
  parts: number,
  stop: SearchOutcome['stop'],
  examined: number,
  maxChanges: number,
): LocalizedText {
  const bound =
    stop === 'budget'
      ? {
          zh: `（已达检索上限 ${examined} 组，可能还有其他更正）`,
          en: ` (the search bound of ${examined} sets was reached; there may be other repairs)`,
        }
      : stop === 'maxFound'
        ? { zh: '（更正过多，只列出一部分）', en: ' (too many repairs; only some are listed)' }
        : { zh: '', en: '' };
  if (parts === 0) return { zh: '各合计关系均成立，无需更正', en: 'Every sum relation holds: nothing to repair' };
  if (repairs.length === 0)
    return {
      zh: `在每个独立部分改动不超过 ${maxChanges} 格的更正都不能使各关系成立${bound.zh}`,
      en: `No repair of up to ${maxChanges} cell(s) in each independent part makes every relation hold${bound.en}`,
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
  assertReport('applyRepair', report);
  assertShape(
    'applyRepair',
    { zh: 'suggestRepairs 给出的更正', en: 'a repair from suggestRepairs' },
    repair,
    'changes',
  );
  return withChanges(report, [...repair.changes, ...repair.fills]);
}
