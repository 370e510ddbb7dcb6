import { maxOf, pushAll } from '../_internal/arrays.js';
import { misuse, optionRecord } from '../_internal/options.js';
import { AGENCY_NAME, agencyProblem } from '../_internal/agencyName.js';
import { buildReport } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { Agency, ProseSectionKey, Report, Scope } from '../model/report.js';
import type { SectionKey } from '../model/location.js';
import { editionOfYear } from '../template/editionForYear.js';
import { layoutOf } from '../template/layout.js';
import { editions } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import {
  detectEdition,
  findHeadings,
  headingsOnLines,
  findTitle,
  secondReportAt,
  sectionBody,
  sectionTemplates,
  type HeadingAt,
} from './locate.js';
import { lineAt, lineStarts, normalizeText, unradical, type Normalized } from './normalize.js';
import { checkLimits, coalesceFindings, limitExceeded, type ReadLimits } from './limits.js';
import type { ParseFinding } from './parseFinding.js';
import type { LocalizedText } from '../model/localizedText.js';
import { words } from './words.js';
import { readSection, spacesInsideRuns } from './readTables.js';
import { sourcesOf, type CellSource } from './cellSource.js';
import { readingRelations } from './readingRelations.js';
import { cellPerLine } from './regroup.js';
import { tokenizeSection } from './tokenize.js';
import { normalizedGrid, normalizedOffset, type GridRow } from './gridCells.js';

export type {
  HtmlPosition,
  LimitHit,
  ParseFinding,
  ParseFindingBase,
  ParseFindingCode,
  ParseFindingFields,
  PdfPosition,
  RunReading,
  SourcePosition,
} from './parseFinding.js';

/**
 * Options of {@link parseReport}: facts the text may not state, which then win over what is guessed.
 * @category Parsing
 */
export interface ParseOptions {
  /** The edition, when known; otherwise recognised from the form's own columns, then from the year. */
  readonly edition?: Edition;
  /** The report year; otherwise read from the title or the first lines. */
  readonly reportYear?: number;
  /** The reporting body; otherwise read from the title (published text prints the name only). */
  readonly agency?: Agency;
  /** `'self'` (default) or `'aggregate'`: published text does not say. */
  readonly scope?: Scope;
  /**
   * The same body's report for the year before. Its cells are evidence for digit runs that the
   * year's own sums cannot decide: carry-over (R5), the stock of documents (R6), item counts (R7).
   */
  readonly previous?: Report;
  /** The reader's limits, for input nobody vouches for (defaults: {@link DEFAULT_LIMITS}). */
  readonly limits?: ReadLimits;
  /** Also say where each cell's value came from and how it was decided (`sources`). Default false. */
  readonly explain?: boolean;
}

/**
 * What {@link parseReport} returns: the report as read (absent only when nothing report-like was
 * found) and every doubt, each with its line.
 * @category Parsing
 */
export interface ParseResult {
  /** The report, with unreadable cells blank. */
  readonly report?: Report;
  /** What the parser doubted, in input order. */
  readonly findings: readonly ParseFinding[];
  /** With `explain`: where each cell read came from and how it was decided, in the form's order. */
  readonly sources?: readonly CellSource[];
}

/** Each section's place in the form's order (the headings are found in it), by its key. */
const SECTION_INDEX: ReadonlyMap<SectionKey, number> = new Map(sectionTemplates.map((s, i) => [s.key, i]));
/** The table sections, whose labels tell the edition. */
const TABLE_SECTIONS: readonly SectionKey[] = sectionTemplates.filter((s) => s.blocks).map((s) => s.key);

/** Characters of each table section read to recognise the edition (a report's tables are a few KB). */
const EDITION_SAMPLE = 256 * 1024;

const OPTION_KEYS = new Set(['edition', 'reportYear', 'agency', 'scope', 'previous', 'limits', 'explain']);

const invalid = misuse('parseReport');

