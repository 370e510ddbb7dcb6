import { assertReport } from '../_internal/assertEdition.js';
import { amountText } from './cellText.js';
import { buildReport, readCell } from '../_internal/buildReport.js';
import { issuesFromZod } from '../_internal/issuesFromZod.js';
import type { CellValue, Money } from '../model/cell.js';
import type { Issue } from '../model/issue.js';
import { failure, type Result } from '../model/result.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { Report, ReportJsonOf } from '../model/report.js';
import { reportSchema } from '../model/reportSchema.js';

/**
 * The outcome of reading a report: the report, or the issues that stopped it. Never half-valid.
 * @category Serialization
 */
export type ReadResult<R = Report> = Result<{
  /** The report read, deeply frozen. */
  readonly report: R;
}>;

function cellToJson(value: CellValue): unknown {
  if (typeof value === 'object' && value !== null) {
    const m = value as Money;
    return { amount: amountText(m), unit: m.unit };
  }
  return value;
}

/**
 * The canonical JSON value of a report: keys in a fixed order (header, then the six sections in
 * printed order, rows and columns in printed order), blank cells as `null`, not-applicable cells as
 * `"NA"`, money as `{ amount, unit }` with the amount a plain decimal string.
 * @param report - a report of either edition.
 * @returns a plain, JSON-safe object.
 * @example
 * ```ts
 * const value = toJSONValue(report); // plain JSON data: money as { amount, unit } strings
 * JSON.stringify(value);
 * ```
 * @category Serialization
 */
export function toJSONValue<R extends Report>(report: R): ReportJsonOf<R['edition']>;
export function toJSONValue(report: Report): unknown {
  assertReport('toJSON', report);
  const { agency } = report;
  const head = {
    ...report,
    agency: {
      name: agency.name,
      ...(agency.code !== undefined && { code: agency.code }),
      ...(agency.level !== undefined && { level: agency.level }),
    },
  };
  const built = buildReport(head, (cell) => cellToJson(readCell(report, cell.segments) as CellValue) as CellValue);
  return built;
}

/**
 * Serialises a report as canonical JSON text (see {@link toJSONValue}), indented by two spaces.
 * The same report always gives the same text.
 * @param report - a report of either edition.
 * @returns JSON text.
 * @example
 * ```ts
 * const text = toJSON(report);
 * const back = fromJSON(text); // { success: true, report }
 * ```
 * @category Serialization
 */
export function toJSON(report: Report): string {
  return `${JSON.stringify(toJSONValue(report), null, 2)}\n`;
}

/**
 * Reads a report from JSON text or from an already-parsed value, validating every field against
 * the edition's template. Never throws: whatever it is given, it returns the report or coded issues
 * naming where each problem is (unknown edition, wrong types, negative, fractional, non-finite or
 * unsafe numbers, strings for numbers, missing sections, unknown keys including `__proto__`).
 * @param input - JSON text, or a value such as the result of `JSON.parse`.
 * @returns `{ success: true, report }` with a deeply frozen report, or `{ success: false, issues }`.
 * @example
 * ```ts
 * const r = fromJSON(text);
 * if (r.success) use(r.report);
 * else console.log(r.issues.map((i) => `${i.code} ${i.path.join('.')}`));
 * ```
 * @category Serialization
 */
export function fromJSON(input: unknown): ReadResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        success: false,
        issues: [
          {
            code: 'INVALID_JSON',
            path: [],
            message: { zh: `不是有效的 JSON 文本：${why}`, en: `Not valid JSON text: ${why}` },
          },
        ],
      };
    }
  }
  const plain = ownData(value);
  if (!plain.ok) return { success: false, issues: [plain.issue] };
  value = plain.value;
  const parsed = reportSchema().safeParse(value);
  if (!parsed.success) return failure(issuesFromZod(parsed.error.issues, value));
  const r = parsed.data;
  // Rebuild through the layout: canonical key order, fresh plain objects, deeply frozen.
  const report = buildReport(r, (cell) => readCell(r, cell.segments) as CellValue);
  return { success: true, report };
}

/** Nesting deeper than any report (a cycle, or a hostile value) is refused. */
const MAX_DEPTH = 16;

/**
 * A copy of a value with its own enumerable data properties only — what JSON would carry. A getter,
 * a Proxy that throws, a cycle or a nesting deeper than a report is an issue, never a throw, and a
 * property inherited from a prototype is not read.
 */
function ownData(value: unknown): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  const fail = (path: (string | number)[], zh: string, en: string) => ({
    ok: false as const,
    issue: { code: 'INVALID_VALUE' as const, path, message: { zh, en } },
  });
  const copy = (
    v: unknown,
    path: (string | number)[],
    depth: number,
  ): { ok: true; value: unknown } | { ok: false; issue: Issue } => {
    if (typeof v !== 'object' || v === null) return { ok: true, value: v };
    if (depth > MAX_DEPTH) return fail(path, '嵌套过深（或有循环引用）', 'nested too deeply (or cyclic)');
    try {
      const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
      for (const key of Object.keys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (!d) continue;
        if (!('value' in d))
          return fail([...path, key], '属性由取值函数给出，不是数据', 'the property is an accessor, not data');
        const inner = copy(d.value, [...path, key], depth + 1);
        if (!inner.ok) return inner;
        // Defined, not assigned: a key `__proto__` stays an own property (reported as unknown), never a prototype.
        Object.defineProperty(out, key, { value: inner.value, enumerable: true, writable: true, configurable: true });
      }
      return { ok: true, value: out };
    } catch (e) {
      return fail(
        path,
        `无法读取：${e instanceof Error ? e.message : String(e)}`,
        `could not be read: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  };
  return copy(value, [], 0);
}

/**
 * Like {@link fromJSON}, but throws.
 * @param input - JSON text or a parsed value.
 * @returns the report.
 * @throws {@link OgiReportError} with code `INVALID_REPORT` and the issues attached.
 * @example
 * ```ts
 * const report = fromJSONOrThrow(text); // throws OgiReportError INVALID_REPORT with every issue
 * ```
 * @category Serialization
 */
export function fromJSONOrThrow(input: unknown): Report {
  const result = fromJSON(input);
  if (result.success) return result.report;
  const first = result.issues[0];
  throw new OgiReportError(
    'INVALID_REPORT',
    {
      zh: `报告无效：${result.issues.length} 个问题${first ? `，第一个：${first.message.zh}` : ''}`,
      en: `Invalid report: ${result.issues.length} issue(s)${first ? `, first: ${first.message.en}` : ''}`,
    },
    result.issues,
  );
}
