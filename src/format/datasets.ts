/**
 * Datasets one report at a time: writers that take reports (or `{ report, meta, findings }`) and
 * yield lines, readers that take lines and yield results — sync for iterables, async for async
 * iterables — so memory does not grow with the number of reports. The whole-string functions
 * (`toWideCsv`, `fromWideCsv`, `toJsonLines`, `fromJsonLines`) are built on them.
 */
import { checkedOptions, misuse, optionKinds } from '../_internal/options.js';
import { assertReport } from '../_internal/assertEdition.js';
import { failure, type Failure } from '../model/result.js';
import type { Report } from '../model/report.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import { codebook, type CodebookEntry } from './codebook.js';
import type { Audit } from '../check/audit.js';
import { escapesFormulas, formulaText, records, type CsvOptions } from './csvText.js';
import { fromJSON, toJSONValue } from './json.js';
import { EMPTY_TEXT, headerLine, readRow, rowLine } from './wideCsv.js';

/**
 * A report of a dataset with what the caller knows about it: `meta` (an id, the source, the URL, any
 * string fields; carried through every dataset format and back) and the reader's `findings` (counted
 * by severity in the wide layout's status columns).
 * @category Serialization
 */
export interface DatasetEntry {
  /** The report. */
  readonly report: Report;
  /** String fields the caller joins on: `{ id, source, url }` or any others. */
  readonly meta?: Readonly<Record<string, string>>;
  /** What the reader doubted when it read the report (from `parseReport`, `parseHtml`, `parsePdf`). */
  readonly findings?: readonly ParseFinding[];
  /** The report's audit (from `auditReport`): its verdict is written in the `status.verdict` column. */
  readonly audit?: Pick<Audit, 'verdict'>;
}

/**
 * What a dataset reader gives for each report: the report and its `meta` (`{}` when there was none),
 * or the issues — with the `meta` of the refused report when it could be read.
 * @category Serialization
 */
export type DatasetResult = DatasetRead | (Failure & DatasetMeta);

/**
 * A report a dataset reader read, with its meta.
 * @category Serialization
 */