/** Validates the options: misuse throws, it is never silently ignored. Internal (the other readers use it). */
export function checkOptions(options: unknown): ParseOptions {
  const o = optionRecord('parseReport', options, OPTION_KEYS);
  if (o['edition'] !== undefined && !editions.includes(o['edition'] as Edition))
    invalid(
      `格式版本应为 ${editions.join('、')} 之一，而非 ${JSON.stringify(o['edition'])}`,
      `edition must be one of ${editions.join(', ')}, not ${JSON.stringify(o['edition'])}`,
    );
  const year = o['reportYear'];
  if (year !== undefined && (typeof year !== 'number' || editionOfYear(year) === undefined))
    invalid(
      `报告年度应为某一格式版本适用的年份，而非 ${JSON.stringify(year)}`,
      `reportYear must be a year some edition covers, not ${JSON.stringify(year)}`,
    );
  if (o['edition'] !== undefined && typeof year === 'number' && editionOfYear(year) !== o['edition'])
    invalid(
      `${year} 年度不适用 ${String(o['edition'])} 年版格式`,
      `reportYear ${year} is not a year of edition ${String(o['edition'])}`,
    );
  if (o['scope'] !== undefined && o['scope'] !== 'self' && o['scope'] !== 'aggregate')
    invalid(
      `报告范围应为 'self' 或 'aggregate'，而非 ${JSON.stringify(o['scope'])}`,
      `scope must be 'self' or 'aggregate', not ${JSON.stringify(o['scope'])}`,
    );
  const agencyWrong = o['agency'] === undefined ? undefined : agencyProblem(o['agency']);
  if (agencyWrong) invalid(agencyWrong.zh, agencyWrong.en);
  const previous = o['previous'];
  if (
    previous !== undefined &&
    (typeof previous !== 'object' ||
      previous === null ||
      !editions.includes((previous as { edition?: Edition }).edition as Edition))
  )
    invalid('previous 应为上年报告', 'previous must be a report');
  checkLimits('parseReport', o['limits']);
  if (o['explain'] !== undefined && typeof o['explain'] !== 'boolean')
    invalid('explain 应为 true 或 false', 'explain must be true or false');
  return o as ParseOptions;
}

