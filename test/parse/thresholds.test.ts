/**
 * The reader's thresholds, each pinned at its boundary (#32): a literal input on either side of it,
 * so that moving a threshold fails here, by name, before it shows in the styles. The thresholds of
 * the regroupings are pinned in `regroup.test.ts`, the joint search's bound in `joint.test.ts`, the
 * issue's named ones where they act. `EXACT_FROM` only chooses the quicker of two searches that give
 * the same readings: the suite passes with either, and the benchmarks time it.
 */
import { describe, expect, it } from 'vitest';
import type { RowLayout } from '../../src/index.js';
import { align } from '../../src/parse/align.js';
import { ANCHOR, headerWordsOf, Labels } from '../../src/parse/labels.js';
import { detectEdition, findHeadings, sectionTemplates } from '../../src/parse/locate.js';
import { readSection, spacesInsideRuns } from '../../src/parse/readTables.js';
import { parseReport } from '../../src/index.js';
import { namedReadings } from '../../src/parse/readValue.js';
import { ctx, sectionOf, streamOf } from './literal.js';

const { section, rows } = sectionOf('reviewLitigation');
const row = (path: string) => rows.find((r) => r.path === path) as RowLayout;

/** The label score of `path`'s row for the one group after `label`. */
const score = (label: string, path: string) => {
  const s = streamOf(`${label} 1 0 0 0 1`);
  return new Labels(
    s,
    section,
    rows.map((r) => r.row),
    headerWordsOf(rows),
  ).score(row(path).row, 0);
};

describe('label scores (labels.ts): the share of a row label’s character pairs printed before its values', () => {
  it('ANCHOR = 0.5: half the pairs confirm a row, fewer do not', () => {
    // 复议后起诉 has four pairs: 后起诉 prints two of them.
    expect(score('后起诉', 'litigationAfterReview')).toBe(ANCHOR);
    // 未经复议直接起诉 has seven: 未经复议 prints three (0.43): evidence, but no anchor.
    expect(score('未经复议', 'litigationDirect')).toBeGreaterThan(0);
    expect(score('未经复议', 'litigationDirect')).toBeLessThan(ANCHOR);
  });

  it('LABEL_NOISE = 0.4: 3 of 7 pairs count, 1 of 3 is chance', () => {
    expect(score('未经复议', 'litigationDirect')).toBeCloseTo(3 / 7, 5);
    // 复议 is one of 行政复议's three pairs (and one of 复议后起诉's four): shared by chance.
    expect(score('复议', 'review')).toBe(0);
  });

  it('PRINTED = 0.8: a label with 6 of its 7 pairs is printed there (a row with no cells), 3 of 4 is not', () => {
    const printed = (label: string, path: string) =>
      new Labels(
        streamOf(`${label} 1 0 0 0 1`),
        section,
        rows.map((r) => r.row),
        headerWordsOf(rows),
      ).printed([row(path).row], 0)[0];
    expect(printed('经复议直接起诉', 'litigationDirect')).toBe(true);
    expect(printed('议后起诉', 'litigationAfterReview')).toBe(false);
  });
});

describe('the alignment’s weights (align.ts)', () => {
  const codes = (...lines: string[]) =>
    readSection(section, streamOf(...lines), ctx()).findings.map((f) => [f.code, f.location?.row]);

  it('SKIP_GROUP = −0.1: a group of the wrong count is read on a row (VALUE_COUNT) when its label is surer than 0.63, else left unplaced', () => {
    // 3 × label − 2 (a mismatch) against −0.1 for leaving the group: 经复议直接 is 4 of 7 pairs (0.57).
    expect(codes('行政复议 1 0 0 0 1', '经复议直接 0 0 2', '复议后起诉 0 0 0 0 0')).toContainEqual([
      'VALUES_UNPLACED',
      'litigationDirect',
    ]);
    // 政复议 is 2 of 3 (0.67).
    expect(codes('政复议 1 0 0', '未经复议直接起诉 0 0 2 0 2', '复议后起诉 0 0 0 0 0')).toContainEqual([
      'VALUE_COUNT',
      'review',
    ]);
  });
});

describe('a row over two lines of cells (align.ts)', () => {
  it('SPLIT_PENALTY = 0.4: a labelled row whose cells run on to a line of their own is one row, the line no row of its own', () => {
    const lines = [
      '| 行政复议 | 1 | 0 | 0 |',
      '| 0 | 1 |',
      '| 未经复议直接起诉 | 0 | 0 | 2 | 0 | 2 |',
      '| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |',
    ];
    const placed = align(rows, streamOf(...lines)).placements;
    expect(placed.map((p) => [p.rows.map((r) => rows[r]?.path), p.groups])).toEqual([
      [['review'], [0, 1]],
      [['litigationDirect'], [2]],
      [['litigationAfterReview'], [3]],
    ]);
  });
});

