/**
 * Publishing styles: any report turned into each layout in which real reports are found (crawled
 * one-line pages, tab- and space-separated text, PDF text, converter Markdown, …), together with
 * the report that the text actually states. Readers are tested against them; integrators can test
 * their pipelines the same way.
 */
import { assertReport } from '../_internal/assertEdition.js';
import { pushAll } from '../_internal/arrays.js';
import { readCell } from '../_internal/buildReport.js';
import { setCells } from '../build/setCell.js';
import { renderMarkdown } from '../format/renderMarkdown.js';
import { pipeLine, printedForm, renderText, type PrintedLine } from '../format/renderText.js';
import type { CellValue, Money } from '../model/cell.js';
import { money } from '../model/money.js';
import type { Report } from '../model/report.js';
import { toTraditional } from '../parse/normalize.js';
import { cellText } from '../format/cellText.js';
import { cellsOfRow, layoutOf, type CellLayout, type RowLayout } from '../template/layout.js';

/**
 * The layouts {@link asPublished} produces.
 *
 * - `pipes`: `|`-separated lines ({@link renderText}); `markdown`: {@link renderMarkdown}.
 * - `oneLine`: a crawled page: everything on one line, no separators, digits run together.
 * - `oneLineSpaced`, `oneLineFullWidth`: one line, one space (or a full-width space) between cells.
 * - `oneLineIrregular`: one line, spaces at random places inside each row's digits.
 * - `tabs`: a page's `innerText`: cells separated by tabs, blank cells kept as empty cells.
 * - `spaces`: cells separated by runs of spaces, blank cells vanish.
 * - `pdfText`: `spaces` plus labels wrapped over two lines, page footers, the vertical group label
 *   one character per line, header words split, Kangxi radical code points.
 * - `converterMarkdown`: one small table per block with generic headers, labels without their
 *   numbering, a header row repeated mid-table, bogus rows, section 四 as three tables.
 * - `pdfMarkdown`: Markdown with some labels displaced below their numbers and some rows unlabeled.
 * - `renumbered`: the table sections numbered 一/二/三, or 表一…表三, or after an extra section,
 *   with a typo in a heading.
 * - `traditional`: traditional script.
 * - `singleOther`: a 2021 report printing （六）其他处理 as one row.
 * - `rowsWithoutCells`: some rows printed as a label with nothing after it.
 * - `missingRow`: a row not printed at all.
 * - `missingGroupHeading`: no captions and no group labels (（六）其他处理 above its items).
 * - `measureWords`: counts of section 二 with a measure word (`2笔`), money in 元 with no unit.
 * - `labelsApart`: a PDF-to-Markdown conversion that pulled some labels of table 三 out of the table as
 *   loose lines above or below their rows (losing one now and then), and printed those rows bare
 *   (`| 5 | 1 | 0 | 0 | 0 | 0 | 6 |`), each in the form's order.
 * - `brokenNumbers`: page text with a cell per line, some numbers broken over two lines (`2`, `47`).
 * - `mergedLines`: page text with a cell per line from a crawler that merged identical neighbouring
 *   lines (`2|0|0|0|0|0|2` arrives as `2`, `0`, `2`; an all-zero row as one `0`).
 * @category Testing
 */
export type PublishingStyle =
  | 'pipes'
  | 'markdown'
  | 'oneLine'
  | 'oneLineSpaced'
  | 'oneLineFullWidth'
  | 'oneLineIrregular'
  | 'tabs'
  | 'spaces'
  | 'pdfText'
  | 'converterMarkdown'
  | 'pdfMarkdown'
  | 'renumbered'
  | 'traditional'
  | 'singleOther'
  | 'rowsWithoutCells'
  | 'missingRow'
  | 'missingGroupHeading'
  | 'measureWords'
  | 'labelsApart'
  | 'brokenNumbers'
  | 'mergedLines';

/**
 * Every publishing style, in the order of {@link PublishingStyle}.
 * @category Testing
 */
