import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCell, isOgiReportError, layoutOf, parseReport, type Money, type Report } from '../../src/index.js';
import {
  arbitraryCorruption,
  arbitraryReport,
  asPublished,
  publishingStyles,
  seedReport,
  seedText,
  type PublishingStyle,
} from '../../src/testing/index.js';
import { sortCells } from './readBack.js';
import { oneWrongRow } from '../check/oneWrongRow.js';

/** Reads a style back and sorts every cell against the truth. */
const readBack = (truth: Report, text: string) =>
  sortCells(
    truth,
    parseReport(text, {
      agency: truth.agency,
      scope: truth.scope,
      reportYear: truth.reportYear,
      edition: truth.edition,
    }),
  );

describe('every publishing style, read back', () => {
  it.each(publishingStyles)(
    '%s: every cell exact, or blank with a warning on its row — never silently wrong',
    (style: PublishingStyle) => {
      fc.assert(
        fc.property(
          // Consistent, arbitrary, and consistent but for one broken rule (a wrong total can make
          // another split of a run hold by chance: such a split must carry a warning).
          fc.oneof(
            arbitraryReport({ consistent: true }),
            arbitraryReport(),
            arbitraryCorruption({ rules: ['R1', 'R2', 'R3', 'R4'] }).map((c) => c.report as Report),
          ),
          fc.integer({ min: 1, max: 1000 }),
          (r, seed) => {
            const pub = asPublished(r, style, seed);
            expect(readBack(pub.report, pub.text).silent).toEqual([]);
          },
        ),
        { numRuns: 12, seed: 20261201 },
      );
    },
  );

  it.each([
    'pipes',
    'markdown',
    'tabs',
    'spaces',
    'oneLineSpaced',
    'oneLineFullWidth',
    'pdfText',
    'converterMarkdown',
    'pdfMarkdown',
    'singleOther',
    'renumbered',
    'traditional',
    'rowsWithoutCells',
    'missingRow',
    'missingGroupHeading',
    'measureWords',
  ] as const)('%s: consistent reports read back cell for cell', (style) => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), fc.integer({ min: 1, max: 1000 }), (r, seed) => {
        const pub = asPublished(r, style, seed);
        const back = readBack(pub.report, pub.text);
        expect(back.flagged + back.silent.length).toBe(0);
      }),
      { numRuns: 12, seed: 20261201 },
    );
  });

  it('the tab-separated seed (a page’s innerText) reads back cell for cell: （六）’s zeros stay in （六）', () => {
    const tabs = asPublished(seedReport, 'tabs');
    expect(readBack(seedReport, tabs.text).silent).toEqual([]);
    expect(readBack(seedReport, tabs.text).flagged).toBe(0);
    const spaced = asPublished(seedReport, 'spaces');
    const back = parseReport(spaced.text);
    expect(back.report?.requests.outcomes.disclosed.naturalPerson).toBeNull();
    expect(back.report?.requests.outcomes.other).toEqual(seedReport.requests.outcomes.other);
  });

  it('the seed as a crawled page on one line reads back, digits split by the sum rules', () => {
    const { text, report } = asPublished(seedReport, 'oneLine');
    expect(text.includes('\n')).toBe(false);
    const back = readBack(report, text);
    expect(back.silent).toEqual([]);
    expect(back.exact).toBeGreaterThan(back.flagged);
  });
});

describe('labels pulled out of the table, rows printed bare (#32)', () => {
  it('a bare row lost from the page: no row is read by order beside the values left over, and none silently', () => {
    fc.assert(
      fc.property(
        arbitraryReport({ consistent: true }),
        fc.integer({ min: 1, max: 1000 }),
        fc.nat(),
        (r, seed, pick) => {
          const pub = asPublished(r, 'labelsApart', seed);
          const lines = pub.text.split('\n');
          // The bare rows of table 三, each `| 5 | 1 | 0 | 0 | 0 | 0 | 6 |` with no label.
          const bare = lines.flatMap((l, i) => (/^\|( [\d/]+ \|){7}$/.test(l) ? [i] : []));
          fc.pre(bare.length > 1);
          const lost = bare[pick % bare.length] as number;
          const text = lines.filter((_, i) => i !== lost).join('\n');
          const back = parseReport(text, { agency: r.agency, reportYear: r.reportYear, edition: r.edition });
          // Another row's values where the lost row's belong would be wrong: every wrong cell has a word on its row.
          expect(sortCells(pub.report, back).silent).toEqual([]);
          // Values of the section went unplaced, so nothing but the order stands behind a row read by it.
          const requests = back.findings.filter((f) => f.location?.section === 'requests');
          if (requests.some((f) => f.code === 'VALUES_UNPLACED'))
            for (const f of requests) if (f.code === 'ROW_BY_ORDER') expect(f.severity).toBe('warning');
        },
      ),
      { numRuns: 40, seed: 20261206 },
    );
  });
});