export interface DatasetRead {
  /** Always true: the report is complete and valid. */
  readonly success: true;
  /** The report read, deeply frozen. */
  readonly report: Report;
  /** Its meta fields (`{}` when the file has none). */
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * The meta of a refused report, when the reader could read it.
 * @category Serialization
 */
export interface DatasetMeta {
  /** The refused report's meta fields. */
  readonly meta?: Readonly<Record<string, string>>;
}

/**
 * Options of the wide-layout writer {@link wideCsvLines}.
 * @category Serialization
 */
export interface WideCsvOptions extends CsvOptions {
  /** The meta fields to write, as `meta.<name>` columns first (default: those of the first entry). */
  readonly meta?: readonly string[];
  /** Whether to write the read status columns (default: when the first entry has `findings`). */
  readonly status?: boolean;
}

/**
 * An entry as the dataset writers take it: a report, or a report with its meta and findings.
 * @category Serialization
 */
export type DatasetInput = Report | DatasetEntry;
type Input = DatasetInput;

const entryOf = (input: Input, index: number): DatasetEntry => {
  const wrapped = typeof input === 'object' && input !== null && 'report' in input;
  const entry = wrapped ? (input as DatasetEntry) : { report: input as Report };
  assertReport('wideCsvLines', entry.report, index);
  return entry;
};

/** The status columns' names, in codebook order. */
const STATUS = ['errors', 'warnings', 'infos'] as const;

/** The columns of a dataset's wide layout: its meta fields, the codebook's, then the status counts. */
const columnsOf = (meta: readonly string[], status: boolean) => codebook(undefined, { meta, status });

/** A stream's work: what one item gives (any number of outputs), and what the end gives. Internal (csv.ts streams too). */
export interface Stepper<T, U> {
  readonly step: (item: T) => readonly U[];
  readonly end?: () => readonly U[];
}

/**
 * Runs a stepper over `items`: a generator for an iterable, an async generator for an async
 * iterable (one logic, both kinds of source). `misuseOf` names the function for anything else.
 */
export function streamOf<T, U>(
  fn: string,
  items: Iterable<T> | AsyncIterable<T>,
  stepper: Stepper<T, U>,
): Generator<U> | AsyncGenerator<U> {
  if (Symbol.asyncIterator in Object(items)) return stepAsync(items as AsyncIterable<T>, stepper);
  if (!(Symbol.iterator in Object(items))) misuse(fn)('应为可迭代对象', 'expected an iterable');
  return stepSync(items as Iterable<T>, stepper);
}

function* stepSync<T, U>(items: Iterable<T>, { step, end }: Stepper<T, U>): Generator<U> {
  for (const item of items) yield* step(item);
  if (end) yield* end();
}

async function* stepAsync<T, U>(items: AsyncIterable<T>, { step, end }: Stepper<T, U>): AsyncGenerator<U> {
  for await (const item of items) yield* step(item);
  if (end) yield* end();
}

/**
 * The wide layout, a line at a time: the header first, then one line per entry — for a dataset of
 * any size in constant memory (write each line as it comes). Given an async iterable (a stream), it
 * is an async generator. Meta fields become `meta.<name>` columns before the codebook's; with
 * findings, `status.errors`, `status.warnings` and `status.infos` columns follow them.
 * @param entries - reports, or `{ report, meta, findings }`.
 * @param options - `meta` (the fields, default: the first entry's), `status`, `escapeFormulas`.
 * @returns the lines, without line ends.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for an entry that is not a report, or options that are not valid.
 * @example
 * ```ts
 * for (const line of wideCsvLines(reports.map((report, i) => ({ report, meta: { id: String(i) } }))))
 *   out.write(`${line}\n`);
 * ```
 * @category Serialization
 */
export function wideCsvLines(entries: Iterable<Input>, options?: WideCsvOptions): Generator<string>;
export function wideCsvLines(entries: AsyncIterable<Input>, options?: WideCsvOptions): AsyncGenerator<string>;
export function wideCsvLines(
  entries: Iterable<Input> | AsyncIterable<Input>,
  options: WideCsvOptions = {},
): Generator<string> | AsyncGenerator<string> {
  checkedOptions('wideCsvLines', options, {
    escapeFormulas: optionKinds.boolean,
    meta: optionKinds.array,
    status: optionKinds.boolean,
  });
  const escape = options.escapeFormulas !== false;
  if (options.meta !== undefined && !options.meta.every((m) => typeof m === 'string'))
    misuse('wideCsvLines')('meta 应为字段名的数组', 'meta must be an array of field names');
  return streamOf('wideCsvLines', entries, wideWriter(options, escape));
}

/** The writer's state once the first entry has fixed the columns. */
function layoutFor(first: DatasetEntry | undefined, options: WideCsvOptions) {
  const meta = options.meta ?? Object.keys(first?.meta ?? {});
  const status = options.status ?? (first?.findings !== undefined || first?.audit !== undefined);
  return { meta, status, columns: columnsOf(meta, status) };
}

function lineOf(entry: DatasetEntry, meta: readonly string[], status: boolean, escape: boolean): string {
  const counts = status
    ? [
        ...STATUS.map((s) => String((entry.findings ?? []).filter((f) => `${f.severity}s` === s).length)),
        entry.audit?.verdict ?? '',
      ]
    : [];
  return rowLine(
    entry.report,
    meta.map((m) => entry.meta?.[m] ?? ''),
    counts,
    escape,
  );
}

/** The wide writer: the header before the first entry's line (or alone, for no entry). */
function wideWriter(options: WideCsvOptions, escape: boolean): Stepper<Input, string> {
  let layout: ReturnType<typeof layoutFor> | undefined;
  let i = 0;
  return {
    step: (input) => {
      const entry = entryOf(input, i++);
      const header = layout ? [] : [headerLine((layout = layoutFor(entry, options)).columns)];
      return [...header, lineOf(entry, layout.meta, layout.status, escape)];
    },
    end: () => (layout ? [] : [headerLine(layoutFor(undefined, options).columns)]),
  };
}

/**
 * Reads the wide layout a line at a time (as {@link wideCsvLines} or `toWideCsv` writes it): one
 * result per report line, with its `meta` — a record whose quoted prose spans lines is gathered first.
 * Given an async iterable (a file's lines), it is an async generator. The header must hold every
 * column of the codebook; `meta.*` columns are read into `meta`, `*.yuan` and `status.*` columns (derived)
 * are not read. Never throws on the text.
 * @param lines - the file's lines, without line ends (a trailing `\r` is dropped).
 * @param options - `escapeFormulas` (default `true`, as written).
 * @returns one result per report.
 * @example
 * ```ts
 * for await (const r of readWideCsv(createInterface({ input: createReadStream('reports.csv') })))
 *   if (r.success) use(r.report, r.meta['id']);
 * ```
 * @category Serialization
 */
export function readWideCsv(lines: Iterable<string>, options?: CsvOptions): Generator<DatasetResult>;
export function readWideCsv(lines: AsyncIterable<string>, options?: CsvOptions): AsyncGenerator<DatasetResult>;
export function readWideCsv(
  lines: Iterable<string> | AsyncIterable<string>,
  options?: CsvOptions,
): Generator<DatasetResult> | AsyncGenerator<DatasetResult> {
  const escaped = escapesFormulas('readWideCsv', options);
  const gather = recordGatherer();
  const read = wideReader(escaped);
  let number = 0;
  return streamOf('readWideCsv', lines, {
    step: (line: string) => {
      const record = gather.feed(line);
      const result = record === undefined ? undefined : read(record, ++number);
      return result ? [result] : [];
    },
    end: gather.unterminated,
  });
}

/**
 * Gathers lines into CSV records: a record goes on while its quotes are open (a quoted field holding
 * a line break). `feed` returns the record's text when it is complete, else undefined (keep feeding);
 * `unterminated` gives, at the end, the failure of a record whose quote never closed. Internal.
 */
export function recordGatherer(): {
  feed: (line: string) => string | undefined;
  unterminated: () => readonly Failure[];
} {
  let pending: string[] = [];
  let open = false;
  return {
    feed: (line) => {
      let quotes = 0;
      for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) quotes++;
      pending.push(line.endsWith('\r') ? line.slice(0, -1) : line);
      if (quotes % 2 === 1) open = !open;
      if (open) return undefined;
      const record = pending.join('\n');
      pending = [];
      return record;
    },
    unterminated: () =>
      open
        ? [
            failure([
              { code: 'INVALID_VALUE', path: [], message: { zh: 'CSV：引号未闭合', en: 'CSV: unterminated quote' } },
            ]),
          ]
        : [],
  };
}