export const publishingStyles: readonly PublishingStyle[] = [
  'pipes',
  'markdown',
  'oneLine',
  'oneLineSpaced',
  'oneLineFullWidth',
  'oneLineIrregular',
  'tabs',
  'spaces',
  'pdfText',
  'converterMarkdown',
  'pdfMarkdown',
  'renumbered',
  'traditional',
  'singleOther',
  'rowsWithoutCells',
  'missingRow',
  'missingGroupHeading',
  'measureWords',
  'labelsApart',
  'brokenNumbers',
  'mergedLines',
];

/**
 * What {@link asPublished} returns: the text, and the report it states (the input report, changed
 * where the style changes content: rows printed without cells are blank, prose dropped, …).
 * @category Testing
 */
export interface Published {
  /** The text as published in that style. */
  readonly text: string;
  /** The report the text states: what a perfect reader gives back. */
  readonly report: Report;
}

/** A small deterministic generator (mulberry32), so that a style with choices is reproducible. Internal (the fuzzer shares it). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
/** A Markdown table row. */
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** Lines joined cell by cell: `cellSep` between cells, blank cells dropped when `dropBlanks`. */
function joinLines(lines: readonly PrintedLine[], cellSep: string, lineSep: string, dropBlanks: boolean): string {
  return lines
    .map((l) => {
      const values = dropBlanks ? l.values.filter((v) => v !== '') : l.values;
      return [...l.labels, ...values].join(cellSep);
    })
    .join(lineSep);
}

/** One line, labels glued to their numbers, each row's numbers run together (spaces inserted by `space`). */
function oneLine(lines: readonly PrintedLine[], space: (digits: string) => string): string {
  return lines.map((l) => l.labels.join('') + space(l.values.join(''))).join('');
}

/** Rows of the printed form with their cells emptied (the report then has them blank). */
function blankRows(report: Report, rows: readonly RowLayout[]): Report {
  const layout = layoutOf(report.edition);
  const updates: Record<string, CellValue> = {};
  for (const r of rows) for (const c of cellsOfRow(layout, r)) updates[c.key] = null;
  return setCells(report, updates as never);
}

const stripNumbering = (label: string) =>
  label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '');
const KANGXI: Readonly<Record<string, string>> = { 二: '\u2F06', 行: '\u2F8F', 金: '\u2FA6' };

function pdfText(lines: readonly PrintedLine[], rng: Rng): string {
  const out: string[] = [];
  let vertical: string[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && i % 17 === 0) out.push(`- ${1 + i / 17} -`);
    if (l.kind === 'header') {
      out.push(l.labels.map((h) => (h.length >= 4 && rng() < 0.5 ? `${h.slice(0, 2)} ${h.slice(2)}` : h)).join('   '));
      return;
    }
    if (l.kind !== 'row') {
      out.push(l.labels.join(' '));
      return;
    }
    let labels = [...l.labels];
    // The vertical group label of section 三: one character per line, between the rows.
    if (labels.length > 1 && labels[0] === '三、本年度办理结果') {
      vertical = [...(labels[0] as string)];
      labels = labels.slice(1);
    }
    const label = labels.join('   ');
    const values = l.values.filter((v) => v !== '').join('  ');
    if (vertical.length > 0) out.push(vertical.shift() as string);
    if (label.length > 16) out.push(label.slice(0, 14), `${label.slice(14)}   ${values}`);
    else out.push(`${label}   ${values}`.trim());
  });
  pushAll(out, vertical);
  return [...out.join('\n')].map((c) => KANGXI[c] ?? c).join('');
}

