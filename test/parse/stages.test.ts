/**
 * Each stage of the reader alone, from literal inputs (#32): normalise, locate, tokenise, align, read
 * the placements, decide the runs, and the section put together — each stage's result shown and
 * checked, beside the style and property tests of the whole reader.
 */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/parse/align.js';
import { findHeadings, findTitle, headingsOnLines } from '../../src/parse/locate.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { readPlacements } from '../../src/parse/placements.js';
import { readSection } from '../../src/parse/readTables.js';
import { decideRuns } from '../../src/parse/runs.js';
import { finder } from '../../src/parse/sectionFinder.js';
import { ctx, layout, sectionOf, streamOf } from './literal.js';
import { tokenizeSection } from '../../src/parse/tokenize.js';

const { section, rows } = sectionOf('reviewLitigation');
const keyOf = (index: number) => layout.cells[index]?.key;

describe('normalise', () => {
  it('full-width forms and Kangxi radicals become the form’s characters, each keeping its offset in the input', () => {
    const n = normalizeText('⼆、１２件');
    expect(n.text).toBe('二、12件');
    expect([...n.origin.slice(0, n.text.length)]).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('locate', () => {
  it('finds the six headings by their words and order, and the title with its agency and year', () => {
    const text =
      '某市某局2021年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项';
    const headings = findHeadings(text);
    expect(headings.map((h) => h !== undefined)).toEqual([true, true, true, true, true, true]);
    const title = findTitle(text.slice(0, headings[0]?.start));
    expect(title?.year).toBe(2021);
    expect(text.slice(...(title?.agency ?? [0, 0]))).toBe('某市某局');
  });
});

describe('locate where a file reader found the headings', () => {
  it('each heading is looked for on its given line only: the sections are those the file’s layout was made with', () => {
    const lines = [
      '某市某局2021年政府信息公开工作年度报告',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况（见下表）',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ];
    const text = lines.join('\n');
    const lineStart = (k: number) => lines.slice(0, k).join('\n').length + (k > 0 ? 1 : 0);
    // The whole text searched takes the first line that reads as 三's heading.
    expect(findHeadings(text)[2]?.start).toBe(lineStart(3));
    const given = new Map([
      [0, lineStart(1)],
      [1, lineStart(2)],
      [2, lineStart(4)],
      [3, lineStart(5)],
    ]);
    const found = headingsOnLines(text, given);
    expect(found.map((h) => h?.start)).toEqual([
      lineStart(1),
      lineStart(2),
      lineStart(4),
      lineStart(5),
      undefined,
      undefined,
    ]);
    expect(text.slice(found[2]?.start, found[2]?.end)).toBe('三、收到和处理政府信息公开申请情况');
  });
});

describe('tokenise', () => {
  it('labels and groups of values: a `|` line is a positional group (an empty cell a blank), free text numbers between labels', () => {
    const s = streamOf('行政复议 | 1 |  | 0 | 2 | 3', '结果维持 5 结果纠正 6');
    expect(s.groups.map((g) => [g.positional, g.tokens.map((t) => (t.kind === 'number' ? t.digits : t.kind))])).toEqual(
      [
        [true, ['1', 'blank', '0', '2', '3']],
        [false, ['5']],
        [false, ['6']],
      ],
    );
    expect(s.labels.map((l) => l.trim())).toEqual(['行政复议', '结果维持', '结果纠正', '']);
    // Each token's place in the text, for a cell's source.
    const text = '行政复议 | 1 |  | 0 | 2 | 3\n结果维持 5 结果纠正 6';
    expect(s.groups[1]?.starts).toEqual([text.indexOf('5')]);
  });
});

describe('tokenise a laid-out row from its cells', () => {
  it('the cells a file reader knows are the cells: a separator inside one splits nothing, a row of dashes is placeholders', () => {
    const text = '|  | 行政｜复议 | 1 |  | 0 |\n|  | - | - |';
    const grid = new Map([
      [
        0,
        [
          [5, 10],
          [13, 14],
          [17, 17],
          [20, 21],
        ] as const,
      ],
      [
        24,
        [
          [29, 30],
          [33, 34],
        ] as const,
      ],
    ]);
    // NFKC makes a full-width ｜ a |: the line alone would be split there.
    const s = tokenizeSection(text.replace('｜', '|'), 0, text.length, grid);
    expect(s.groups.map((g) => g.tokens.map((t) => t.kind))).toEqual([
      ['number', 'blank', 'number'],
      ['na', 'na'],
    ]);
    expect(s.labels[0]).toBe('行政|复议');
    // Without the cells, the second line reads as a Markdown table's rule and the first splits its label.
    expect(tokenizeSection(text.replace('｜', '|'), 0, text.length).groups).toHaveLength(1);
  });
});

describe('align', () => {
  it('places each row on the group its label stands before, confirmed by the label', () => {
    const s = streamOf('行政复议 1 0 0 0 1', '未经复议直接起诉 0 0 2 0 2', '复议后起诉 0 0 0 0 0');
    const a = align(rows, s);
    expect(a.placements.map((p) => [p.rows.map((r) => rows[r]?.path), p.groups, p.anchored])).toEqual([
      [['review'], [0], true],
      [['litigationDirect'], [1], true],
      [['litigationAfterReview'], [2], true],
    ]);
    expect(a.unplaced).toEqual([]);
  });

  it('one group of fifteen values over the block: one placement of three rows', () => {
    const s = streamOf('行政复议 行政诉讼 结果维持 …', '1 0 0 0 1 0 0 2 0 2 0 0 0 0 0');
    expect(align(rows, s).placements.map((p) => [p.kind, p.rows.length])).toEqual([['multi', 3]]);
  });
});

describe('read the placements, then decide the runs', () => {
  it('a row whose values fit is read cell by cell, each cell with its origin; a digit run is set aside', () => {
    const s = streamOf('行政复议 1 0 0 0 1', '未经复议直接起诉 1200012', '复议后起诉 0 0 0 0 0');
    const a = align(rows, s);
    const placed = readPlacements(section, rows, a, s, ctx());
    expect(
      placed.cells.filter((c) => c.origin.group === 0).map((c) => [keyOf(c.index), c.value, c.origin.value]),
    ).toEqual([
      ['reviewLitigation.review.upheld', 1, 'printed'],
      ['reviewLitigation.review.corrected', 0, 'printed'],
      ['reviewLitigation.review.other', 0, 'printed'],
      ['reviewLitigation.review.pending', 0, 'printed'],
      ['reviewLitigation.review.total', 1, 'printed'],
    ]);
    expect(placed.runs.map((r) => [r.rows.map((x) => x.path), r.pieces])).toEqual([
      [['litigationDirect'], ['1200012']],
    ]);
    const { find, findings } = finder(section, s, () => 1);
    const decided = decideRuns(placed.runs, placed.cells, ctx(), find);
    // 1200012 could be 120|0|0|1|2 or 1|20|0|0|12 by its digits; only 12|0|0|0|12 keeps the row's total.
    expect(decided.map((c) => c.value)).toEqual([12, 0, 0, 0, 12]);
    expect(decided[0]?.origin).toMatchObject({ value: 'split', split: { by: 'sums', readings: 1 } });
    expect(findings.map((f) => [f.code, f.location?.row])).toEqual([['DIGITS_SPLIT', 'litigationDirect']]);
  });
});

describe('the section put together', () => {
  it('cells in stage order, and a row nothing was found for said on its row', () => {
    const s = streamOf('行政复议 1 0 0 0 1', '复议后起诉 0 0 0 0 0');
    const read = readSection(section, s, ctx());
    expect(read.cells.map((c) => keyOf(c.index)?.split('.')[1])).toEqual([
      ...Array(5).fill('review'),
      ...Array(5).fill('litigationAfterReview'),
    ]);
    expect(read.findings.map((f) => [f.code, f.location?.row])).toEqual([['ROW_MISSING', 'litigationDirect']]);
  });
});

describe('rows placed by order, said once the values are settled', () => {
  const said = (...lines: string[]) =>
    readSection(section, streamOf(...lines), ctx())
      .findings.filter((f) => f.code === 'ROW_BY_ORDER')
      .map((f) => [f.location?.row, f.severity]);

  it('an info where the order leaves no choice and every sum rule on the row holds', () => {
    // Three rows without labels, three groups of five: the order places them; each row's total holds.
    expect(said('| 1 | 0 | 0 | 0 | 1 |', '| 0 | 0 | 2 | 0 | 2 |', '| 0 | 0 | 0 | 0 | 0 |')).toEqual([
      ['review', 'info'],
      ['litigationDirect', 'info'],
      ['litigationAfterReview', 'info'],
    ]);
  });

  it('a warning on the row whose sum breaks: values shifted by a row could be what broke it', () => {
    expect(said('| 1 | 0 | 0 | 0 | 1 |', '| 0 | 0 | 2 | 0 | 3 |', '| 0 | 0 | 0 | 0 | 0 |')).toEqual([
      ['review', 'info'],
      ['litigationDirect', 'warning'],
      ['litigationAfterReview', 'info'],
    ]);
  });

  it('a warning where a blank leaves the row’s sum unknown', () => {
    expect(said('| 1 | 0 | 0 | 0 | 1 |', '| 0 |  | 2 | 0 | 2 |', '| 0 | 0 | 0 | 0 | 0 |')).toContainEqual([
      'litigationDirect',
      'warning',
    ]);
  });

  it('on a page with a cell per line, labels beside the values confirm nothing: a lost blank and a broken number can still fit', () => {
    const disclosure = sectionOf('proactiveDisclosure').section;
    // Table 二 of the 2021 form as a page with a cell per line prints it (a crawled PDF's text).
    const lines = [
      ...['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ...['规章', '498', '7', '581', '行政规范性文件', '139', '31', '522'],
      ...['第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '259'],
      ...['第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '202', '行政强制', '8'],
      ...['第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '11'],
    ];
    const bySide = (cellPerLine: boolean) =>
      readSection(disclosure, streamOf(...lines), ctx({ cellPerLine }))
        .findings.filter((f) => f.code === 'ROW_BY_ORDER')
        .map((f) => f.severity);
    // Each label on its line before its number: printed apart, and the order agrees with the print.
    const read = bySide(false);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((s) => s === 'info')).toBe(true);
    expect(bySide(true).length).toBe(read.length);
    expect(bySide(true).every((s) => s === 'warning')).toBe(true);
  });
});

describe('a page with a cell per line: values read in order that the sums doubt', () => {
  // Table 四 as such a page prints it: its headers, then its fifteen values a line each.
  const header = [
    '行政复议',
    '行政诉讼',
    '结果维持',
    '结果纠正',
    '其他结果',
    '尚未审结',
    '总计',
    '未经复议直接起诉',
    '复议后起诉',
  ];
  const warnings = (values: string[], cellPerLine: boolean) =>
    readSection(section, streamOf(...header, ...values), ctx({ cellPerLine }))
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => [f.code, f.rows ?? f.location?.row]);
  const rowsOf四 = ['review', 'litigationDirect', 'litigationAfterReview'];

  it('values that break a sum are said on every row of the block: a lost blank and a broken number count as many lines', () => {
    // 行政复议 printed 1, (blank lost), 1 | 2 broken over two lines, …: fifteen lines for fifteen cells.
    const printed = ['1', '1', '2', '0', '3', ...['0', '0', '2', '0', '2'], ...['0', '0', '0', '0', '0']];
    expect(warnings(printed, true)).toEqual([['LINES_SHIFTED', rowsOf四]]);
    const consistent = ['1', '0', '2', '0', '3', ...['0', '0', '2', '0', '2'], ...['0', '0', '0', '0', '0']];
    expect(warnings(consistent, true)).toEqual([]);
  });

  it('on a page printing rows on lines, a broken sum is the checker’s to say', () => {
    const printed = ['1 1 2 0 3', '0 0 2 0 2', '0 0 0 0 0'];
    expect(warnings(printed, false).filter(([code]) => code === 'LINES_SHIFTED')).toEqual([]);
  });
});

describe('a page with a cell per line: values no sum can confirm', () => {
  const disclosure = sectionOf('proactiveDisclosure').section;
  const page = (normativeDocuments: string[]) => [
    ...['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ...['规章', '324', '5', '9', '行政规范性文件', ...normativeDocuments],
    ...['第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '847'],
    // 行政处罚's cell blank, its line lost; 行政强制's 9007199254740991 broken over two lines.
    ...['第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '行政强制', '9007', '199254740991'],
    ...['第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '12'],
  ];
  const shifted = (lines: string[]) =>
    readSection(disclosure, streamOf(...lines), ctx({ cellPerLine: true }))
      .findings.filter((f) => f.code === 'LINES_SHIFTED')
      .map((f) => f.rows ?? [f.location?.row]);

  it('values read for two rows from under their stacked labels are doubted on both rows', () => {
    expect(shifted(page(['0', '0', '0']))).toEqual([['penalties', 'coercion']]);
  });
});
