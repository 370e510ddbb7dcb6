/**
 * The wide layout's rows: one report per line, one column per codebook entry — written and read a
 * row at a time (src/format/datasets.ts streams them; `toWideCsv` and `fromWideCsv` are built there).
 */
import { buildReport, readCell, type ReportHead } from '../_internal/buildReport.js';
import { AGENCY_NAME } from '../_internal/agencyName.js';
import { DECIMAL_TEXT, Dec } from '../_internal/decimal.js';
import { administrativeLevels } from '../model/administrativeLevels.js';
import type { CellValue, Money } from '../model/cell.js';
import type { Issue } from '../model/issue.js';
import { failure } from '../model/result.js';
import type { Report } from '../model/report.js';
import { FIRST_REPORT_YEAR, LAST_REPORT_YEAR, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { amountText } from './cellText.js';
import { codebook, type CodebookEntry } from './codebook.js';
import { cellFromText, formulaSafe, quote, setPath } from './csvText.js';
import { fromJSON, type ReadResult } from './json.js';
import type { DatasetResult } from './datasets.js';

/** How an empty text field (an agency code `""`) is told apart from an absent one, which is an empty field. */
const QUOTED_EMPTY = '""';
/** The marker the reader gets for a field written `""` (no CSV field can hold it: it has no quote left). */
export const EMPTY_TEXT = '\u0000empty';

/** A field of the report as the wide layout writes it (already quoted where CSV needs it; formulas escaped when `escape`). */
function field(report: Report, e: CodebookEntry, has: boolean, escape: boolean): string {
  if (e.kind === 'header') {
    const v = segmentsOf(e).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], report);
    return v === undefined ? '' : v === '' ? QUOTED_EMPTY : safeField(String(v), escape);
  }
  if (e.kind === 'count' || e.kind === 'signed') {
    if (!has) return '';
    const v = readCell(report, segmentsOf(e)) as CellValue;
    return v === null ? '' : String(v); // a number or NA: never quoted, never a formula
  }
  return safeField(cellField(report, e, has), escape);
}

/** A text field as CSV writes it: formulas escaped when `escape`, quoted where needed. */
const safeField = (f: string, escape: boolean) => quote(escape ? formulaSafe(f) : f);

/** A column's path in the report (its key, or a header field's name), split once per column: derived data. */
const segments = new WeakMap<CodebookEntry, readonly string[]>();
function segmentsOf(e: CodebookEntry): readonly string[] {
  let s = segments.get(e);
  if (!s) segments.set(e, (s = (e.key ?? e.name).split('.')));
  return s;
}

/** An amount in 元, as an exact decimal string (万元 × 10,000). */
const inYuan = (m: Money) => (m.unit === '元' ? m.amount : m.amount.times(10_000)).toFixed();

/** A cell, unit or prose field of the report, unquoted. */
function cellField(report: Report, e: CodebookEntry, has: boolean): string {
  if (e.kind === 'prose') return report[e.name as 'overview'] ?? '';
  if (!has) return '';
  const v = readCell(report, segmentsOf(e)) as CellValue;
  if (v === null) return '';
  if (v === 'NA') return 'NA';
  if (e.kind === 'unit') return (v as Money).unit;
  if (e.kind === 'yuan') return inYuan(v as Money);
  return e.kind === 'money' ? amountText(v as Money) : String(v);
}

/** The wide layout's header line for these columns. */
export const headerLine = (columns: readonly CodebookEntry[]) => columns.map((e) => quote(e.name)).join(',');

/**
 * One report's line of the wide layout: its meta fields first (as given), the codebook's columns,
 * then the status counts (as given), formulas escaped when `escape`.
 */
export function rowLine(report: Report, meta: readonly string[], status: readonly string[], escape: boolean): string {
  const safe = (f: string) => quote(escape ? formulaSafe(f) : f);
  const fields = meta.map(safe);
  for (const e of codebook()) fields.push(field(report, e, e.editions.includes(report.edition), escape));
  for (const c of status) fields.push(c);
  return fields.join(',');
}

const issue = (line: number, code: Issue['code'], path: Issue['path'], zh: string, en: string): Issue => ({
  code,
  path,
  message: { zh: `CSV 第 ${line} 条记录：${zh}`, en: `CSV record ${line}: ${en}` },
});

/** One report from its row of the wide layout, by the header's columns (undefined: derived, not read). */
export function readRow(
  row: readonly string[],
  columns: readonly (CodebookEntry | undefined)[],
  line: number,
): DatasetResult {
  if (row.length !== columns.length)
    return failure([
      issue(
        line,
        'INVALID_VALUE',
        [],
        `应有 ${columns.length} 个字段，实有 ${row.length} 个`,
        `expected ${columns.length} fields, found ${row.length}`,
      ),
    ]);
  const meta: Record<string, string> = {};
  columns.forEach((e, i) => {
    if (e?.kind === 'meta') meta[e.name.slice('meta.'.length)] = row[i] === EMPTY_TEXT ? '' : (row[i] as string);
  });
  const read = readCells(row, columns, line);
  return read.success ? { ...read, meta } : { ...read, meta };
}

/** The report of a row: its cells read into the model's JSON shape, then through fromJSON. */
function readCells(row: readonly string[], columns: readonly (CodebookEntry | undefined)[], line: number): ReadResult {
  const editionAt = columns.findIndex((e) => e?.name === 'edition');
  const edition = row[editionAt] as Edition;
  if (!Object.hasOwn(templates, edition))
    return failure([
      issue(line, 'UNKNOWN_EDITION', ['edition'], `未知的格式版本 ${edition}`, `unknown edition ${edition}`),
    ]);
  const fast = compiledRead(row, columns, edition);
  if (fast) return { success: true, report: fast };
  return readCellsViaSchema(row, columns, line, edition);
}