function converterMarkdown(report: Report, lines: readonly PrintedLine[]): string {
  const out: string[] = [];
  let inTable = 0;
  for (const l of lines) {
    if (l.kind === 'title') out.push(`# ${l.labels[0]}`);
    else if (l.kind === 'heading') out.push('', `## ${l.labels[0]}`, '');
    else if (l.kind === 'prose') out.push(l.labels[0] as string);
    else if (l.kind === 'caption') out.push('', `**${l.labels[0]}**`, '');
    else if (l.kind === 'header') continue;
    else if (l.section === 'reviewLitigation') {
      const layout = layoutOf(report.edition);
      (l.rows ?? []).forEach((r, i) => {
        const cells = cellsOfRow(layout, r).map((c) => c.column.label);
        out.push(
          '',
          `**${r.row.label}**`,
          '',
          row(cells),
          `|${'---|'.repeat(cells.length)}`,
          row(l.values.slice(i * 5, i * 5 + 5)),
        );
      });
    } else {
      const n = l.values.length;
      if (inTable !== n || l.labels[0]?.startsWith('第二十条')) {
        const generic = [
          '类别',
          ...Array.from({ length: n - 1 }, (_, i) => `数据${i + 1}`),
          n > 3 ? '总计' : `数据${n}`,
        ];
        out.push('', row(generic), `|${'---|'.repeat(n + 1)}`);
        if (l.section === 'requests' && inTable === 0) out.push(row(['(数据项目)', '数量']), row(['-', '-']));
        inTable = n;
      }
      const own = stripNumbering(l.labels.at(-1) as string);
      out.push(row([own, ...l.values]));
      if (own.startsWith('部分公开'))
        out.push(row(['类别', ...Array.from({ length: n - 1 }, (_, i) => `数据${i + 1}`), '总计']));
    }
    if (l.kind !== 'row') inTable = 0;
  }
  return `${out.join('\n')}\n`;
}

function pdfMarkdown(lines: readonly PrintedLine[], rng: Rng): string {
  const out: string[] = [];
  for (const l of lines) {
    if (l.kind !== 'row' || l.labels.length === 0) {
      out.push(l.kind === 'header' ? row(l.labels) : l.kind === 'row' ? row(l.values) : l.labels.join(' '));
      continue;
    }
    const label = l.labels.join(' ');
    const r = rng();
    if (r < 0.25) out.push(row(['', ...l.values]), row([label, ...l.values.map(() => '')]));
    else if (r < 0.35) out.push(row(['', ...l.values]));
    else out.push(row([label, ...l.values]));
  }
  return `${out.join('\n')}\n`;
}

/** Some labels of table 三 pulled out above their rows as loose lines, those rows printed bare. */
function labelsApart(lines: readonly PrintedLine[], rng: Rng): string {
  const out: string[] = [];
  let loose: string[] = [];
  let bare: string[] = [];
  // The loose labels land above the rows, or below them; a converter may also lose one.
  const flush = () => {
    const below = rng() < 0.5;
    if (!below) pushAll(out, loose);
    pushAll(out, bare);
    if (below) pushAll(out, loose);
    loose = [];
    bare = [];
  };
  for (const l of lines) {
    if (l.kind !== 'row' || l.section !== 'requests' || l.labels.length === 0) {
      flush();
      out.push(l.kind === 'row' ? row([...l.labels, ...l.values]) : l.labels.join(' '));
      continue;
    }
    if (rng() < 0.6) {
      if (rng() < 0.85) loose.push(l.labels.join(' '));
      bare.push(row(l.values));
    } else bare.push(row([l.labels.join(' '), ...l.values]));
  }
  flush();
  return `${out.join('\n')}\n`;
}

/** Page text with a cell per line: labels, then each value on a line of its own (a blank cell prints nothing). */
function cellLines(lines: readonly PrintedLine[], value: (v: string, out: string[]) => void): string {
  const out: string[] = [];
  for (const l of lines) {
    pushAll(out, l.labels);
    for (const v of l.values) if (v !== '') value(v, out);
  }
  return `${out.join('\n')}\n`;
}

/** Identical neighbouring lines merged into one, as a crawler that deduplicates lines does. */
function mergeIdentical(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) if (out.at(-1) !== line) out.push(line);
  return out.join('\n');
}

