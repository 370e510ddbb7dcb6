import { pushAll } from '../_internal/arrays.js';
import { misuse, optionRecord } from '../_internal/options.js';
import type { Report } from '../model/report.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { ruleDefinitions } from './catalogue.js';
import { fingerprint } from './fingerprint.js';
import { inputsOf } from './inputs.js';
import { type PackedRelation, type Relation } from './relation.js';
import type { Values } from '../_internal/cellValues.js';
import { mergeDrafts, relationFinding, unknownRows } from './relationFinding.js';
import type { FindingDraft, RuleDefinition } from './ruleDefinition.js';
import type { CheckOptions, CheckResult, CheckSummary, Finding, FindingCode, RuleId, Severity } from './types.js';

/**
 * The findings of a rule's relations. Open or inferred relations that hinge on the same blank rows
 * are one finding, not one per column.
 */
function relationDrafts(
  rule: RuleDefinition,
  rels: readonly PackedRelation[],
  all: readonly (Values | undefined)[],
  severity: Severity,
  children: readonly Report[],
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const groups = new Map<string, [FindingDraft, Relation][]>();
  for (const rel of rels) {
    const d = relationFinding(rel, all, severity, children);
    if (!d) continue;
    if (d.status === 'broken') {
      drafts.push(d);
      continue;
    }
    const key = `${d.status}|${unknownRows(rel, all)
      .map((row) => `${row.section.key}.${row.path}`)
      .join(',')}`;
    const group = groups.get(key);
    if (group) group.push([d, rel]);
    else groups.set(key, [[d, rel]]);
  }
  for (const group of groups.values())
    drafts.push(group.length === 1 ? (group[0] as [FindingDraft, Relation])[0] : mergeDrafts(rule, group, all));
  return drafts;
}

/** A draft made a finding: its code, rule, severity and fingerprint. */
function stamp(rule: RuleDefinition, d: FindingDraft, severity: Severity): Finding {
  const code = `${d.kind}_${d.status.toUpperCase()}` as FindingCode;
  const l = d.location;
  const place = l.key ?? [l.section, l.row, l.column, l.where.en].join('|');
  const { order: _order, kind: _kind, ...rest } = d;
  return {
    ...rest,
    code,
    rule: rule.id,
    severity: d.severity ?? severity,
    fingerprint: fingerprint(`${rule.id}|${code}|${place}`),
  };
}

function summarize(findings: readonly Finding[], locale: 'zh' | 'en'): CheckSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const text =
    locale === 'zh'
      ? `${errors === 0 ? '未发现错误' : `发现 ${errors} 个错误`}；${warnings} 个警告，${infos} 条提示`
      : `${errors === 0 ? 'No errors' : `${errors} error(s)`}; ${warnings} warning(s), ${infos} info(s)`;
  return { ok: errors === 0, errors, warnings, infos, byRule, text };
}

const OPTION_KEYS = new Set(['previous', 'rules', 'children', 'locale', 'profile']);
const SETTINGS = new Set(['off', 'on', 'error', 'warning', 'info']);

/** Validates the options: an unknown option, rule, setting or locale is misuse, never silently ignored. */
function checkOptions(options: unknown): CheckOptions {
  const invalid = misuse('checkReport');
  const o = optionRecord('checkReport', options, OPTION_KEYS);
  if (o['locale'] !== undefined && o['locale'] !== 'zh' && o['locale'] !== 'en')
    invalid(
      `语言应为 'zh' 或 'en'，而非 ${JSON.stringify(o['locale'])}`,
      `locale must be 'zh' or 'en', not ${JSON.stringify(o['locale'])}`,
    );
  if (o['profile'] !== undefined && o['profile'] !== 'draft' && o['profile'] !== 'submit')
    invalid(
      `profile 应为 'draft' 或 'submit'，而非 ${JSON.stringify(o['profile'])}`,
      `profile must be 'draft' or 'submit', not ${JSON.stringify(o['profile'])}`,
    );
  const rules = o['rules'];
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null)
      invalid('rules 应为各规则设置的对象', 'rules must be an object of rule settings');
    const ids = new Set(ruleDefinitions.map((r) => r.id as string));
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      if (!ids.has(id))
        invalid(
          `未知规则“${id}”（规则为 ${[...ids].join('、')}）`,
          `unknown rule “${id}” (rules are ${[...ids].join(', ')})`,
        );
      if (!SETTINGS.has(setting as string))
        invalid(
          `规则 ${id} 的设置应为 'on'、'off'、'error'、'warning' 或 'info'，而非 ${JSON.stringify(setting)}`,
          `rule ${id}: the setting must be 'on', 'off', 'error', 'warning' or 'info', not ${JSON.stringify(setting)}`,
        );
    }
  }
  if (o['children'] !== undefined && !Array.isArray(o['children']))
    invalid('children 应为报告数组', 'children must be an array of reports');
  if (o['previous'] !== undefined && (typeof o['previous'] !== 'object' || o['previous'] === null))
    invalid('previous 应为上年报告', 'previous must be a report');
  return o as CheckOptions;
}

