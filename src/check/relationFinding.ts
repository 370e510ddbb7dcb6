/** Turning a relation that does not simply hold into a finding, in words people can act on. */
import { minOf } from '../_internal/arrays.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { describeCell, describeRows } from '../template/describeCell.js';
import type { CellLayout, RowLayout } from '../template/layout.js';
import { minus, plus, type ExactSum } from './exact.js';
import { evaluate, type PackedRelation, type Relation, type Term } from './relation.js';
import { BLANK, INVALID, KNOWN, NA, type Values } from '../_internal/cellValues.js';
import type { FindingDraft, RuleDefinition } from './ruleDefinition.js';
import type { Severity } from './types.js';

/** A side of a relation in words: column labels when the terms share a row, row labels otherwise. */
function sideText(terms: readonly Term[], side: Term['side'], sameRow: boolean): LocalizedText {
  const parts = terms.filter((t) => t.side === side);
  const label = (t: Term, lang: 'zh' | 'en'): string => {
    const base = sameRow
      ? lang === 'zh'
        ? t.cell.column.label
        : t.cell.column.labelEn
      : lang === 'zh'
        ? t.cell.row.label
        : t.cell.row.labelEn;
    return t.report === 1 ? (lang === 'zh' ? `上年${base}` : `last year's ${base}`) : base;
  };
  const join = (lang: 'zh' | 'en'): string => {
    const text = parts.map(
      (t, i) => `${i === 0 ? (t.coef < 0 ? '−' : '') : t.coef < 0 ? ' − ' : ' + '}${label(t, lang)}`,
    );
    return text.length > 4 ? `${text[0]}${text[1]} + … ${text.at(-1)?.trim()}` : text.join('');
  };
  return { zh: join('zh'), en: join('en') };
}

/** The known part of one side of a relation, exactly. */
function sideSum(
  terms: readonly Term[],
  side: Term['side'],
  values: readonly (Values | undefined)[],
): { sum: ExactSum; complete: boolean } {
  let sum: ExactSum = 0;
  let complete = true;
  for (const t of terms) {
    if (t.side !== side) continue;
    const v = values[t.report] as Values;
    const st = v.state[t.index];
    if (st === KNOWN || st === NA) sum = plus(sum, t.coef, v.num[t.index] as number);
    else complete = false;
  }
  return { sum, complete };
}

export function relationFinding(
  rel: PackedRelation,
  values: readonly (Values | undefined)[],
  severity: Severity,
  sources: readonly Report[],
): FindingDraft | undefined {
  const ev = evaluate(rel, values);
  if (ev.status === 'holds' || ev.status === 'skip') return undefined;
  const sameRow = rel.terms.every(
    (t) => t.cell.row === rel.terms[0]?.cell.row && t.cell.path === rel.terms[0]?.cell.path,
  );
  const a = sideSum(rel.terms, 'actual', values);
  const e = sideSum(rel.terms, 'expected', values);
  const at = rel.sides?.actual ?? sideText(rel.terms, 'actual', sameRow);
  const ex = rel.sides?.expected ?? sideText(rel.terms, 'expected', sameRow);
  const w = rel.location.where;
  const operands = rel.terms.map((t) => {
    const v = values[t.report] as Values;
    const child = sources[t.report - 2];
    return {
      key: t.cell.key,
      where: describeCell(t.cell),
      report: t.report === 0 ? ('current' as const) : t.report === 1 ? ('previous' as const) : ('child' as const),
      ...(child && { source: { agency: child.agency.name, index: t.report - 2 } }),
      value: v.state[t.index] === INVALID ? undefined : (v.raw[t.index] as number | null),
      side: t.side,
      coefficient: t.coef,
    };
  });
  const blanks = rel.terms.filter((t) => {
    const st = (values[t.report] as Values).state[t.index];
    return st === BLANK || st === INVALID;
  }).length;
  // The numeric fields are numbers: given only where each is a safe integer (the message says them exactly).
  const delta = minus(a.sum, e.sum);
  const numbers =
    a.complete && e.complete && typeof a.sum === 'number' && typeof e.sum === 'number' && typeof delta === 'number'
      ? { expected: e.sum, actual: a.sum, delta }
      : {};
  let message: LocalizedText;
  let findingSeverity = severity;
  if (ev.status === 'broken') {
    message =
      a.complete && e.complete
        ? rel.op === 'ge'
          ? {
              zh: `${w.zh}：${at.zh} = ${a.sum}，小于 ${ex.zh} = ${e.sum}`,
              en: `${w.en}: ${at.en} = ${a.sum} is less than ${ex.en} = ${e.sum}`,
            }
          : {
              zh: `${w.zh}：${at.zh} = ${a.sum}，而 ${ex.zh} = ${e.sum}（相差 ${delta}）`,
              en: `${w.en}: ${at.en} = ${a.sum}, but ${ex.en} = ${e.sum} (off by ${delta})`,
            }
        : {
            zh: `${w.zh}：无论空白格填什么都不成立——${at.zh} 已知部分为 ${a.sum}，${ex.zh} 已知部分为 ${e.sum}`,
            en: `${w.en}: broken whatever the blank cells hold — known part of ${at.en}: ${a.sum}; of ${ex.en}: ${e.sum}`,
          };
  } else if (ev.status === 'inferred') {
    findingSeverity = 'info';
    const [first] = ev.forced;
    message =
      ev.forced.length === 1 && first
        ? {
            zh: `${w.zh}：仅当空白的 ${describeCell(first[0].cell).zh} 为 ${first[1]} 时成立`,
            en: `${w.en}: holds only if the blank ${describeCell(first[0].cell).en} is ${first[1]}`,
          }
        : {
            zh: `${w.zh}：仅当 ${ev.forced.length} 个空白格均为 0 时成立`,
            en: `${w.en}: holds only if all ${ev.forced.length} blank cells are 0`,
          };
    return {
      kind: rel.kind,
      status: 'inferred',
      severity: findingSeverity,
      location: rel.location,
      operands,
      message,
      order: rel.order,
      ...numbers,
      inferred: ev.forced.map(([t, value]) => ({ key: t.cell.key, where: describeCell(t.cell), value })),
    } as FindingDraft;
  } else {
    findingSeverity = 'info';
    message = {
      zh: `${w.zh}：${blanks} 个空白格使此关系无法判断（${at.zh} 已知部分为 ${a.sum}，${ex.zh} 已知部分为 ${e.sum}）`,
      en: `${w.en}: cannot be assessed, ${blanks} blank cell(s) (known part of ${at.en}: ${a.sum}; of ${ex.en}: ${e.sum})`,
    };
  }
  return {
    kind: rel.kind,
    status: ev.status,
    severity: findingSeverity,
    location: rel.location,
    operands,
    message,
    order: rel.order,
    ...numbers,
  };
}