function renumbered(report: Report, rng: Rng): Published {
  const variant = Math.floor(rng() * 4);
  const text = renderText(report).replace('行政复议、行政诉讼情况', '行政法复议、行政诉讼情况');
  const tables = [
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政法复议、行政诉讼情况',
  ];
  const bodies = tables.map((h) => h.slice(2));
  if (variant === 3) {
    // An extra prose part pushes the tables to 三/四/五 and the prose after them to 六/七.
    const t = text
      .replace('五、存在的主要问题及改进情况', '六、存在的主要问题及改进情况')
      .replace('六、其他需要报告的事项', '七、其他需要报告的事项')
      .replace(tables[2] as string, `五、${bodies[2]}`)
      .replace(tables[1] as string, `四、${bodies[1]}`)
      .replace(tables[0] as string, `二、政务公开工作主要任务落实情况\n三、${bodies[0]}`);
    return { text: t, report };
  }
  const mark =
    variant === 0
      ? ['一、', '二、', '三、']
      : variant === 1
        ? ['表一 ', '表二 ', '表三 ']
        : ['## 表一 ', '## 表二 ', '## 表三 '];
  // Only the tables are published: no prose headings, no prose.
  const lines = text.split('\n');
  const from = lines.indexOf(tables[0] as string);
  const to = lines.findIndex((l) => l.startsWith('五、'));
  const body = lines.slice(from, to).map((l) => {
    const k = tables.indexOf(l);
    return k >= 0 ? `${mark[k]}${bodies[k]}` : l;
  });
  return { text: [lines[0], ...body].join('\n'), report: { ...report, overview: '', problems: '', otherMatters: '' } };
}

function singleOther(report: Report, lines: readonly PrintedLine[]): Published {
  const layout = layoutOf(report.edition);
  const items = layout.rows.filter((r) => r.section.key === 'requests' && r.ancestors.at(-1)?.key === 'other');
  if (items.length < 2) return { text: renderText(report), report };
  const last = items.at(-1) as RowLayout;
  const merged = cellsOfRow(layout, last).map((_, k): CellValue => {
    const vs = items.map(
      (r) => readCell(report, (cellsOfRow(layout, r)[k] as { segments: readonly string[] }).segments) as CellValue,
    );
    if (vs.every((v) => typeof v === 'number')) {
      const sum = (vs as number[]).reduce((a, b) => a + b, 0);
      return Number.isSafeInteger(sum) ? sum : null;
    }
    if (vs.every((v) => v === 'NA')) return 'NA';
    return null;
  });
  const updates: Record<string, CellValue> = {};
  items.forEach((r) =>
    cellsOfRow(layout, r).forEach((c, k) => (updates[c.key] = r === last ? (merged[k] as CellValue) : 0)),
  );
  const truth = setCells(report, updates as never);
  const label = items[0]?.ancestors.at(-1)?.label as string;
  const out: string[] = [];
  for (const l of lines) {
    const r = l.rows?.[0];
    if (r && items.includes(r)) {
      if (r === last)
        out.push(
          pipeLine({
            ...l,
            labels: [label],
            values: merged.map((v, k) => cellText(v, (cellsOfRow(layout, last)[k] as CellLayout).column)),
          }),
        );
      continue;
    }
    out.push(pipeLine(l));
  }
  return { text: `${out.join('\n')}\n`, report: truth };
}

function measureWords(report: Report, lines: readonly PrintedLine[], rng: Rng): Published {
  const layout = layoutOf(report.edition);
  const updates: Record<string, CellValue> = {};
  const out = lines.map((l) => {
    if (l.section !== 'proactiveDisclosure' || l.kind !== 'row' || !l.rows?.[0]) return pipeLine(l);
    const cells = cellsOfRow(layout, l.rows[0]);
    const values = cells.map((c, k) => {
      const v = readCell(report, c.segments) as CellValue;
      if (c.column.kind === 'count' && typeof v === 'number') return `${v}${pick(rng, ['笔', '个', '件', '项'])}`;
      if (c.column.kind === 'money' && v !== null && v !== 'NA' && c.column.unit === undefined) {
        const m = v as Money;
        const yuan = m.unit === '万元' ? m.amount.times(10000) : m.amount;
        updates[c.key] = money(yuan, '元');
        return yuan.toFixed();
      }
      return l.values[k] as string;
    });
    return pipeLine({ ...l, values });
  });
  return { text: `${out.join('\n')}\n`, report: setCells(report, updates as never) };
}

