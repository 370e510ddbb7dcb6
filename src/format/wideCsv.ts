import { readCell } from '../_internal/buildReport.js';
import type { CellValue, Money } from '../model/cell.js';
import type { Issue } from '../model/issue.js';
import { failure } from '../model/result.js';
import type { Report } from '../model/report.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { amountText } from './cellText.js';
import { codebook, type CodebookEntry } from './codebook.js';
import {
  cellFromText,
  escapesFormulas,
  formulaSafe,
  formulaText,
  quote,
  records,
  setPath,
  type CsvOptions,
} from './csvText.js';
import { assertReport } from '../_internal/assertEdition.js';
import { misuse } from '../_internal/options.js';
import { fromJSON, type ReadResult } from './json.js';

/** How an empty text field (an agency code `""`) is told apart from an absent one, which is an empty field. */
const QUOTED_EMPTY = '""';
/** The marker the reader gets for a field written `""` (no CSV field can hold it: it has no quote left). */
const EMPTY_TEXT = '\u0000empty';

/** A field of the report as the wide layout writes it (already quoted where CSV needs it; formulas escaped when `escape`). */
function field(report: Report, e: CodebookEntry, has: boolean, escape: boolean): string {
  const safe = (f: string) => quote(escape ? formulaSafe(f) : f);
  if (e.kind === 'header') {
    const v = e.name.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], report);
    return v === undefined ? '' : v === '' ? QUOTED_EMPTY : safe(String(v));
  }
  return safe(cellField(report, e, has));
}

/** A cell, unit or prose field of the report, unquoted. */
function cellField(report: Report, e: CodebookEntry, has: boolean): string {
  if (e.kind === 'prose') return report[e.name as 'overview'] ?? '';
  if (!has) return '';
  const v = readCell(report, (e.key as string).split('.')) as CellValue;
  if (v === null) return '';
  if (v === 'NA') return 'NA';
  if (e.kind === 'unit') return (v as Money).unit;
  return e.kind === 'money' ? amountText(v as Money) : String(v);
}

/**
 * Serialises reports in the wide layout: one row per report, one column per cell key — what
 * spreadsheets, pandas, R and DuckDB load first. The columns are the {@link codebook}'s, in its order
 * and with its names: header fields (`edition`, `reportYear`, `agency.name`, `agency.code`,
 * `agency.level`, `scope`; an empty text is written `""`, an absent one left empty), every cell key of every edition (a money cell's amount, with its unit in
 * `<key>.unit`), then the prose sections. Both editions fit in one file: a cell the report's edition
 * does not have is empty. A blank cell is empty, not applicable is `NA` (read as missing by pandas'
 * defaults; see docs/datasets.md), counts are integers, amounts exact decimals.
 * @param reports - any number of reports, of any editions.
 * @returns CSV text (RFC 4180 quoting, `\n` line ends), ending with a newline.
 * @example
 * ```ts
 * await writeFile('reports.csv', toWideCsv(reports));
 * ```
 * @category Serialization
 */
export function toWideCsv(reports: readonly Report[], options?: CsvOptions): string {
  const escape = escapesFormulas('toWideCsv', options);
  if (!Array.isArray(reports)) misuse('toWideCsv')('应为报告数组', 'expected an array of reports');
  reports.forEach((r, i) => assertReport('toWideCsv', r, i));
  const columns = codebook();
  const lines = [columns.map((e) => e.name).join(',')];
  for (const r of reports) {
    const has = (e: CodebookEntry) => e.editions.includes(r.edition);
    lines.push(columns.map((e) => field(r, e, has(e), escape)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const issue = (line: number, code: Issue['code'], path: Issue['path'], zh: string, en: string): Issue => ({
  code,
  path,
  message: { zh: `CSV 第 ${line} 条记录：${zh}`, en: `CSV record ${line}: ${en}` },
});

/** One report from its row of the wide layout. */
function readRow(row: readonly string[], columns: readonly CodebookEntry[], line: number): ReadResult {
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
  const edition = row[0] as Edition;
  if (!Object.hasOwn(templates, edition))
    return failure([
      issue(line, 'UNKNOWN_EDITION', ['edition'], `未知的格式版本 ${edition}`, `unknown edition ${edition}`),
    ]);
  const json: Record<string, unknown> = {};
  const set = (path: readonly string[], value: unknown) => setPath(json, path, value);
  const issues: Issue[] = [];
  columns.forEach((e, i) => {
    const text = row[i] as string;
    const path = (e.key ?? e.name).split('.');
    if (e.kind === 'header') {
      if (text === EMPTY_TEXT) set(e.name.split('.'), '');
      else if (text !== '') set(e.name.split('.'), e.name === 'reportYear' ? Number(text) : text);
    } else if (e.kind === 'prose') set([e.name], text);
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

/**
 * Reads reports from the wide layout written by {@link toWideCsv}: one result per row, in file
 * order — a bad row has its own coded issues (with its record number, the header being record 1)
 * and does not block the others.
 * The header must be the codebook's columns, exactly. Never throws.
 * @param text - CSV text.
 * @returns one result per report (a file whose header is wrong gives a single failure).
 * @example
 * ```ts
 * const reports = fromWideCsv(text).flatMap((r) => (r.success ? [r.report] : []));
 * ```
 * @category Serialization
 */
export function fromWideCsv(text: string, options?: CsvOptions): readonly ReadResult[] {
  const escaped = escapesFormulas('fromWideCsv', options);
  if (typeof text !== 'string')
    return [failure([{ code: 'INVALID_TYPE', path: [], message: { zh: 'CSV 应为文本', en: 'CSV must be text' } }])];
  const rows = records(text, EMPTY_TEXT, escaped ? formulaText : undefined);
  if (!rows) return [failure([issue(0, 'INVALID_VALUE', [], '引号未闭合', 'unterminated quote')])];
  const columns = codebook();
  const header = columns.map((e) => e.name).join(',');
  if (rows[0]?.join(',') !== header)
    return [
      failure([
        issue(1, 'INVALID_VALUE', [], '表头应为 codebook() 的各列', 'the header must be the columns of codebook()'),
      ]),
    ];
  const out: ReadResult[] = [];
  rows.forEach((row, i) => {
    if (i === 0 || (row.length === 1 && row[0] === '')) return;
    out.push(readRow(row, columns, i + 1));
  });
  return out;
}