/** A reader of records: the header first, then each record as a result (or nothing for a blank line). */
function wideReader(escaped: boolean): (record: string, number: number) => DatasetResult | undefined {
  let columns: (CodebookEntry | undefined)[] | undefined;
  let refused: DatasetResult | undefined;
  return (record, number) => {
    const fields = records(record, EMPTY_TEXT, escaped ? formulaText : undefined)?.[0] ?? [''];
    if (!columns && !refused) {
      const read = headerColumns(fields);
      if ('success' in read) refused = read;
      else columns = read;
      return refused;
    }
    if (refused || !columns) return undefined;
    if (fields.length === 1 && fields[0] === '') return undefined;
    return readRow(fields, columns, number);
  };
}

/** The header's columns by position (undefined where derived, not read), or the failure naming what is missing. */
function headerColumns(names: readonly string[]): (CodebookEntry | undefined)[] | Failure {
  const byName = new Map(codebook().map((e) => [e.name, e]));
  const columns = names.map((n): CodebookEntry | undefined =>
    n.startsWith('meta.')
      ? { name: n, kind: 'meta', label: { zh: n, en: n }, editions: [] }
      : n.startsWith('status.')
        ? undefined
        : byName.get(n),
  );
  const seen = new Set(names);
  const missing = codebook()
    .filter((e) => e.kind !== 'yuan' && !seen.has(e.name))
    .map((e) => e.name);
  const unknown = names.filter((n, i) => columns[i] === undefined && !n.startsWith('status.'));
  if (missing.length > 0 || unknown.length > 0)
    return failure([
      {
        code: 'INVALID_VALUE',
        path: [],
        message: {
          zh: `CSV 第 1 条记录：表头应为 codebook() 的各列（缺少 ${missing.slice(0, 3).join('、') || '无'}；未知 ${unknown.slice(0, 3).join('、') || '无'}）`,
          en: `CSV record 1: the header must be the columns of codebook() (missing: ${missing.slice(0, 3).join(', ') || 'none'}; unknown: ${unknown.slice(0, 3).join(', ') || 'none'})`,
        },
      },
    ]);
  return columns;
}