describe('hostile input (regressions)', () => {
  const S = (body: string) =>
    `某局2021年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n${body}\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n`;
  it('never throws on long or degenerate text (these used to overflow the stack)', () => {
    for (const t of [
      S(`一、本年新收政府信息公开申请数量${'1'.repeat(300_000)}`),
      S('某'.repeat(300_000)),
      S(`|${'---|'.repeat(100_000)}x`),
      S(Array(10000).fill('某某某').join('\n')),
      S(`一、本年新收政府信息公开申请数量${' |'.repeat(50_000)} 1`),
    ]) {
      const r = parseReport(t);
      expect(r.report?.edition).toBe('2021');
    }
  });
  it('24 glued 1s in every row: bounded, each row blank with a finding', () => {
    const body = layoutOf('2021')
      .rows.filter((r) => r.section.key === 'requests')
      .map((r) => `${r.row.label}${'1'.repeat(24)}`)
      .join('\n');
    const { report, findings } = parseReport(S(body));
    expect(report?.requests.received.total).toBeNull();
    expect(findings.some((f) => f.code === 'DIGITS_AMBIGUOUS' && f.location?.row === 'received')).toBe(true);
  });
  it('an unlabelled row of numbers above a row printed blank: either could be it, so neither is read', () => {
    // 行政处罚 printed without its label, 行政强制 printed blank; or 行政强制's label displaced below its numbers.
    const text = [
      '某局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '第二十条第（六）项',
      '| 信息内容 | 本年处理决定数量 |',
      '|  | 30 |',
      '| 行政强制 |  |',
      '第二十条第（八）项',
      '| 行政事业性收费 | 5 |',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ].join('\n');
    const { report, findings } = parseReport(text);
    expect(report?.proactiveDisclosure.penalties.decisions).toBeNull();
    expect(report?.proactiveDisclosure.coercion.decisions).toBeNull();
    expect(findings.some((f) => f.code === 'VALUES_UNPLACED' && f.rows?.includes('coercion'))).toBe(true);
  });
  it('options are validated: misuse throws OgiReportError INVALID_ARGUMENT, never a TypeError', () => {
    for (const bad of [
      { edition: '2020' },
      null,
      'x',
      { reportYear: 'abc' },
      { scope: 'x' },
      { agency: { name: 'a\nb' } },
      { nope: 1 },
      { edition: '2019', reportYear: 2024 },
    ]) {
      let error: unknown;
      try {
        parseReport(seedText, bad as never);
      } catch (e) {
        error = e;
      }
      expect(isOgiReportError(error) && error.code).toBe('INVALID_ARGUMENT');
    }
  });
  it('-0 never reaches a cell', () => {
    const { report } = parseReport(S('一、本年新收政府信息公开申请数量 | -0 | 0 | 0 | 0 | 0 | 0 | 0'));
    expect(Object.is(report?.requests.received.naturalPerson, -0)).toBe(false);
    expect(report?.requests.received.naturalPerson).toBe(0);
  });
});

describe('a 2019 section 二 on one line', () => {
  it('reads the cell before a minus sign, and leaves the change and the decisions blank with their candidates', () => {
    const text =
      '某局2020年政府信息公开工作年度报告一、总体情况二、主动公开政府信息情况第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可1710其他对外管理服务事项171-21140三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况六、其他需要报告的事项';
    const { report, findings } = parseReport(text);
    expect(report?.edition).toBe('2019');
    const row = report?.edition === '2019' ? report.proactiveDisclosure.otherServices : undefined;
    expect(row).toEqual({ itemsLastYear: 171, change: null, decisions: null });
    const f = findings.find((x) => x.location?.row === 'otherServices');
    expect(f?.code === 'DIGITS_AMBIGUOUS' && f.candidates).toContainEqual([171, -21, 140]);
  });
});

