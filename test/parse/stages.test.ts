/**
 * Each stage of the reader alone, from literal inputs (#32): normalise, locate, tokenise, align, read
 * the placements, decide the runs, and the section put together — each stage's result shown and
 * checked, beside the style and property tests of the whole reader.
 */
import { describe, expect, it } from 'vitest';
import { layoutOf, type RowLayout } from '../../src/index.js';
import { align } from '../../src/parse/align.js';
import { findHeadings, findTitle } from '../../src/parse/locate.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { readPlacements } from '../../src/parse/placements.js';
import { readingRelations } from '../../src/parse/readingRelations.js';
import { readSection } from '../../src/parse/readTables.js';
import { decideRuns } from '../../src/parse/runs.js';
import { finder } from '../../src/parse/sectionFinder.js';
import type { SectionContext } from '../../src/parse/sectionReading.js';
import { tokenizeSection, type Stream } from '../../src/parse/tokenize.js';

const layout = layoutOf('2021');
const section = layout.tableSections.find((s) => s.key === 'reviewLitigation');
if (!section) throw new Error('the 2021 form has table 四');
const rows = layout.rows.filter((r) => r.section === section) as RowLayout[];

/** A section's stream from literal lines, as the tokeniser gives it. */
const streamOf = (...lines: string[]): Stream => {
  const text = lines.join('\n');
  return tokenizeSection(text, 0, text.length);
};
const ctx = (overrides: Partial<SectionContext> = {}): SectionContext => ({
  layout,
  relations: readingRelations(layout, undefined),
  lineOf: () => 1,
  spacesInRuns: false,
  cellPerLine: false,
  ...overrides,
});
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