/**
 * JSON Lines, a line at a time: one compact report per line, its `meta` (when given) as the line's
 * `meta` member. Given an async iterable, an async generator.
 * @param entries - reports, or `{ report, meta }`.
 * @returns the lines, without line ends.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for an entry that is not a report.
 * @example
 * ```ts
 * for (const line of jsonLinesOf(reports)) out.write(`${line}\n`);
 * ```
 * @category Serialization
 */
export function jsonLinesOf(entries: Iterable<Input>): Generator<string>;
export function jsonLinesOf(entries: AsyncIterable<Input>): AsyncGenerator<string>;
export function jsonLinesOf(
  entries: Iterable<Input> | AsyncIterable<Input>,
): Generator<string> | AsyncGenerator<string> {
  let i = 0;
  return streamOf('jsonLinesOf', entries, { step: (input: Input) => [jsonLine(entryOf(input, i++))] });
}

const jsonLine = (entry: DatasetEntry) =>
  JSON.stringify(
    entry.meta ? { ...(toJSONValue(entry.report) as object), meta: entry.meta } : toJSONValue(entry.report),
  );

/**
 * Reads JSON Lines a line at a time (as {@link jsonLinesOf} or `toJsonLines` writes them): one
 * result per non-empty line, with its `meta`; a bad line has its own coded issues (its line number
 * in the message). Given an async iterable, an async generator. Never throws on the text.
 * @param lines - the lines (a byte-order mark on the first is dropped).
 * @returns one result per report line.
 * @example
 * ```ts
 * for (const r of readJsonLines(text.split('\n'))) if (r.success) use(r.report);
 * ```
 * @category Serialization
 */
export function readJsonLines(lines: Iterable<string>): Generator<DatasetResult>;
export function readJsonLines(lines: AsyncIterable<string>): AsyncGenerator<DatasetResult>;
export function readJsonLines(
  lines: Iterable<string> | AsyncIterable<string>,
): Generator<DatasetResult> | AsyncGenerator<DatasetResult> {
  let n = 0;
  return streamOf('readJsonLines', lines, {
    step: (line: string) => {
      const r = jsonLineResult(line, ++n);
      return r ? [r] : [];
    },
  });
}

/** One line of JSON Lines read: its report and meta, or the issues with the line number. */
function jsonLineResult(line: string, number: number): DatasetResult | undefined {
  const text = number === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = text; // fromJSON names the syntax error
  }
  let meta: Record<string, string> | undefined;
  if (typeof value === 'object' && value !== null && 'meta' in value) {
    const { meta: m, ...rest } = value as { meta: unknown };
    value = rest;
    meta = metaOf(m);
  }
  const r = fromJSON(value);
  if (r.success) return { success: true, report: r.report, meta: meta ?? {} };
  const issues = r.issues.map((issue) => ({
    ...issue,
    message: { zh: `第 ${number} 行：${issue.message.zh}`, en: `line ${number}: ${issue.message.en}` },
  }));
  return { ...failure(issues), ...(meta && { meta }) };
}