describe('an amount run into the count before it (section 二 on one line)', () => {
  const page = (row: string) =>
    `某局2020年政府信息公开工作年度报告一、总体情况二、主动公开政府信息情况第二十条第（九）项信息内容采购项目数量采购总金额${row}三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况六、其他需要报告的事项`;
  /** An amount as text (exact), anything else as it is. */
  const amountOf = (v: unknown) =>
    typeof v === 'object' && v !== null && 'amount' in v ? `${(v as Money).amount.toFixed()}${(v as Money).unit}` : v;
  const procurement = (text: string) => {
    const { report, findings } = parseReport(text);
    const row = report?.edition === '2019' ? report.proactiveDisclosure.procurement : undefined;
    return { row, findings: findings.filter((f) => f.location?.row === 'procurement') };
  };

  it('reads the one split the digits allow, with a warning naming the other reading (a blank count)', () => {
    const { row, findings } = procurement(page('政府集中采购40.016元'));
    expect(row?.projects).toBe(4);
    expect(amountOf(row?.totalAmount)).toBe('0.016元');
    const split = findings.find((f) => f.code === 'DIGITS_SPLIT');
    expect(split?.severity).toBe('warning');
    expect(split?.message.en).toContain('4|0.016元');
    expect(split?.message.en).toContain('if the count was left blank, the amount is 40.016元');
  });

  it('leaves the row blank when the digits allow several splits, naming them as amounts', () => {
    const { row, findings } = procurement(page('政府集中采购498.5万元'));
    expect(row).toEqual({ projects: null, totalAmount: null });
    const f = findings.find((x) => x.code === 'DIGITS_AMBIGUOUS');
    expect(f?.severity).toBe('error');
    expect(f?.candidates?.map((c) => c.map(amountOf))).toEqual([
      [4, '98.5万元'],
      [49, '8.5万元'],
    ]);
  });

  it('on a page with spaces inside numbers, a one-cell row is its digits joined (fraction included)', () => {
    fc.assert(
      fc.property(
        arbitraryReport({ consistent: true, edition: '2021' }),
        fc.integer({ min: 1, max: 1000 }),
        (r, seed) => {
          const pub = asPublished(r, 'oneLineIrregular', seed);
          const { report } = parseReport(pub.text);
          const want = pub.report.edition === '2021' ? pub.report.proactiveDisclosure : undefined;
          const got = report?.edition === '2021' ? report.proactiveDisclosure : undefined;
          expect(got?.fees).toEqual(want?.fees);
          expect(got?.penalties).toEqual(want?.penalties);
          expect(got?.coercion).toEqual(want?.coercion);
        },
      ),
      { numRuns: 40, seed: 20261202 },
    );
  });
});

describe('an ambiguous run’s finding', () => {
  it('names, for each cell it leaves blank, two readings that disagree there', () => {
    const text =
      '某局2020年政府信息公开工作年度报告一、总体情况二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章1493494规范性文件000三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况六、其他需要报告的事项';
    const { report, findings } = parseReport(text);
    const row = report?.edition === '2019' ? report.proactiveDisclosure.regulations : undefined;
    expect(row).toEqual({ madeThisYear: null, publishedThisYear: null, publishedTotal: null });
    const f = findings.find((x) => x.code === 'DIGITS_AMBIGUOUS' && x.location?.row === 'regulations');
    const named = (f?.code === 'DIGITS_AMBIGUOUS' && f.candidates) || [];
    expect(named.length).toBeLessThanOrEqual(4);
    for (const slot of [0, 1, 2]) expect(new Set(named.map((c) => c[slot])).size).toBeGreaterThan(1);
    expect(f?.message.en).toMatch(/have \d+ equally good splits/);
    // 000 has one reading, and three zeros cannot be fewer values (no cell left blank): read, no doubt.
    expect(report?.edition === '2019' && report.proactiveDisclosure.normativeDocuments).toEqual({
      madeThisYear: 0,
      publishedThisYear: 0,
      publishedTotal: 0,
    });
    expect(findings.filter((x) => x.location?.row === 'normativeDocuments')).toEqual([]);
  });

  it('DIGITS_SPLIT never on a run with one certain reading, even where the report breaks its own sums (#32)', () => {
    // 予以公开 printed 3|0|0|0|0|1|4 while the totals say 1|0|0|0|0|0|1: every column sum breaks.
    const slip = oneWrongRow;
    const { report, findings } = parseReport(asPublished(slip, 'oneLine').text);
    // Runs such as 0000000 are certain: the few warnings left are on runs the digits allow other readings of.
    for (const f of findings.filter((x) => x.code === 'DIGITS_SPLIT'))
      for (const row of f.rows ?? [f.location?.row])
        expect(getCell(slip, `requests.${row}.total` as never), String(row)).not.toBe(0);
    expect(findings.filter((x) => x.code === 'DIGITS_SPLIT').length).toBeLessThan(8);
    expect(report?.requests.outcomes.withheld.stateSecret).toEqual(slip.requests.outcomes.withheld.stateSecret);
  });
});