describe('a group row printed as one row (align.ts)', () => {
  it('GROUP_ROW_PENALTY = 0.2: a label that reads as well as the group row and as its item is the item’s row', () => {
    const requests = sectionOf('requests');
    // （六）其他 is half of （六）其他处理's pairs and half of 3.其他's.
    const placed = align(requests.rows, streamOf('（六）其他 1 0 0 0 0 0 1')).placements;
    expect(placed.map((p) => [p.kind, p.rows.map((r) => requests.rows[r]?.path)])).toEqual([
      ['row', ['outcomes.other.other']],
    ]);
    // The whole group label: the group row, its items 1 and 2 as 0.
    const whole = align(requests.rows, streamOf('（六）其他处理 1 0 0 0 0 0 1')).placements;
    expect(whole.map((p) => p.kind)).toEqual(['group']);
  });
});

describe('label scores: after the numbers, margins, slack (labels.ts)', () => {
  /** The label evidence of a row for the one group of `text`, before and after it, and the score. */
  const evidence = (text: string, path: string) => {
    const l = new Labels(
      streamOf(text),
      section,
      rows.map((r) => r.row),
      headerWordsOf(rows),
    );
    return { ...l.sides(row(path).row, 0), score: l.score(row(path).row, 0) };
  };

  it('AFTER_WEIGHT = 0.8: a label printed after its numbers counts 0.8 of the same label before them', () => {
    expect(evidence('1 0 0 0 1 复议后起诉', 'litigationAfterReview').after).toBeCloseTo(0.8, 10);
  });

  it('SURE_BEFORE = 0.99: a label only 3/4 before its numbers still looks after them, and the better side counts', () => {
    const e = evidence('议后起诉 1 0 0 0 1 复议后起诉', 'litigationAfterReview');
    expect([e.before, e.score]).toEqual([0.75, e.after]);
    expect(e.after).toBeCloseTo(0.8, 10);
  });

  it('LABEL_MARGIN = 0.15: a label another row matches better by 0.57 is that row’s, however much of it is printed', () => {
    // 经复议后起诉 prints 3 of 未经复议直接起诉's 7 pairs (above the noise) and all of 复议后起诉's.
    expect(evidence('经复议后起诉 1 0 0 0 1', 'litigationDirect').score).toBe(0);
    expect(evidence('经复议后起诉 1 0 0 0 1', 'litigationAfterReview').score).toBe(1);
  });

  it('TAIL_SLACK = 3: three characters between a label and its numbers keep it whole, four cost it a pair', () => {
    expect(evidence('复议后起诉某某某 1 0 0 0 1', 'litigationAfterReview').score).toBe(1);
    expect(evidence('复议后起诉某某某某 1 0 0 0 1', 'litigationAfterReview').score).toBe(0.75);
  });
});

describe('label variants (placements.ts)', () => {
  const variants = (label: string) =>
    readSection(section, streamOf('行政复议 1 0 0 0 1', '未经复议直接起诉 0 0 2 0 2', `${label} 0 0 0 0 0`), ctx())
      .findings.filter((f) => f.code === 'LABEL_VARIANT')
      .map((f) => f.location?.row);

  it('LABEL_VARIANT_BELOW = 0.8: a label anchoring its row with 3 of 4 pairs is a variant (an info), the whole label is not', () => {
    expect(variants('议后起诉')).toEqual(['litigationAfterReview']);
    expect(variants('复议后起诉')).toEqual([]);
  });
});

describe('the spacing habit (readTables.ts)', () => {
  it('SEPARATED_SHARE = 0.5: half the groups of several numbers holding a row’s count keep spaces between cells; fewer put them inside runs', () => {
    const inside = (...lines: string[]) => spacesInsideRuns([{ section, stream: streamOf(...lines) }]);
    // Groups of 5 fit a row of 四, groups of 2 fit nothing.
    expect(inside('行政复议 1 0 0 0 1', '未经复议直接起诉 12 0', '复议后起诉 0 0 0 0 0')).toBe(false);
    expect(inside('行政复议 1 0 0 0 1', '未经复议直接起诉 12 0', '复议后起诉 10 0')).toBe(true);
  });
});

describe('findings about unread values (readTables.ts)', () => {
  it('MAX_UNPLACED_FINDINGS = 50: fifty groups no row took are named one by one, the rest counted in one more', () => {
    const stray = Array.from({ length: 60 }, (_, k) => `注${k} ${k + 1} ${k + 2}`);
    const unread = readSection(
      section,
      streamOf('行政复议 1 0 0 0 1', '未经复议直接起诉 0 0 2 0 2', '复议后起诉 0 0 0 0 0', ...stray),
      ctx(),
    ).findings.filter((f) => f.code === 'ROW_NOT_RECOGNIZED' || f.code === 'VALUES_UNPLACED');
    expect(unread.length).toBe(51);
    expect(unread.at(-1)?.message.en).toContain('10 more groups');
  });
});

