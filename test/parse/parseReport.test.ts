import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  fromCsv,
  getCell,
  parseReport,
  renderMarkdown,
  renderText,
  toCsv,
  toJSON,
  type ParseFindingCode,
  type Report,
  type Report2019,
  type Report2021,
} from '../../src/index.js';
import { seedReport } from '../../examples/seedReport.js';
import { arbitraryReport } from '../../src/testing/index.js';
import { expectSameReport } from '../helpers.js';

const seedText = readFileSync(new URL('../../examples/yancheng-hrss-2020.txt', import.meta.url), 'utf8');
const tables = (r: Report) => ({ ...r, overview: '', problems: '', otherMatters: '', agency: { name: '' } }) as Report;
const codes = (findings: readonly { code: ParseFindingCode }[]) => findings.map((f) => f.code);
/** The samples below print no section 四: its missing heading is said, and not what they test. */
const notAbout = (c: ParseFindingCode) => c !== 'ROW_MISSING' && c !== 'SECTION_MISSING';

describe('the seed report, read end to end', () => {
  const { report, findings } = parseReport(seedText, {
    agency: { name: '盐城市人力资源和社会保障局', level: 'municipal' },
  });

  it('gives the spec’s figures cell for cell, blank cells blank, 采购总金额 830000 元', () => {
    expect(report).toBeDefined();
    expect(toJSON(tables(report!))).toBe(toJSON(tables(seedReport)));
    const amount = getCell(report as Report2019, 'proactiveDisclosure.procurement.totalAmount');
    expect(
      amount !== null && amount !== 'NA' && amount.amount.times(amount.unit === '万元' ? 10000 : 1).toFixed(),
    ).toBe('830000');
    expect(Object.values((report as Report2019).requests.carriedForward).every((v) => v === null)).toBe(true);
    expect(findings).toEqual([]);
  });

  it('recognises the edition and the year from the text, and keeps the prose as printed', () => {
    const bare = parseReport(seedText);
    expect([bare.report?.edition, bare.report?.reportYear]).toEqual(['2019', 2020]);
    expect(codes(bare.findings)).toEqual(['AGENCY_UNKNOWN']);
    expect(bare.report?.overview.startsWith('2020年度,市人社局認真貫徹實施')).toBe(true);
    expect(bare.report?.otherMatters).toContain('答復率、見面率和滿意率均為100%');
  });

  it('checks like the model built by hand: the spec’s findings', () => {
    expect(checkReport(report!).findings.map((f) => f.code)).toEqual(
      checkReport(seedReport).findings.map((f) => f.code),
    );
  });
});

const head2021 = '某某县教育局2022年政府信息公开工作年度报告\n一、总体情况\n概述。\n二、主动公开政府信息情况\n';
const tail = '\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n';
const requests2021 = [
  '一、本年新收政府信息公开申请数量 | 80 | 1 | 0 | 0 | 0 | 0 | 81',
  '二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
  '三、本年度办理结果 | （一）予以公开 | 50 | 1 | 0 | 0 | 0 | 0 | 51',
];
const r2021 = (body: string) => parseReport(`${head2021}${body}${tail}`);