/**
 * The report of a row by checks compiled from the template — the same ones the schema makes (a
 * count a non-negative safe integer, a signed change a safe integer, money a canonical decimal with
 * 元 or 万元, blank or NA; the header fields; a cell of another edition empty) — without building
 * JSON for zod. Undefined for anything it does not accept, which {@link readCellsViaSchema} then
 * explains: the schema stays the judge of a refused row. Internal (tests compare both paths).
 */
export function compiledRead(
  row: readonly string[],
  columns: readonly (CodebookEntry | undefined)[],
  edition: Edition,
): Report | undefined {
  const head: Record<string, unknown> = {};
  const agency: Record<string, string> = {};
  const values = new Map<string, CellValue>();
  const units = new Map<string, string>();
  const amounts = new Map<string, string>();
  for (let i = 0; i < columns.length; i++) {
    const e = columns[i];
    if (e === undefined || e.kind === 'meta' || e.kind === 'status') continue;
    const text = row[i] as string;
    // Derived, not read; but like any column of another edition, empty in this edition's rows.
    if (e.kind === 'yuan') {
      if (text !== '' && !e.editions.includes(edition)) return undefined;
      continue;
    }
    if (e.kind === 'header') {
      if (text === '') continue;
      const v = text === EMPTY_TEXT ? '' : text;
      if (e.name.startsWith('agency.')) agency[e.name.slice('agency.'.length)] = v;
      else head[e.name] = e.name === 'reportYear' ? Number(v) : v;
    } else if (e.kind === 'prose') head[e.name] = text === EMPTY_TEXT ? '' : text;
    else if (!e.editions.includes(edition)) {
      if (text !== '') return undefined;
    } else if (e.kind === 'unit') {
      if (text !== '' && text !== 'NA') units.set(e.key as string, text); // a blank or NA amount has no unit
    } else if (e.kind === 'money') {
      if (text === '' || text === 'NA') values.set(e.key as string, text === '' ? null : 'NA');
      else if (DECIMAL_TEXT.test(text)) amounts.set(e.key as string, text);
      else return undefined;
    } else {
      const v = cellFromText(text);
      const ok = v === null || v === 'NA' || (Number.isSafeInteger(v) && (e.kind === 'signed' || (v as number) >= 0));
      if (!ok) return undefined;
      values.set(e.key as string, v as CellValue);
    }
  }
  for (const [key, amount] of amounts) {
    const unit = units.get(key);
    if (unit !== '元' && unit !== '万元') return undefined;
    values.set(key, { amount: new Dec(amount), unit });
  }
  for (const key of units.keys()) if (!amounts.has(key)) return undefined; // a unit without an amount
  const year = head['reportYear'];
  const { name, code, level } = agency;
  const valid =
    Number.isSafeInteger(year) &&
    (year as number) >= FIRST_REPORT_YEAR &&
    (year as number) <= LAST_REPORT_YEAR &&
    name !== undefined &&
    AGENCY_NAME.test(name) &&
    (level === undefined || (administrativeLevels as readonly string[]).includes(level)) &&
    (head['scope'] === 'self' || head['scope'] === 'aggregate') &&
    Object.keys(agency).every((k) => k === 'name' || k === 'code' || k === 'level');
  if (!valid) return undefined;
  const report = {
    ...head,
    edition,
    agency: { name, ...(code !== undefined && { code }), ...(level !== undefined && { level }) },
  } as unknown as ReportHead;
  return buildReport(report, (cell) => values.get(cell.key) ?? null);
}

/** The report of a row through the schema: its cells as the model's JSON, then fromJSON, whose issues name what is wrong. */
export function readCellsViaSchema(
  row: readonly string[],
  columns: readonly (CodebookEntry | undefined)[],
  line: number,
  edition: Edition,
): ReadResult {
  const json: Record<string, unknown> = {};
  const set = (path: readonly string[], value: unknown) => setPath(json, path, value);
  const issues: Issue[] = [];
  columns.forEach((e, i) => {
    if (e === undefined || e.kind === 'meta' || e.kind === 'status') return;
    const text = row[i] as string;
    const path = (e.key ?? e.name).split('.');
    if (e.kind === 'header') {
      if (text === EMPTY_TEXT) set(e.name.split('.'), '');
      else if (text !== '') set(e.name.split('.'), e.name === 'reportYear' ? Number(text) : text);
    } else if (e.kind === 'prose') set([e.name], text === EMPTY_TEXT ? '' : text);
    else if (!e.editions.includes(edition)) {
      if (text !== '')
        issues.push(
          issue(
            line,
            'UNKNOWN_FIELD',
            path,
            `${edition} 版格式没有 ${e.name}，应为空`,
            `edition ${edition} has no ${e.name}; it must be empty`,
          ),
        );
    } else if (e.kind === 'yuan') {
      // Derived from the amount and its unit, which stay the source of truth: not read.
    } else if (e.kind === 'unit') {
      if (text !== '' && text !== 'NA') set([...path, 'unit'], text); // a blank or NA amount has no unit
    } else {
      const value = cellFromText(text);
      const money = e.kind === 'money' && text !== '' && text !== 'NA';
      set(money ? [...path, 'amount'] : path, money ? text : value);
    }
  });
  if (issues.length > 0) return failure(issues);
  const read = fromJSON(json);
  if (read.success) return read;
  return failure(
    read.issues.map((i) => ({
      ...i,
      message: { zh: `CSV 第 ${line} 条记录：${i.message.zh}`, en: `CSV record ${line}: ${i.message.en}` },
    })),
  );
}