/** The string fields of a line's `meta` (others are dropped: meta is text for joining). */
function metaOf(m: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof m === 'object' && m !== null)
    for (const [k, v] of Object.entries(m)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Text split into lines (a dataset file's content, for the whole-string functions). */
const linesOf = (text: string) => text.split('\n');

/**
 * Serialises reports in the wide layout: one row per report, one column per cell key — what
 * spreadsheets, pandas, R and DuckDB load first. The columns are the {@link codebook}'s, in its order
 * and with its names: header fields (`edition`, `reportYear`, `agency.name`, `agency.code`,
 * `agency.level`, `scope`; an empty text is written `""`, an absent one left empty), every cell key
 * of every edition (a money cell's amount, its unit in `<key>.unit`, and the amount in 元 in
 * `<key>.yuan`), then the prose sections; entries with `meta` put `meta.<name>` columns first, and
 * with `findings` the status counts last. Both editions fit in one file: a cell the report's edition
 * does not have is empty. A blank cell is empty, not applicable is `NA` (read as missing by pandas'
 * defaults; see docs/datasets.md), counts are integers, amounts exact decimals. For a dataset too
 * large for one string, {@link wideCsvLines}.
 * @param reports - any number of reports (or `{ report, meta, findings }`), of any editions.
 * @param options - as {@link wideCsvLines}: `meta`, `status`, `escapeFormulas`.
 * @returns CSV text (RFC 4180 quoting, `\n` line ends), ending with a newline.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for something that is not a list of reports, or options that are not valid.
 * @example
 * ```ts
 * await writeFile('reports.csv', toWideCsv(reports));
 * ```
 * @category Serialization
 */
export function toWideCsv(reports: readonly Input[], options?: WideCsvOptions): string {
  if (!Array.isArray(reports)) misuse('toWideCsv')('应为报告数组', 'expected an array of reports');
  return `${[...wideCsvLines(reports, options)].join('\n')}\n`;
}

/**
 * Reads reports from the wide layout written by {@link toWideCsv}: one result per row, in file
 * order, with its `meta` — a bad row has its own coded issues (with its record number, the header
 * being record 1) and does not block the others. The header must hold every column of the codebook
 * (`*.yuan` and status columns, derived, may be absent and are not read). Never throws. For a file
 * too large for one string, {@link readWideCsv}.
 * @param text - CSV text.
 * @param options - `escapeFormulas` (default `true`, as written).
 * @returns one result per report (a file whose header is wrong gives a single failure).
 * @example
 * ```ts
 * const reports = fromWideCsv(text).flatMap((r) => (r.success ? [r.report] : []));
 * ```
 * @category Serialization
 */
export function fromWideCsv(text: string, options?: CsvOptions): readonly DatasetResult[] {
  const escaped = escapesFormulas('fromWideCsv', options);
  if (typeof text !== 'string')
    return [failure([{ code: 'INVALID_TYPE', path: [], message: { zh: 'CSV 应为文本', en: 'CSV must be text' } }])];
  return [...readWideCsv(linesOf(text), { escapeFormulas: escaped })];
}

/**
 * Many reports as JSON Lines: one compact `toJSON` value per line (with its `meta` when given), for
 * streams and big corpora; {@link jsonLinesOf} gives the lines one at a time.
 * @param reports - the reports (or `{ report, meta }`), of any editions.
 * @returns the text, one report per line, each line ending with `\n`.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for something that is not a list of reports.
 * @example
 * ```ts
 * const text = toJsonLines([reportA, reportB]);
 * fromJsonLines(text).every((r) => r.success); // true
 * ```
 * @category Serialization
 */
export function toJsonLines(reports: readonly Input[]): string {
  if (!Array.isArray(reports)) misuse('toJsonLines')('应为报告数组', 'expected an array of reports');
  let out = '';
  for (const line of jsonLinesOf(reports)) out += `${line}\n`;
  return out;
}

/**
 * Reads JSON Lines written by {@link toJsonLines}: one result per non-empty line, in order, with its
 * `meta` — a bad line has its own coded issues (its line number in the message) and does not block
 * the others. A byte-order mark is dropped. {@link readJsonLines} reads a stream of lines.
 * @param text - JSON Lines text.
 * @returns one result per report line.
 * @example
 * ```ts
 * const reports = fromJsonLines(text).flatMap((r) => (r.success ? [r.report] : []));
 * ```
 * @category Serialization
 */
export function fromJsonLines(text: string): readonly DatasetResult[] {
  if (typeof text !== 'string')
    return [
      failure([
        { code: 'INVALID_TYPE', path: [], message: { zh: 'JSON Lines 应为文本', en: 'JSON Lines must be text' } },
      ]),
    ];
  return [...readJsonLines(text.split(/\r?\n/))];
}