describe('layouts found in the wild', () => {
  it('|-flattened lines with merged cells as empty separators; a group label sharing a line with its first item', () => {
    const { report, findings } = r2021(
      [
        '第二十条第（一）项 | |||',
        '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '规章 | 1 | 0 | 3 |',
        '行政规范性文件 | 2 | 1 | 9 |',
        '三、收到和处理政府信息公开申请情况',
        ...requests2021,
      ].join('\n'),
    );
    const r = report as Report2021;
    expect([r.edition, r.reportYear, r.agency.name]).toEqual(['2021', 2022, '某某县教育局']);
    expect(r.proactiveDisclosure.normativeDocuments).toEqual({ issued: 2, repealed: 1, inForce: 9 });
    expect(r.requests.outcomes.disclosed.total).toBe(51);
    expect(codes(findings).filter(notAbout)).toEqual([]);
  });

  it('whitespace-aligned PDF text: wrapped labels, split header words, page footers, vertical group label', () => {
    const body = [
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）     申请人情况',
      '自然人   法人或其他组织   总计',
      '商业 企业  科研机 构  社会公 益组织  法律服 务机构  其他',
      '一、本年新收政府信息公开申请数量   80  1  0  0  0  0  81',
      '二、上年结转政府信息公开申请数量   0  0  0  0  0  0  0',
      '三',
      '、',
      '本',
      '（一）予以公开   50  1  0  0  0  0  51',
      '年',
      '（二）部分公开（区分处理的，只计这一情',
      '形，不计其他情形）   3  0  0  0  0  0  3',
      '-3-',
      '度   （三）不予公开   1.属于国家秘密   0  0  0  0  0  0  0',
    ].join('\n');
    const { report, findings } = r2021(body);
    const r = report as Report2021;
    expect(r.requests.received).toEqual({
      naturalPerson: 80,
      commercialEnterprise: 1,
      researchInstitution: 0,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 81,
    });
    expect(r.requests.outcomes.disclosed.total).toBe(51);
    expect(r.requests.outcomes.partiallyDisclosed.naturalPerson).toBe(3);
    expect(r.requests.outcomes.withheld.stateSecret.total).toBe(0);
    expect(findings.filter((f) => notAbout(f.code) && f.code !== 'LABEL_VARIANT')).toEqual([]);
  });

  it('section 四: fifteen numbers on one line under an unreadable header', () => {
    const body =
      '三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n行政复 议 行政诉 讼 结果 维持 结果 纠正 ...\n0 1 0 0 1 2 0 0 0 2 0 0 0 1 1\n';
    const r = r2021(body).report as Report2021;
    expect(r.reviewLitigation).toEqual({
      review: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 2, corrected: 0, other: 0, pending: 0, total: 2 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
  });

  it('heading variants: 因…被申请行政复议、提起行政诉讼情况 and 政府信息公开工作存在的主要问题', () => {
    const text = `${head2021}三、收到和处理政府信息公开申请情况\n四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、政府信息公开工作存在的主要问题及改进情况\n问题。\n六、其他需要报告的事项\n无。`;
    const { report, findings } = parseReport(text);
    expect(report?.problems).toBe('问题。');
    expect(codes(findings)).not.toContain('SECTION_MISSING');
    expect((report as Report2021).reviewLitigation.review.total).toBe(0);
  });

  it('traditional script with converter swaps (檔案), pinyin annotations, full-width digits and punctuation', () => {
    const body = [
      '第二十條第（一）項',
      '信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數',
      '規章 | ０ | ０ | ３',
      '行政規範性檔案 | ２ | １ | ９',
      '三、收到和處(chù)理政府信息公開申請情況',
      '一、本年新收政府信息公開申請數量 | ８０ | １ | ０ | ０ | ０ | ０ | ８１',
    ].join('\n');
    const { report, findings } = r2021(body);
    const r = report as Report2021;
    expect(r.proactiveDisclosure.normativeDocuments).toEqual({ issued: 2, repealed: 1, inForce: 9 });
    expect(r.requests.received.total).toBe(81);
    expect(codes(findings).filter(notAbout)).toEqual([]);
  });

  it('half- and full-width ordinals, 1、 / 1．, straight or curly quotes', () => {
    const body = [
      '三、收到和处理政府信息公开申请情况',
      ...requests2021,
      '(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '(三)不予公开 | 1、属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '2．其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '3.危及"三安全一稳定" | 4 | 0 | 0 | 0 | 0 | 0 | 4',
    ].join('\n');
    const r = r2021(body).report as Report2021;
    expect(r.requests.outcomes.withheld.securityOrStability.total).toBe(4);
    expect(r.requests.outcomes.withheld.prohibitedByLaw.total).toBe(0);
  });

  it('typos and dropped characters in labels: rows found by order, labels only confirm', () => {
    const body = [
      '三、收到和处理政府信息公开申请情况',
      ...requests2021,
      '（二）部分公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '2.其他法律行政止公开 | 7 | 0 | 0 | 0 | 0 | 0 | 7',
    ].join('\n');
    const { report, findings } = r2021(body);
    expect((report as Report2021).requests.outcomes.withheld.prohibitedByLaw.total).toBe(7);
    expect(findings.filter((f) => f.code === 'LABEL_VARIANT').map((f) => f.line)).toContain(11);
  });

  it('placeholders /, -, —, 无 are not applicable; a blank cell stays blank', () => {
    const body = [
      '第二十条第（五）项',
      '信息内容 | 本年处理决定数量',
      '行政许可 | /',
      '第二十条第（六）项',
      '行政处罚 | —',
      '行政强制 | 无',
      '第二十条第（八）项',
      '行政事业性收费 | ',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 | 80 | - | 0 | 0 | 0 | 0 | 80',
    ].join('\n');
    const r = r2021(body).report as Report2021;
    expect([
      r.proactiveDisclosure.licensing.decisions,
      r.proactiveDisclosure.penalties.decisions,
      r.proactiveDisclosure.coercion.decisions,
      r.proactiveDisclosure.fees.amount,
    ]).toEqual(['NA', 'NA', 'NA', null]);
    expect(r.requests.received.commercialEnterprise).toBe('NA');
  });

  it('units inside cells: 251000元, 83万, 3802895.90元, and 0.092 in a 万元 column', () => {
    const money = (cell: string) => {
      const text = `某局2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n第二十条第（九）项\n信息内容 | 采购项目数量 | 采购总金额\n政府集中采购 | 3 | ${cell}\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项`;
      const { report, findings } = parseReport(text);
      const m = (report as Report2019).proactiveDisclosure.procurement.totalAmount;
      return [
        m !== null && m !== 'NA' ? `${m.amount.toFixed()}${m.unit}` : m,
        codes(findings).filter((c) => c === 'UNIT_ASSUMED'),
      ];
    };
    expect(money('251000元')).toEqual(['251000元', []]);
    expect(money('83万')).toEqual(['83万元', []]);
    expect(money('83萬')).toEqual(['83万元', []]);
    expect(money('3802895.90元')).toEqual(['3802895.9元', []]);
    expect(money('5000')).toEqual(['5000元', ['UNIT_ASSUMED']]);
    const fee = r2021('第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 0.092')
      .report as Report2021;
    const a = fee.proactiveDisclosure.fees.amount;
    expect(a !== null && a !== 'NA' && `${a.amount.toFixed()}${a.unit}`).toBe('0.092万元');
  });

  it('the old label 规范性文件 inside a 2021 report', () => {
    const { report, findings } = r2021(
      '第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 1\n规范性文件 | 5 | 0 | 6',
    );
    expect((report as Report2021).proactiveDisclosure.normativeDocuments.inForce).toBe(6);
    expect(findings.find((f) => f.code === 'LABEL_VARIANT')?.message.zh).toContain('规范性文件');
  });

  it('a 2021 report printing （六）其他处理 as one row: read as 3.其他 with items 1–2 as 0, and said so', () => {
    const { report, findings } = r2021(
      [
        '三、收到和处理政府信息公开申请情况',
        ...requests2021,
        '（六）其他处理 | 2 | 0 | 0 | 0 | 0 | 0 | 2',
        '（七）总计 | 52 | 1 | 0 | 0 | 0 | 0 | 53',
      ].join('\n'),
    );
    const r = report as Report2021;
    expect(Object.values(r.requests.outcomes.other.feeUnpaid).every((v) => v === 0)).toBe(true);
    expect(Object.values(r.requests.outcomes.other.amendmentOverdue).every((v) => v === 0)).toBe(true);
    expect(r.requests.outcomes.other.other).toEqual({
      naturalPerson: 2,
      commercialEnterprise: 0,
      researchInstitution: 0,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 2,
    });
    expect(r.requests.outcomes.total.total).toBe(53);
    const f = findings.find((x) => x.code === 'GROUP_AS_ROW');
    expect([f?.severity, f?.rows]).toEqual([
      'warning',
      ['outcomes.other.amendmentOverdue', 'outcomes.other.feeUnpaid', 'outcomes.other.other'],
    ]);
  });

  it('a group heading printed with numbers that cannot be apportioned: its items blank, said so', () => {
    const { report, findings } = r2021(
      [
        '三、收到和处理政府信息公开申请情况',
        ...requests2021,
        '（三）不予公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2',
        '（四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
      ].join('\n'),
    );
    const r = report as Report2021;
    expect(
      Object.values(r.requests.outcomes.withheld).every((row) => Object.values(row).every((v) => v === null)),
    ).toBe(true);
    expect(r.requests.outcomes.unavailable.notHeld.total).toBe(1);
    expect(codes(findings)).toContain('GROUP_WITH_VALUES');
  });

  it('provincial variants: annotated headers read, an added row reported and not read', () => {
    const text = `某局2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0\n规范性文件 | 1 | 1 | 2\n其他主动公开文件 | 9 | 9 | 9\n第二十条第（五）项\n信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减 | 处理决定数量\n行政许可 | 4 | -1 | 21\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项`;
    const { report, findings } = parseReport(text);
    const r = report as Report2019;
    expect(r.proactiveDisclosure.licensing).toEqual({ itemsLastYear: 4, change: -1, decisions: 21 });
    expect(findings.find((f) => f.code === 'ROW_NOT_RECOGNIZED')?.line).toBe(8);
  });

  it('digits run together: split by the row total when exactly one split fits', () => {
    const { report, findings } = r2021('三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量801000081');
    expect((report as Report2021).requests.received).toEqual({
      naturalPerson: 80,
      commercialEnterprise: 1,
      researchInstitution: 0,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 81,
    });
    expect(codes(findings)).toContain('DIGITS_SPLIT');
    // 10|1|0|0|0|0|11 and 1|0|10|0|0|0|11 both add up: left blank, both named.
    const amb = r2021('三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量101000011');
    const f = amb.findings.find((x) => x.code === 'DIGITS_AMBIGUOUS');
    expect(f?.candidates).toEqual([
      [1, 0, 10, 0, 0, 0, 11],
      [10, 1, 0, 0, 0, 0, 11],
    ]);
    expect((amb.report as Report2021).requests.received).toEqual({
      naturalPerson: null,
      commercialEnterprise: null,
      researchInstitution: null,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 11,
    });
    // Seven digits for seven cells have one reading only, though it breaks the row total: read, and said.
    const forced = r2021('三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量1010102');
    expect(forced.findings.find((x) => x.code === 'DIGITS_SPLIT')?.severity).toBe('warning');
    expect((forced.report as Report2021).requests.received.total).toBe(2);
  });

  it('every doubt is a finding with its line: a wrong number of values', () => {
    const { report, findings } = r2021(
      '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 80 | 1 | 0 | 0 | 0 | 81',
    );
    const f = findings.find((x) => x.code === 'VALUE_COUNT')!;
    expect([f.line, f.location?.row, f.message.en]).toEqual([
      6,
      'received',
      'Table III · 1. New requests received this year: expected 7 numbers, found 6; left blank',
    ]);
    expect((report as Report2021).requests.received.total).toBeNull();
  });

  it('a fraction or a unit in a count cell is refused, named and left blank', () => {
    const { report, findings } = r2021(
      '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 80.5 | 1 | 0 | 0 | 0 | 0 | 81元',
    );
    expect(findings.filter((f) => f.code === 'VALUE_INVALID').map((f) => f.location?.column)).toEqual([
      'naturalPerson',
      'total',
    ]);
    expect((report as Report2021).requests.received.naturalPerson).toBeNull();
  });

  it('nothing report-like: no report, one finding; never throws', () => {
    expect(parseReport('hello\nworld')).toEqual({ findings: [expect.objectContaining({ code: 'NO_REPORT_FOUND' })] });
    expect(parseReport(42 as never).findings[0]?.code).toBe('NO_REPORT_FOUND');
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void parseReport(s)));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...seedText.split('\n'), '| | 1 |', '0 0 0', '-3-', '三'), { maxLength: 60 }),
        (ls) => void parseReport(ls.join('\n')),
      ),
    );
  });
});