describe('readings named in a finding (readValue.ts)', () => {
  it('CANDIDATES_SHOWN = 4: at most four readings are named, however many tie', () => {
    const readings = [
      [1, 2],
      [2, 1],
      [3, 0],
      [0, 3],
      [1, 1],
      [2, 2],
    ];
    expect(namedReadings(readings, [true, true])).toHaveLength(4);
    expect(namedReadings(readings.slice(0, 3), [true, true])).toHaveLength(3);
  });
});

describe('headings (locate.ts)', () => {
  const rest =
    '\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项';
  const found = (heading: string) => {
    const text = `某局2021年政府信息公开工作年度报告\n一、总体情况\n内容\n${heading}\n表格${rest}`;
    const h = findHeadings(text)[1];
    return h && text.slice(h.start, h.end);
  };

  it('HEADING_MATCH = 0.6: 6 of the 9 character pairs of 主动公开政府信息情况 find the heading, 5 do not', () => {
    expect(found('二、主动公开政府信')).toBe('二、主动公开政府信');
    expect(found('二、主动公开政府')).toBeUndefined();
  });

  it('LAST_CHAR_SLACK = 3: a heading that drops a character ends at its last one, not its length into the text after it', () => {
    const text = `某局2021年政府信息公开工作年度报告\n一、总体情况\n内容\n二、主动公开政府信情况。我局全年主动公开政府信息一千余条，涵盖规章、规范性文件、行政许可、行政处罚等各类信息。\n表格${rest}`;
    const h = findHeadings(text)[1];
    expect(text.slice(h?.start, h?.end)).toBe('二、主动公开政府信情况');
  });

  it('LINE_SLACK = 6: a heading alone on its line takes the line up to 16 characters past its words, not 17', () => {
    expect(found(`二、主动公开政府信息情况（含${'某'.repeat(11)}）`)).toBe(
      `二、主动公开政府信息情况（含${'某'.repeat(11)}）`,
    );
    expect(found(`二、主动公开政府信息情况（含${'某'.repeat(12)}）`)).toBe('二、主动公开政府信息情况');
  });

  it('EDITION_KEY_MIN = 4: a label of four characters only one edition prints (本年增/减) tells the edition', () => {
    expect(detectEdition('本年增/减')).toBe('2019');
  });

  it('TOC_RUN = 3: four headings back to back (three gaps of page numbers) are a table of contents, three are not', () => {
    const heads = rest.split('\n').filter(Boolean);
    const all = ['二、主动公开政府信息情况', ...heads];
    const tocOf = (n: number) => {
      const toc = all.slice(0, n).map((h, i) => `${h}……${i + 2}`);
      const text = `某局2021年政府信息公开工作年度报告\n一、总体情况\n目录\n${toc.join('\n')}\n正文\n${all.map((h) => `${h}\n内容`).join('\n')}`;
      return (findHeadings(text)[1]?.start ?? -1) > text.indexOf('正文');
    };
    expect(tocOf(4)).toBe(true);
    expect(tocOf(3)).toBe(false);
  });
});

describe('the report as a whole (parseReport.ts, locate.ts)', () => {
  // The form's own headings, as the latest edition prints them.
  const heads = sectionTemplates.map((t) => t.heading);

  it('SECOND_REPORT_HEADINGS = 4: a second report is said where four of its headings follow the first’s, not three', () => {
    const first = `某局2021年政府信息公开工作年度报告\n${heads.join('\n内容\n')}\n内容`;
    const second = (shown: number[]) =>
      parseReport(
        `${first}\n某局2022年政府信息公开工作年度报告\n${shown.map((i) => heads[i]).join('\n内容\n')}\n内容`,
      ).findings.filter((f) => f.code === 'SECOND_REPORT').length;
    expect(second([1, 2, 3, 4])).toBe(1);
    expect(second([2, 3, 4])).toBe(0);
  });

  it('EDITION_SAMPLE = 256 KB: the edition is told from the first 256 KB of each table section; past that the year tells it', () => {
    const page = (filler: string) =>
      parseReport(
        `某局2021年政府信息公开工作年度报告\n${heads.slice(0, 2).join('\n')}\n${filler}\n信息内容 上一年项目数量 本年增/减 处理决定数量\n${heads.slice(2).join('\n')}`,
      ).report?.edition;
    const prose = (kb: number) => '我局认真贯彻落实政府信息公开条例。'.repeat(Math.ceil((kb * 1024) / 17));
    // 2019's columns, read where they stand, outweigh the 2021 title: 250 KB into the section, not 257 KB.
    expect(page(prose(250))).toBe('2019');
    expect(page(prose(257))).toBe('2021');
  });
});
