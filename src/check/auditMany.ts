/**
 * A jurisdiction at once: many reports audited together — each linked to its previous year by
 * agency and year, aggregates checked against the reports they sum — with a summary across them and
 * a findings table that loads in pandas or DuckDB.
 */
import { checkedOptions, misuse, optionKinds } from '../_internal/options.js';
import { assertReport } from '../_internal/assertEdition.js';
import type { Locale } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { formulaSafe, quote } from '../format/csvText.js';
import { labelKey } from '../parse/normalize.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import { auditReport, type Audit, type CauseKind, type Verdict } from './audit.js';
import type { Profile } from './types.js';

/**
 * One report of a jurisdiction, with what the caller knows about it.
 * @category Checks
 */
export interface AuditEntry {
  /** The report. */
  readonly report: Report;
  /** What the reader doubted when it read the report. */
  readonly parseFindings?: readonly ParseFinding[];
  /** For an aggregate (a city's roll-up): the indexes, in the entries, of the reports it sums. */
  readonly children?: readonly number[];
  /** The caller's fields to join on (an id, a URL). */
  readonly meta?: Readonly<Record<string, string>>;
}

/**
 * One report's audit in a jurisdiction, with how it was linked.
 * @category Checks
 */
export interface LinkedAudit {
  /** The entry's index. */
  readonly index: number;
  /** The audit. */
  readonly audit: Audit;
  /** The entry of the same agency's report for the year before, when exactly one was found. */
  readonly previous?: number;
  /** When two or more entries could be the year before (the same name and year twice): their indexes, and no link. */
  readonly previousCandidates?: readonly number[];
  /** The entry's meta, as given. */
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * A kind of cause and how many reports of a jurisdiction have it.
 * @category Checks
 */
export interface CauseCount {
  /** The kind of cause. */
  readonly kind: CauseKind;
  /** How many reports have at least one cause of that kind. */
  readonly reports: number;
}

/**
 * What {@link auditReports} returns: an audit per report and the view across them.
 * @category Checks
 */
export interface JurisdictionAudit {
  /** One audit per entry, in order. */
  readonly audits: readonly LinkedAudit[];
  /** How many reports have each verdict. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The kinds of cause, most frequent first, with how many reports have each. */
  readonly frequentCauses: readonly CauseCount[];
  /** The indexes of the reports with the most causes, worst first (at most ten). */
  readonly worst: readonly number[];
}

/** An agency name as reports are linked by: NFKC, simplified script, letters and digits only. */
const agencyKey = (name: string) => labelKey(name.normalize('NFKC'));

/**
 * Audits the reports of a jurisdiction together. Each report is linked to its previous year: the
 * entry whose agency name is the same (after NFKC, in simplified script, spaces and punctuation
 * ignored) and whose year is the one before — when there is exactly one; two candidates are listed
 * and neither is linked (never a guess). An entry with `children` is audited as an aggregate of those
 * entries (the roll-up rule). Returns every audit with its links, the count of each verdict, the
 * most frequent kinds of cause and the worst reports; {@link auditsToCsv} writes the findings table.
 * @param entries - the reports, each with its reader's findings, children and meta.
 * @param options - `profile`, `locale`.
 * @returns the audits and the view across them.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for an entry that is not a report, a child index out of range, or options that are not valid.
 * @example
 * ```ts
 * const city = auditReports(reports.map((report) => ({ report })));
 * console.log(city.verdicts, city.worst);
 * ```
 * @category Checks
 */
export function auditReports(
  entries: readonly AuditEntry[],
  options: { readonly profile?: Profile; readonly locale?: Locale } = {},
): JurisdictionAudit {
  checkedOptions('auditReports', options, { profile: optionKinds.string, locale: optionKinds.locale });
  if (!Array.isArray(entries)) misuse('auditReports')('应为报告条目的数组', 'expected an array of entries');
  entries.forEach((e, i) => assertReport('auditReports', (e as AuditEntry | null)?.report, i));
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const key = `${agencyKey(e.report.agency.name)}|${e.report.reportYear}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const audits = entries.map((e, index): LinkedAudit => {
    const before = byKey.get(`${agencyKey(e.report.agency.name)}|${e.report.reportYear - 1}`) ?? [];
    const previous = before.length === 1 ? before[0] : undefined;
    const children = (e.children ?? []).map((c) => {
      const child = Number.isSafeInteger(c) ? entries[c] : undefined;
      return child
        ? child.report
        : misuse('auditReports')(`条目 ${index} 的下级 ${c} 不存在`, `entry ${index}: child ${c} does not exist`);
    });
    const audit = auditReport(e.report, {
      ...(e.parseFindings && { parseFindings: e.parseFindings }),
      ...(previous !== undefined && { previous: (entries[previous] as AuditEntry).report }),
      ...(children.length > 0 && { children }),
      ...(options.profile && { profile: options.profile }),
      ...(options.locale && { locale: options.locale }),
    });
    return {
      index,
      audit,
      ...(previous !== undefined && { previous }),
      ...(before.length > 1 && { previousCandidates: before }),
      meta: e.meta ?? {},
    };
  });
  return { audits, ...acrossReports(audits) };
}

/** The view across the audits: verdict counts, the most frequent kinds of cause, the worst reports. */
function acrossReports(audits: readonly LinkedAudit[]) {
  const verdicts: Record<Verdict, number> = { consistent: 0, inconsistent: 0, incomplete: 0 };
  const kinds = new Map<CauseKind, number>();
  for (const { audit } of audits) {
    verdicts[audit.verdict]++;
    for (const kind of new Set(audit.causes.map((c) => c.kind))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const frequentCauses = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, reports]) => ({ kind, reports }));
  const worst = audits
    .filter((a) => a.audit.causes.length > 0)
    .sort((a, b) => b.audit.causes.length - a.audit.causes.length || a.index - b.index)
    .slice(0, 10)
    .map((a) => a.index);
  return { verdicts, frequentCauses, worst };
}

const AUDIT_CSV_HEADER =
  'report,agency,year,verdict,cause,kind,actor,rule,severity,code,cells,message_zh,message_en,repair,fingerprint';

/**
 * The findings table of a jurisdiction's audit, as CSV: one line per cause and per finding it
 * explains (a finding no cause explains has an empty cause), columns
 * `report,agency,year,verdict,cause,kind,actor,rule,severity,code,cells,message_zh,message_en,repair,fingerprint`
 * — the report's index, the cause's index within it, cells as keys separated by spaces. Loads in
 * pandas (`read_csv`) and DuckDB (`read_csv_auto`); text a spreadsheet would run is escaped as
 * `toCsv` escapes it.
 * @param result - what {@link auditReports} returned.
 * @returns CSV text, ending with a newline.
 * @example
 * ```ts
 * await writeFile('findings.csv', auditsToCsv(auditReports(entries)));
 * ```
 * @category Checks
 */
export function auditsToCsv(result: JurisdictionAudit): string {
  if (typeof result !== 'object' || result === null || !Array.isArray(result.audits))
    misuse('auditsToCsv')('应为 auditReports 的结果', 'expected the result of auditReports');
  const line = (fields: readonly (string | number)[]) => fields.map((f) => quote(formulaSafe(String(f)))).join(',');
  const lines = [AUDIT_CSV_HEADER];
  for (const { index, audit } of result.audits) {
    const lead = [index, audit.report.agency.name, audit.report.reportYear, audit.verdict];
    const explainedBy = new Map<string, number>();
    audit.causes.forEach((cause, c) => {
      for (const fp of cause.findings) explainedBy.set(fp, c);
      const repair = (cause.repair ?? []).map((ch) => `${ch.key}: ${ch.from ?? ''} → ${ch.to}`).join('; ');
      lines.push(
        line([
          ...lead,
          c,
          cause.kind,
          cause.actor,
          '',
          '',
          '',
          cause.cells.join(' '),
          cause.message.zh,
          cause.message.en,
          repair,
          '',
        ]),
      );
    });
    for (const f of audit.findings) {
      const c = explainedBy.get(f.fingerprint);
      const cells = f.operands.filter((o) => o.report === 'current').map((o) => o.key);
      lines.push(
        line([
          ...lead,
          c ?? '',
          '',
          '',
          f.rule,
          f.severity,
          f.code,
          cells.join(' '),
          f.message.zh,
          f.message.en,
          '',
          f.fingerprint,
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