/** Prose that a published layout can carry: words on lines, none that looks like a heading or a table. */
const prose = fc
  .array(
    fc
      .array(fc.constantFrom('我局', '公开', '信息', '工作', '2024年', '，', '。', 'a', '1', '“', '”', '条'), {
        minLength: 1,
        maxLength: 12,
      })
      .map((w) => w.join('')),
    { maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));
const publishable = arbitraryReport().chain((r) =>
  fc.tuple(prose, prose, prose).map(([o, p, m]) => ({ ...r, overview: o, problems: p, otherMatters: m }) as Report),
);

describe('round trips', () => {
  it('parseReport(renderText(r)) gives back r, blank and not-applicable included', () => {
    fc.assert(
      fc.property(publishable, (r) => {
        const back = parseReport(renderText(r), { agency: r.agency, scope: r.scope });
        expect(back.findings).toEqual([]);
        expectSameReport(back.report!, r);
      }),
      { numRuns: 120 },
    );
  });

  it('parseReport(renderMarkdown(r)) gives back r', () => {
    fc.assert(
      fc.property(publishable, (r) => {
        const back = parseReport(renderMarkdown(r), { agency: r.agency, scope: r.scope });
        expect(back.findings).toEqual([]);
        expectSameReport(back.report!, r);
      }),
      { numRuns: 120 },
    );
  });

  it('fromCsv(toCsv(r)) gives back r, any prose included', () => {
    fc.assert(
      fc.property(arbitraryReport(), (r) => {
        const back = fromCsv(toCsv(r));
        if (!back.success) throw new Error(JSON.stringify(back.issues[0]));
        expectSameReport(back.report, r);
      }),
      { numRuns: 150 },
    );
  });

  it('the title carries the agency name and year', () => {
    const r = parseReport(renderText(seedReport)).report!;
    expect([r.agency.name, r.reportYear]).toEqual(['盐城市人力资源和社会保障局', 2020]);
  });
});