/** Prose as printed: the input between two offsets, each line trimmed, empty lines dropped, radicals read as characters. */
function proseBetween(input: string, from: number, to: number): string {
  if (to <= from) return '';
  return unescapeMarkdown(unradical(input.slice(from, to)))
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** A line of the blank form that stands for text to be written: （文字描述）, （文字描述，…在此处报告。）. */
const PLACEHOLDER = /^[（(]文字描述[^（）()]{0,60}[）)]$/;
/** A line that is a report's title without a year (the blank form's): 政府信息公开工作年度报告(格式模板). */
const TITLE_LINE = /^[^。；]{0,40}政府信息公开工作(?:年度)?报告[^。；]{0,10}$/;

/** Prose without the blank form's placeholders, and (`titles`) without lines that are a title. */
function withoutPlaceholders(prose: string, titles = false): string {
  const lines = prose.split('\n').filter((l) => !PLACEHOLDER.test(l) && !(titles && TITLE_LINE.test(l)));
  return lines.join('\n');
}

/**
 * The characters `renderMarkdown` escapes in prose and names (`\\<`, `\\[`, `\\&`…) as they were:
 * Markdown shows them so, and a report's prose never has a backslash before one of them otherwise.
 */
const unescapeMarkdown = (s: string) => (s.includes('\\') ? s.replace(/\\([\\<>[\]&])/g, '$1') : s);

/** The result of an input in which no report was found, saying why. Internal (every reader uses it). */
export const noReport = (why: LocalizedText): ParseResult => ({
  findings: [{ code: 'NO_REPORT_FOUND', severity: 'error', message: why }],
});

/**
 * Reads a report as published — crawled page text (even a whole page on one line, digits run
 * together), `|`-flattened web text, tab- or space-separated text, PDF text, converter Markdown —
 * into the model. The text is normalised (NFKC, traditional script, converter pinyin), the six
 * headings are found by their words and order, and each table section is read by aligning the
 * edition's rows to its stream of labels and numbers, labels and value counts as evidence; digit
 * runs are split so that the sum rules hold, jointly across the table. A cell is set only where the
 * alignment placed a value; every doubt is a finding with its line and row. Never throws on any
 * text; time linear in its length.
 * @param text - the published text.
 * @param options - the edition, year or agency when the text does not state them, and last year's report.
 * @returns the report as read, and the findings.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for options that are not valid (never for the text).
 * @example
 * ```ts
 * const { report, findings } = parseReport(publishedText, { agency: { name: '盐城市人力资源和社会保障局' } });
 * ```
 * @category Parsing
 */
export function parseReport(text: string, options?: ParseOptions): ParseResult {
  const opts = checkOptions(options);
  if (typeof text !== 'string') return noReport(words.noReport.notText);
  const limits = checkLimits('parseReport', opts.limits);
  if (text.length > limits.inputBytes) return tooLarge(limits.inputBytes);
  const { findings, ...read } = readText(text, opts);
  return { ...read, findings: coalesceFindings(findings, limits.findingsPerCode) };
}

/** The result of an input over the `inputBytes` limit: nothing read. Internal (every reader uses it). */
export const tooLarge = (limit: number): ParseResult => ({
  findings: [limitExceeded('inputBytes', limit, words.instead.nothingRead)],
});

/**
/** What a file reader knows of the text it laid out: its table rows' cells, and the lines its headings start on. */
export interface LaidOut {
  readonly grid?: readonly GridRow[];
  /** Per section (by index in the form's order), the offset of the line its heading starts on. */
  readonly headingLines?: ReadonlyMap<number, number>;
}

/**
 * The sections' headings: where the file reader found them (each looked for on its line only), or
 * found in the text. A reader that found fewer than two has its text searched instead.
 */
function sectionsAsFound(norm: Normalized, headingLines: ReadonlyMap<number, number> | undefined) {
  if (!headingLines) return findHeadings(norm.text);
  const given = [...headingLines].sort((a, b) => a[1] - b[1]);
  const at = normalizedOffset(norm.origin);
  const lines = new Map(given.map(([s, offset]) => [s, at(offset)] as const));
  const found = headingsOnLines(norm.text, lines);
  return found.filter((h) => h !== undefined).length >= 2 ? found : findHeadings(norm.text);
}

/**
 * {@link parseReport} without its prologue (options checked, size limit, findings coalesced): the
 * file readers call it on the text they lay out, with what they know of it (`laidOut`: the cells of
 * its table rows, the lines its headings start on), and apply their own limits to their own input.
 */
export function readText(text: string, opts: ParseOptions, laidOut: LaidOut = {}): ParseResult {
  const norm = normalizeText(text);
  const gridCells = laidOut.grid && laidOut.grid.length > 0 ? normalizedGrid(laidOut.grid, norm.origin) : undefined;
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, norm.origin[Math.min(offset, norm.origin.length - 1)] ?? 0);
  const headings = sectionsAsFound(norm, laidOut.headingLines);
  if (headings.filter((h) => h !== undefined).length < 2) return noReport(words.noReport.noHeadings);
  const findings: ParseFinding[] = [];
  headings.forEach((h, i) => {
    const s = sectionTemplates[i];
    if (h === undefined && s)
      findings.push({
        code: 'SECTION_MISSING',
        severity: 'warning',
        location: { section: s.key, where: { zh: s.heading, en: s.headingEn } },
        message: words.sectionMissing(
          { zh: s.ordinal, en: s.ordinalEn },
          { zh: s.heading.slice(2), en: s.headingEn.replace(/^[IVX]+\.\s*/, '') },
        ),
      });
  });
  const lastEnd = maxOf(headings.map((h) => h?.end ?? 0));
  const second = secondReportAt(norm.text, lastEnd);
  if (second !== undefined)
    findings.push({
      code: 'SECOND_REPORT',
      severity: 'warning',
      line: lineOf(second),
      message: words.secondReport(lineOf(second)),
    });
  const end = second ?? norm.text.length;
  const bodyOf = (key: SectionKey): [number, number] =>
    sectionBody(headings, SECTION_INDEX.get(key) ?? -1, end) ?? [0, 0];
  const firstStart = (headings.find((h) => h !== undefined) as HeadingAt).start;
  const head = readHead(norm, text, firstStart, bodyOf, opts, findings, headings);
  if (!head) return { findings };
  const { edition } = head;
  const layout = layoutOf(edition);
  const cells = new Map<number, CellValue>();
  const relations = readingRelations(layout, opts.previous);
  const streams = layout.tableSections.flatMap((section) => {
    const [from, to] = bodyOf(section.key);
    return to > from ? [{ section, stream: tokenizeSection(norm.text, from, to, gridCells) }] : [];
  });
  // On a page with a cell per line, a number with a leading 0 is the rest of a number broken over
  // lines (joined back by the regroupings), not a sign that spaces fall inside digit runs.
  const perLine = cellPerLine(streams, lineOf);
  const spacesInRuns = !perLine && spacesInsideRuns(streams);
  const sources: CellSource[] = [];
  const original = (offset: number) => (offset >= norm.origin.length ? text.length : (norm.origin[offset] as number));
  for (const { section, stream } of streams) {
    const read = readSection(section, stream, { layout, relations, lineOf, spacesInRuns, cellPerLine: perLine });
    for (const c of read.cells) cells.set(c.index, c.value);
    pushAll(findings, read.findings);
    if (opts.explain) pushAll(sources, sourcesOf(read.cells, stream, layout, norm.text, text, original, lineOf));
  }
  const report = buildReport(head, (cell) => cells.get(cell.index) ?? null);
  findings.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  sources.sort((a, b) => (layout.cellByKey.get(a.key)?.index ?? 0) - (layout.cellByKey.get(b.key)?.index ?? 0));
  return { report, findings, ...(opts.explain && { sources }) };
}