/**
 * Checks a report against the rule catalogue (勾稽关系 R0–R9): sums, the balance, valid values,
 * completeness and — given the previous year's report — the cross-year rules. Blank cells are
 * unknown non-negative integers, so each relation is found to hold, to be broken whatever the
 * blanks hold, to hold only if the blanks take named values, or to be not assessable. Never throws
 * on any report; options that are not valid (an unknown rule, setting, locale or option) throw.
 * @param report - the report to check.
 * @param options - `previous` (the same body's report for the year before), `children` (for an aggregate), `profile` (`draft` or `submit`), `rules` (turn on, off, re-level; over the profile), `locale` of the summary.
 * @returns findings in a deterministic order, and a summary.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for options that are not valid.
 * @example
 * ```ts
 * const { findings, summary } = checkReport(report, { previous: lastYear });
 * if (!summary.ok) console.log(formatFindings(findings));
 * checkReport(report, { profile: 'submit' }).summary.ok; // what a supervisor would accept
 * ```
 * @category Checks
 */
export function checkReport(report: Report, options?: CheckOptions): CheckResult {
  const opts = checkOptions(options);
  const locale = opts.locale === 'en' ? 'en' : 'zh';
  const edition = (report as { edition?: unknown } | null)?.edition;
  if (typeof edition !== 'string' || !Object.hasOwn(templates, edition)) {
    const where = { zh: '格式版本', en: 'Edition' };
    const f: Finding = {
      code: 'INVALID_VALUE_BROKEN',
      rule: 'R8',
      severity: 'error',
      status: 'broken',
      location: { where },
      operands: [],
      message: {
        zh: `不是可检查的报告：格式版本 ${String(edition)} 未知`,
        en: `Not a checkable report: unknown edition ${String(edition)}`,
      },
      fingerprint: fingerprint('R8|INVALID_VALUE_BROKEN|edition'),
    };
    return { findings: [f], summary: summarize([f], locale) };
  }
  const inputs = inputsOf(report, edition as Edition, opts);
  const { values, previous, previousLayout: prevLayout, previousValues: prevValues, children, childrenUsable } = inputs;
  const { usableChildren, childValues, all, plan } = inputs;
  const findings: Finding[] = [];
  for (const [r, rule] of ruleDefinitions.entries()) {
    const setting = opts.rules?.[rule.id] ?? (opts.profile ? rule.profiles[opts.profile] : rule.optIn ? 'off' : 'on');
    if (setting === 'off' || !rule.editions.includes(edition as Edition)) continue;
    if (rule.aggregateOnly && (report.scope !== 'aggregate' || children.length === 0)) continue;
    const severity = setting === 'on' ? rule.severity : setting;
    const rels = plan[r] as readonly PackedRelation[];
    const drafts = relationDrafts(rule, rels, all, severity, usableChildren);
    const note = rule.unusable?.({ edition, previous: prevLayout, relations: rels, childrenUsable });
    if (note) drafts.push(note);
    if (rule.inspect)
      drafts.push(
        ...rule.inspect({
          report,
          values,
          previous,
          previousValues: prevValues,
          children: usableChildren,
          childValues,
        }),
      );
    drafts.sort((x, y) => x.order - y.order);
    pushAll(
      findings,
      drafts.map((d) => stamp(rule, d, severity)),
    );
  }
  return { findings, summary: summarize(findings, locale) };
}