describe('text round trips of the header and prose (issue #15 F)', () => {
  const normal = (p: string) =>
    p
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
  const char = fc.constantFrom(...'某局市区县人民政府办公室（）()#-—/|、。，,. 1234567890ab⒮①年度报告公开'.split(''));
  const line = fc.array(char, { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
  const prose = fc
    .array(fc.oneof(line, fc.constant(''), fc.constant('   ')), { maxLength: 5 })
    .map((a) => a.join('\n'));
  // A name that starts with # reads as a Markdown heading's mark, one that starts with ⒮ as converter pinyin.
  const name = fc
    .array(char, { minLength: 1, maxLength: 70 })
    .map((a) => a.join('').trim())
    .filter((n) => n !== '' && !/^[#⒮]/.test(n));
  it('the agency name as printed (any length, brackets and circled numbers kept), prose lines trimmed with empty lines dropped', () => {
    fc.assert(
      fc.property(name, prose, prose, (agency, overview, problems) => {
        const r = { ...seedReport, agency: { name: agency }, overview, problems };
        const back = parseReport(renderText(r)).report;
        expect([back?.agency.name, back?.overview, back?.problems]).toEqual([
          agency,
          normal(overview),
          normal(problems),
        ]);
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });
});

describe('what a published text gives back (issue #14, 6)', () => {
  it('the agency name as printed, full-width brackets included; the level is not printed, so it is not read', () => {
    const r = { ...seedReport, agency: { name: '（未识别）', level: 'municipal' as const } };
    const back = parseReport(renderText(r)).report;
    expect(back?.agency).toEqual({ name: '（未识别）' });
    expect(parseReport(renderText(r), { agency: r.agency }).report?.agency).toEqual(r.agency);
  });
});
