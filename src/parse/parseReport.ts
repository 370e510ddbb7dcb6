import { buildReport } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { Agency, Report, Scope } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { ORDINALS, TITLE, detectEdition, findHeadings, sectionKeys } from './locate.js';
import { cleanLine } from './normalize.js';
import { msg, type Line, type ParseFinding } from './parseFinding.js';
import { readReviewLitigation, readRows } from './readTables.js';

export type { ParseFinding, ParseFindingCode } from './parseFinding.js';

/**
 * Options of {@link parseReport}: facts the text may not state, which then win over what is guessed.
 * @category Parsing
 */
export interface ParseOptions {
  /** The edition, when known; otherwise recognised from the form's own columns. */
  readonly edition?: Edition;
  /** The report year; otherwise read from the title or the first lines. */
  readonly reportYear?: number;
  /** The reporting body; otherwise read from the title (published text prints the name only). */
  readonly agency?: Agency;
  /** `'self'` (default) or `'aggregate'`: published text does not say. */
  readonly scope?: Scope;
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
}

/**
 * Reads a report as published — `|`-flattened web text, whitespace-aligned PDF text, Markdown —
 * into the model. It finds the six sections (heading variants accepted), recognises the edition by
 * the form's own columns, and reads each table in the edition's fixed row order, using labels to
 * confirm rather than to find: traditional script and converter swaps, full- and half-width forms,
 * wrapped and vertical labels, page footers, placeholders (`/`, `-`, `—`, `无`), units in cells
 * (`83万`, `251000元`), typos in labels, and digits run together (split by the row total when only
 * one split fits). Every doubt is a finding with its line. Never throws; linear in the input.
 * @param text - the published text.
 * @param options - the edition, year or agency when the text does not state them.
 * @returns the report as read, and the findings.
 * @example
 * ```ts
 * const { report, findings } = parseReport(publishedText, { agency: { name: '盐城市人力资源和社会保障局' } });
 * ```
 * @category Parsing
 */
export function parseReport(text: string, options: ParseOptions = {}): ParseResult {
  const findings: ParseFinding[] = [];
  if (typeof text !== 'string') {
    return { findings: [{ code: 'NO_REPORT_FOUND', severity: 'error', message: msg('输入不是文本', 'The input is not text') }] };
  }
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const clean = cleanLine(raw).trim();
    // Page footers: -3-, — 3 —, 第 3 页
    if (/^[-—–]\s*\d{1,4}\s*[-—–]$/.test(clean) || /^第\s*\d{1,4}\s*页(\s*共\s*\d+\s*页)?$/.test(clean)) return;
    if (clean !== '') lines.push({ no: i + 1, raw, clean });
  });
  const starts = findHeadings(lines);
  const found = starts.filter((s) => s !== undefined).length;
  if (found < 2) {
    return { findings: [{ code: 'NO_REPORT_FOUND', severity: 'error', message: msg('未找到年度报告的章节标题', 'No headings of the annual report were found') }] };
  }
  const sectionLines = (s: number): Line[] => {
    const from = starts[s];
    if (from === undefined) return [];
    const to = starts.slice(s + 1).find((x) => x !== undefined) ?? lines.length;
    return lines.slice(from + 1, to);
  };
  starts.forEach((s, i) => {
    if (s === undefined) {
      findings.push({ code: 'SECTION_MISSING', severity: 'warning', section: sectionKeys[i] as string, message: msg(`未找到第${ORDINALS[i]}部分的标题`, `The heading of section ${templates['2021'].sections[i]?.ordinalEn} was not found`) });
    }
  });

  const tableLines = [1, 2, 3].flatMap(sectionLines);
  let edition = options.edition ?? detectEdition(tableLines);
  const firstStart = starts.find((s) => s !== undefined) ?? 0;
  const before = lines.slice(0, firstStart);
  const titleText = (l: Line) => l.clean.replace(/^#+\s+/, '');
  const titleLine = before.find((l) => TITLE.test(titleText(l)));
  const title = titleLine ? TITLE.exec(titleText(titleLine)) : null;
  let reportYear = options.reportYear;
  if (reportYear === undefined) {
    const y = title?.[2] ?? /(20\d{2})\s*年/.exec([...before, ...sectionLines(0)].map((l) => l.clean).join('\n'))?.[1];
    if (y !== undefined) reportYear = Number(y);
  }
  if (edition === undefined && reportYear !== undefined && reportYear >= 2019) edition = reportYear <= 2020 ? '2019' : '2021';
  if (edition === undefined) {
    return { findings: [...findings, { code: 'EDITION_UNKNOWN', severity: 'error', message: msg('无法确定报告格式版本，请在选项中指定 edition', 'The edition could not be recognised; give it in the options') }] };
  }
  if (reportYear === undefined || reportYear < 2019) {
    findings.push({ code: 'YEAR_UNKNOWN', severity: 'warning', message: msg('未读到报告年度，按格式版本的首个年度处理', 'No report year found; the edition’s first year is assumed') });
    reportYear = templates[edition].firstYear;
  }
  let agency = options.agency;
  if (!agency) {
    const name = title?.[1]?.trim();
    if (name) agency = { name };
    else {
      findings.push({ code: 'AGENCY_UNKNOWN', severity: 'warning', message: msg('未读到机关名称', 'No agency name found') });
      agency = { name: '（未识别）' };
    }
  }

  const layout = layoutOf(edition);
  const cells = new Map<number, CellValue>();
  for (const section of layout.tableSections) {
    const s = sectionKeys.indexOf(section.key);
    if (section.key === 'reviewLitigation') readReviewLitigation(section, layout, sectionLines(s), cells, findings);
    else readRows(section, layout, sectionLines(s), cells, findings);
  }
  const prose = (s: number, extra: readonly Line[] = []) => [...extra, ...sectionLines(s)].map((l) => l.raw.trim()).join('\n');
  const head = {
    edition,
    reportYear,
    agency,
    scope: options.scope ?? 'self',
    overview: prose(0, before.filter((l) => l !== titleLine)), // text before 一、 (an introduction) belongs to the overview
    problems: prose(4),
    otherMatters: prose(5),
  };
  const report = buildReport(head, (cell) => cells.get(cell.index) ?? null);
  findings.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return { report, findings };
}