/** The rows (in printed order) that hold a relation's unknown cells. */
export function unknownRows(rel: Relation, values: readonly (Values | undefined)[]): RowLayout[] {
  const rows: RowLayout[] = [];
  for (const t of rel.terms) {
    const st = (values[t.report] as Values).state[t.index];
    if ((st === BLANK || st === INVALID) && !rows.some((r) => r.row === t.cell.row && r.path === t.cell.path))
      rows.push(t.cell);
  }
  return rows.sort((a, b) => (a as CellLayout).index - (b as CellLayout).index);
}

/** One finding for several relations of a rule left open (or inferred) by the same blank rows. */
export function mergeDrafts(
  rule: RuleDefinition,
  group: readonly [FindingDraft, Relation][],
  values: readonly (Values | undefined)[],
): FindingDraft {
  const [first, firstRel] = group[0] as [FindingDraft, Relation];
  const rows = unknownRows(firstRel, values);
  const where = describeRows(rows);
  const columns = group.map(([, rel]) => (rel.terms[0] as Term).cell.column);
  const cols = { zh: columns.map((c) => c.label).join('、'), en: columns.map((c) => c.labelEn).join(', ') };
  const seen = new Set<string>();
  const operands = group
    .flatMap(([d]) => d.operands)
    .filter((o) => !seen.has(`${o.report}:${o.key}`) && seen.add(`${o.report}:${o.key}`));
  const inferred = group.flatMap(([d]) => d.inferred ?? []);
  let message: LocalizedText;
  if (first.status === 'not_assessable') {
    message = {
      zh: `${where.zh}：空白使“${rule.title.zh}”在 ${cols.zh} 列无法判断`,
      en: `${where.en}: the blanks leave “${rule.title.en}” unassessable in columns ${cols.en}`,
    };
  } else if (inferred.every((i) => i.value === 0)) {
    message = {
      zh: `${where.zh}：仅当这些空白格（${cols.zh} 列，共 ${inferred.length} 格）均为 0 时，“${rule.title.zh}”成立`,
      en: `${where.en}: “${rule.title.en}” holds only if these ${inferred.length} blank cells (columns ${cols.en}) are all 0`,
    };
  } else {
    const byKey = (values[0] as Values).layout.cellByKey;
    const name = (key: string, where: LocalizedText, lang: 'zh' | 'en'): string => {
      const column = rows.length === 1 ? byKey.get(key)?.column : undefined;
      return column ? (lang === 'zh' ? column.label : column.labelEn) : where[lang];
    };
    const list = (lang: 'zh' | 'en') =>
      inferred.map((i) => `${name(i.key, i.where, lang)} = ${i.value}`).join(lang === 'zh' ? '；' : '; ');
    message = {
      zh: `${where.zh}：仅当空白格取下列值时，“${rule.title.zh}”成立：${list('zh')}`,
      en: `${where.en}: “${rule.title.en}” holds only if the blank cells are: ${list('en')}`,
    };
  }
  const location = { section: (rows[0] as RowLayout).section.key, row: (rows[0] as RowLayout).path, where };
  return {
    kind: first.kind,
    status: first.status,
    severity: 'info',
    location,
    operands,
    message,
    order: minOf(group.map(([d]) => d.order)),
    ...(first.status === 'inferred' && { inferred }),
  };
}
