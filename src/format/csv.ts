import { assertReport } from '../_internal/assertEdition.js';
import { dataText } from './cellText.js';
import { HEADER_COLUMNS } from './codebook.js';
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
import { readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import { failure } from '../model/result.js';
import type { Issue } from '../model/issue.js';
import type { Report } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import { editions, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { fromJSON, type ReadResult } from './json.js';
import { recordGatherer, streamOf, type DatasetEntry, type DatasetResult } from './datasets.js';

/** The CSV header, exactly. */
const CSV_HEADER = 'edition,reportYear,agency,section,row,column,value,rowLabel,columnLabel';

/** Header fields that the tidy cell lines cannot carry (they lead with edition, year and name), written as lines of section `header`. */
const HEADER_FIELDS = ['scope', 'agency.code', 'agency.level'].map(
  (name) => [name, HEADER_COLUMNS.find(([n]) => n === name)?.[1].zh ?? name] as const,
);

/**
 * Serialises a report as tidy CSV: one line per cell, header exactly
 * `edition,reportYear,agency,section,row,column,value,rowLabel,columnLabel`, keys from the spec's
 * vocabulary (row as a dotted path like `outcomes.withheld.stateSecret`), a blank cell as an empty
 * value, not applicable as `NA`, money as a decimal with its unit (`830000元`, `0.092万元`). The prose
 * sections follow as lines with an empty row and column, and the scope, agency code and level as lines
 * of section `header`, so that {@link fromCsv} gives the same report back.
 * Any number of reports share one header line: a dataset of thousands of reports is one file.
 * Text a spreadsheet would run as a formula (`=HYPERLINK(…)` in a name or prose) is written with a
 * leading `'` unless `escapeFormulas: false` ({@link CsvOptions}); the readers take it off.
 * @param reports - a report, or several (of any editions).
 * @param options - `escapeFormulas` (default `true`).
 * @returns CSV text (RFC 4180 quoting, `\n` line ends), ending with a newline.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for something that is not a report, or options that are not valid.
 * @example
 * ```ts
 * await writeFile('reports.csv', toCsv(reports)); // one header, one line per cell
 * ```
 * @category Serialization
 */
export function toCsv(
  reports: Report | DatasetEntry | readonly (Report | DatasetEntry)[],
  options?: CsvOptions,
): string {
  escapesFormulas('toCsv', options);
  const all: readonly (Report | DatasetEntry)[] = Array.isArray(reports) ? reports : [reports as Report];
  all.forEach((r, i) => {
    const report = typeof r === 'object' && r !== null && 'report' in r ? r.report : r;
    assertReport('toCsv', report, all.length > 1 ? i : undefined);
  });
  return `${[...csvLines(all, options)].join('\n')}\n`;
}

/** The lines of one report in the long layout (no header line); its meta as lines of section `meta`. */
function reportLines(report: Report, escape: boolean, meta?: Readonly<Record<string, string>>): string[] {
  const layout = layoutOf(report.edition);
  const lead = [report.edition, String(report.reportYear), report.agency.name];
  const line = (fields: readonly string[]) => fields.map((f) => quote(escape ? formulaSafe(f) : f)).join(',');
  const lines: string[] = [];
  const headerValues: Record<string, string | undefined> = {
    scope: report.scope,
    'agency.code': report.agency.code,
    'agency.level': report.agency.level,
  };
  for (const [name, value] of Object.entries(meta ?? {})) lines.push(line([...lead, 'meta', name, '', value, '', '']));
  for (const [key, label] of HEADER_FIELDS) {
    const v = headerValues[key];
    if (v !== undefined) lines.push(line([...lead, 'header', key, '', v, label, '']));
  }
  for (const cell of layout.cells) {
    const value = readCell(report, cell.segments) as CellValue;
    lines.push(
      line([...lead, cell.section.key, cell.path, cell.column.key, dataText(value), cell.row.label, cell.column.label]),
    );
  }
  for (const section of layout.template.sections) {
    if (!section.blocks)
      lines.push(line([...lead, section.key, '', '', report[section.key as 'overview'], section.heading, '']));
  }
  return lines;
}

/**
 * Reads a report from CSV written by {@link toCsv}. Never throws: a wrong header, a malformed line,
 * an unknown section, row or column, a cell given twice, a missing cell or a bad value gives
 * coded issues (with the CSV line in the message) instead of a report. A file of several reports
 * is read by {@link fromCsvReports}.
 * @param text - CSV text.
 * @returns `{ success: true, report }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const r = fromCsv(toCsv(report));
 * if (r.success) console.log(r.report.reportYear);
 * ```
 * @category Serialization
 */
export function fromCsv(text: string, options?: CsvOptions): ReadResult {
  const rows = headedRows(text, escapesFormulas('fromCsv', options));
  if (!Array.isArray(rows)) return rows;
  const read = readReport(rows.slice(1), 2);
  return read.success ? { success: true, report: read.report } : failure(read.issues);
}

/**
 * Reads every report of a CSV file in the long layout (as {@link toCsv} writes several): one result
 * per report, in file order — a bad report has its own coded issues, with its lines, and does not
 * block the others. A report ends where the edition, year or agency changes, or where a cell it
 * already has is given again (two reports of one body and year, one after the other).
 * @param text - CSV text.
 * @returns one result per report (a file whose header is wrong gives a single failure).
 * @example
 * ```ts
 * const results = fromCsvReports(toCsv([reportA, reportB]));
 * const reports = results.flatMap((r) => (r.success ? [r.report] : []));
 * ```
 * @category Serialization
 */
export function fromCsvReports(text: string, options?: CsvOptions): readonly DatasetResult[] {
  const escaped = escapesFormulas('fromCsvReports', options);
  if (typeof text !== 'string')
    return [failure([{ code: 'INVALID_TYPE', path: [], message: { zh: 'CSV 应为文本', en: 'CSV must be text' } }])];
  return [...readCsv(text.split('\n'), { escapeFormulas: escaped })];
}

/**
 * The long layout, a line at a time: the header first, then each entry's lines (its cells, prose,
 * header fields and `meta`) — for a dataset of any size in constant memory. Given an async iterable,
 * an async generator.
 * @param entries - reports, or `{ report, meta }`.
 * @param options - `escapeFormulas` (default `true`).
 * @returns the lines, without line ends.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for an entry that is not a report, or options that are not valid.
 * @example
 * ```ts
 * for (const line of csvLines(reports)) out.write(`${line}\n`);
 * ```
 * @category Serialization
 */
export function csvLines(entries: Iterable<Report | DatasetEntry>, options?: CsvOptions): Generator<string>;
export function csvLines(entries: AsyncIterable<Report | DatasetEntry>, options?: CsvOptions): AsyncGenerator<string>;
export function csvLines(
  entries: Iterable<Report | DatasetEntry> | AsyncIterable<Report | DatasetEntry>,
  options?: CsvOptions,
): Generator<string> | AsyncGenerator<string> {
  const escape = escapesFormulas('csvLines', options);
  let i = 0;
  let started = false;
  return streamOf('csvLines', entries, {
    step: (input: Report | DatasetEntry) => {
      const entry =
        typeof input === 'object' && input !== null && 'report' in input ? input : { report: input as Report };
      assertReport('csvLines', entry.report, i++);
      const lines = reportLines(entry.report, escape, entry.meta);
      if (started) return lines;
      started = true;
      return [CSV_HEADER, ...lines];
    },
    end: () => (started ? [] : [CSV_HEADER]),
  });
}

/**
 * Reads the long layout a line at a time (as {@link csvLines} or {@link toCsv} writes it): one result
 * per report, with its `meta` — a report ends where the edition, year or agency changes, or where a
 * cell it already has is given again. Given an async iterable, an async generator. Never throws on
 * the text: a wrong header gives one failure.
 * @param lines - the file's lines, without line ends.
 * @param options - `escapeFormulas` (default `true`, as written).
 * @returns one result per report.
 * @example
 * ```ts
 * for await (const r of readCsv(createInterface({ input: createReadStream('cells.csv') }))) if (r.success) use(r.report);
 * ```
 * @category Serialization
 */
export function readCsv(lines: Iterable<string>, options?: CsvOptions): Generator<DatasetResult>;
export function readCsv(lines: AsyncIterable<string>, options?: CsvOptions): AsyncGenerator<DatasetResult>;
export function readCsv(
  lines: Iterable<string> | AsyncIterable<string>,
  options?: CsvOptions,
): Generator<DatasetResult> | AsyncGenerator<DatasetResult> {
  const escaped = escapesFormulas('readCsv', options);
  const gather = recordGatherer();
  let number = 0;
  let header: 'unread' | 'ok' | 'wrong' = 'unread';
  let group: string[][] = [];
  let groupLine = 0;
  let seen = new Set<string>();
  const flush = (): DatasetResult[] => {
    const done = group.length > 0 ? [readReport(group, groupLine)] : [];
    group = [];
    return done;
  };
  return streamOf('readCsv', lines, {
    step: (line: string) => {
      const record = gather.feed(line);
      if (record === undefined) return [];
      number++;
      const row = records(record, undefined, escaped ? formulaText : undefined)?.[0] ?? [''];
      if (header === 'unread') {
        header = row.join(',') === CSV_HEADER ? 'ok' : 'wrong';
        return header === 'ok'
          ? []
          : [failure([csvIssue(1, `表头应为 ${CSV_HEADER}`, `the header must be ${CSV_HEADER}`)])];
      }
      if (header === 'wrong' || (row.length === 1 && row[0] === '')) return [];
      const first = group[0];
      const id = `${row[3]}|${row[4]}|${row[5]}`;
      const same =
        first !== undefined && row[0] === first[0] && row[1] === first[1] && row[2] === first[2] && !seen.has(id);
      const done = same ? [] : flush();
      if (!same) {
        seen = new Set();
        groupLine = number;
      }
      seen.add(id);
      group.push(row);
      return done;
    },
    end: () => [...flush(), ...gather.unterminated()],
  });
}

/** The CSV's records after a valid header line, or the failure that stops the whole file. */
function headedRows(text: string, escaped: boolean): string[][] | ReadResult {
  if (typeof text !== 'string')
    return failure([{ code: 'INVALID_TYPE', path: [], message: { zh: 'CSV 应为文本', en: 'CSV must be text' } }]);
  const rows = records(text, undefined, escaped ? formulaText : undefined);
  if (!rows) return failure([csvIssue(0, '引号未闭合', 'unterminated quote')]);
  if (rows[0]?.join(',') !== CSV_HEADER)
    return failure([csvIssue(1, `表头应为 ${CSV_HEADER}`, `the header must be ${CSV_HEADER}`)]);
  return rows;
}

const csvIssue = (line: number, zh: string, en: string, path: (string | number)[] = []): Issue => ({
  code: 'INVALID_VALUE',
  path,
  message: { zh: `CSV 第 ${line} 行：${zh}`, en: `CSV line ${line}: ${en}` },
});

/** One report from its rows; `firstLine` is the 1-based line of the first row, for the issues. */
function readReport(rows: readonly string[][], firstLine: number): DatasetResult {
  const meta: Record<string, string> = {};
  const fail = (issues: Issue[]): DatasetResult => ({ ...failure(issues), meta });
  const bad = csvIssue;
  const first = rows[0];
  const edition = first?.[0] as Edition;
  if (!first || !editions.includes(edition))
    return fail([
      {
        code: 'UNKNOWN_EDITION',
        path: ['edition'],
        message: {
          zh: `CSV 第 ${firstLine} 行：未知的格式版本 ${first?.[0]}`,
          en: `CSV line ${firstLine}: unknown edition ${first?.[0]}`,
        },
      },
    ]);
  const layout = layoutOf(edition);
  const json: Record<string, unknown> = {
    edition,
    reportYear: Number(first[1]),
    agency: { name: first[2] },
    scope: 'self',
  };
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const set = (path: readonly string[], value: unknown) => setPath(json, path, value);
  rows.forEach((r, k) => {
    const no = k + firstLine;
    if (r.length === 1 && r[0] === '') return;
    if (r.length !== 9)
      return void issues.push(bad(no, `应有 9 个字段，实有 ${r.length} 个`, `expected 9 fields, found ${r.length}`));
    const [ed, year, agency, section, row, column, value] = r as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (ed !== edition || year !== first[1] || agency !== first[2])
      issues.push(
        bad(no, `版本、年度或机关与第 ${firstLine} 行不同`, `edition, year or agency differs from line ${firstLine}`),
      );
    const id = `${section}|${row}|${column}`;
    if (seen.has(id))
      return void issues.push(bad(no, `重复：${section} ${row} ${column}`, `given twice: ${section} ${row} ${column}`));
    seen.add(id);
    if (section === 'meta') return void (meta[row] = value);
    if (section === 'header') {
      if (!HEADER_FIELDS.some(([f]) => f === row))
        return void issues.push({
          ...bad(no, `未知字段 ${row}`, `unknown field ${row}`),
          code: 'UNKNOWN_FIELD',
          path: [row],
        });
      return void set(row.split('.'), value);
    }
    const prose = templates[edition].sections.find((s) => s.key === section && !s.blocks);
    if (prose) return void set([section], value);
    const cell = layout.cellByKey.get(`${section}.${row}.${column}`);
    if (!cell)
      return void issues.push({
        ...bad(
          no,
          `${edition} 版格式没有 ${section}.${row}.${column}`,
          `edition ${edition} has no ${section}.${row}.${column}`,
        ),
        code: 'UNKNOWN_FIELD',
        path: [section, ...row.split('.'), column],
      });
    set(cell.segments, cellFromText(value));
  });
  if (issues.length > 0) return fail(issues);
  const result = fromJSON(json);
  if (result.success) return { ...result, meta };
  return fail(
    result.issues.map((i) =>
      i.code === 'MISSING_FIELD'
        ? { ...i, message: { zh: `CSV 缺少：${i.message.zh}`, en: `missing from the CSV: ${i.message.en}` } }
        : i,
    ),
  );
}