/**
 * Turns a report into the text of one publishing style, and says what report that text states.
 * Styles with choices (where spaces fall, which rows lose their cells) make them from `seed`.
 * @param report - a report of either edition.
 * @param style - the layout to publish in.
 * @param seed - the seed of the style's choices (default 1).
 * @returns the text and the report it states.
 * @example
 * ```ts
 * const { text, report } = asPublished(consistentReport2021, 'oneLine');
 * const back = parseReport(text); // back.report should equal report, cell for cell
 * ```
 * @category Testing
 */
export function asPublished(report: Report, style: PublishingStyle, seed = 1): Published {
  assertReport('asPublished', report);
  const rng = random(seed);
  const lines = printedForm(report);
  const dataRows = lines.filter((l) => l.kind === 'row' && l.section !== 'reviewLitigation');
  switch (style) {
    case 'pipes':
      return { text: renderText(report), report };
    case 'markdown':
      return { text: renderMarkdown(report), report };
    case 'oneLine':
      return { text: oneLine(lines, (d) => d), report };
    case 'oneLineSpaced':
      return { text: joinLines(lines, ' ', '', false), report };
    case 'oneLineFullWidth':
      return { text: joinLines(lines, '\u3000', '', false), report };
    case 'oneLineIrregular':
      // Spaces inside runs of digits only, where a page's markup had them.
      return {
        text: oneLine(lines, (d) =>
          [...d]
            .map((c, i) => (i > 0 && /\d/.test(c) && /\d/.test(d[i - 1] as string) && rng() < 0.15 ? ` ${c}` : c))
            .join(''),
        ),
        report,
      };
    case 'tabs':
      return { text: joinLines(lines, '\t', '\n', false), report };
    case 'spaces':
      return { text: joinLines(lines, '   ', '\n', true), report };
    case 'pdfText':
      return { text: pdfText(lines, rng), report };
    case 'converterMarkdown':
      return { text: converterMarkdown(report, lines), report };
    case 'pdfMarkdown':
      return { text: pdfMarkdown(lines, rng), report };
    case 'labelsApart':
      return { text: labelsApart(lines, rng), report };
    case 'brokenNumbers':
      return {
        text: cellLines(lines, (v, out) => {
          // A number of two digits or more broken before its last digits, now and then.
          if (/^\d{2,}$/.test(v) && rng() < 0.3) {
            const at = 1 + Math.floor(rng() * (v.length - 1));
            out.push(v.slice(0, at), v.slice(at));
          } else out.push(v);
        }),
        report,
      };
    case 'mergedLines':
      return { text: mergeIdentical(cellLines(lines, (v, out) => out.push(v))), report };
    case 'renumbered':
      return renumbered(report, rng);
    case 'traditional': {
      const prose = {
        overview: toTraditional(report.overview),
        problems: toTraditional(report.problems),
        otherMatters: toTraditional(report.otherMatters),
      };
      return {
        text: toTraditional(renderText(report)),
        report: { ...report, ...prose, agency: { ...report.agency, name: toTraditional(report.agency.name) } },
      };
    }
    case 'singleOther':
      return singleOther(report, lines);
    case 'rowsWithoutCells': {
      const chosen = dataRows.filter(() => rng() < 0.12);
      const text = lines.map((l) => pipeLine(chosen.includes(l) ? { ...l, values: [] } : l)).join('\n');
      return {
        text,
        report: blankRows(
          report,
          chosen.flatMap((l) => l.rows ?? []),
        ),
      };
    }
    case 'missingRow': {
      const candidates = dataRows.filter((l) => l.labels.length === 1);
      const gone = pick(rng, candidates);
      const text = lines
        .filter((l) => l !== gone)
        .map(pipeLine)
        .join('\n');
      return { text, report: blankRows(report, gone.rows ?? []) };
    }
    case 'missingGroupHeading': {
      const text = lines
        .filter((l) => l.kind !== 'caption')
        .map((l) => pipeLine(l.kind === 'row' ? { ...l, labels: l.labels.slice(-1) } : l))
        .join('\n');
      return { text, report };
    }
    case 'measureWords':
      return measureWords(report, lines, rng);
  }
}