/** The agency named in the title, as printed (not normalised: （一） and ① stay as they are), trimmed; or a finding. */
function agencyOf(
  title: ReturnType<typeof findTitle>,
  input: string,
  original: (offset: number) => number,
  findings: ParseFinding[],
): { readonly name: string } {
  // From just after the character before it: what normalising dropped at its start (⒮ read as pinyin) stays.
  const from = (at: number) => (at === 0 ? 0 : original(at - 1) + 1);
  const name = title?.agency
    ? unescapeMarkdown(unradical(input.slice(from(title.agency[0]), original(title.agency[1])))).trim()
    : '';
  if (AGENCY_NAME.test(name)) return { name };
  findings.push({
    code: 'AGENCY_UNKNOWN',
    severity: 'warning',
    message: words.agencyUnknown,
  });
  return { name: '（未识别）' };
}

/** The report's header and prose: edition, year, agency, scope and the three prose sections. */
function readHead(
  norm: Normalized,
  input: string,
  firstStart: number,
  bodyOf: (key: SectionKey) => [number, number],
  opts: ParseOptions,
  findings: ParseFinding[],
  headings: readonly (HeadingAt | undefined)[],
) {
  const original = (offset: number) => (offset >= norm.origin.length ? input.length : (norm.origin[offset] as number));
  const before = norm.text.slice(0, firstStart);
  const title = findTitle(before);
  // The edition shows in the tables' labels: a bounded sample of each is enough (a hostile page of
  // megabytes is not searched label by label).
  const tableText = TABLE_SECTIONS.map((key) => {
    const [from, to] = bodyOf(key);
    return norm.text.slice(from, Math.min(to, from + EDITION_SAMPLE));
  }).join('\n');
  let reportYear = opts.reportYear ?? title?.year;
  if (reportYear === undefined) {
    const m = /(20\d{2})\s{0,2}年/.exec(norm.text.slice(0, bodyOf('overview')[1]));
    if (m) reportYear = Number(m[1]);
  }
  const edition =
    opts.edition ?? detectEdition(tableText) ?? (reportYear === undefined ? undefined : editionOfYear(reportYear));
  if (edition === undefined) {
    findings.push({
      code: 'EDITION_UNKNOWN',
      severity: 'error',
      message: words.editionUnknown,
    });
    return undefined;
  }
  // A guessed year would be a wrong number (a 2020 report read as 2019): no report without one.
  if (reportYear === undefined || editionOfYear(reportYear) === undefined) {
    findings.push({
      code: 'YEAR_UNKNOWN',
      severity: 'error',
      message: words.yearUnknown,
    });
    return undefined;
  }
  const agency = opts.agency ?? agencyOf(title, input, original, findings);
  const proseOf = (key: ProseSectionKey) => {
    const [from, to] = bodyOf(key);
    return headings[SECTION_INDEX.get(key) ?? -1]
      ? withoutPlaceholders(proseBetween(input, original(from), original(to)))
      : '';
  };
  // Text between the title and 一、 (an introduction) belongs to the overview; the title and what
  // stands before it (a site's navigation, a crawler's breadcrumbs) do not — nor, with no title
  // found, a line that is one (the blank form's 政府信息公开工作年度报告格式模板).
  const intro = withoutPlaceholders(
    proseBetween(input, title ? original(title.end) : 0, original(firstStart)),
    title === undefined,
  );
  const overview = [intro.trim(), proseOf('overview')].filter((s) => s !== '').join('\n');
  return {
    edition,
    reportYear,
    agency,
    scope: opts.scope ?? 'self',
    overview,
    problems: proseOf('problems'),
    otherMatters: proseOf('otherMatters'),
  } as const;
}
