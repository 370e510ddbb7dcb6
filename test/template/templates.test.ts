import { describe, expect, it } from 'vitest';
import { layoutOf, templates, type Edition, editions } from '../../src/index.js';
import { edition2019 } from '../../src/template/edition2019.js';
import { edition2021 } from '../../src/template/edition2021.js';

// The spec's text (report-format.md), copied here as the independent reference the templates must match.
const requestColumns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const requestRowsShared = [
  ['received', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['outcomes.disclosed', '（一）予以公开'],
  ['outcomes.partiallyDisclosed', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['outcomes.withheld.stateSecret', '1.属于国家秘密'],
  ['outcomes.withheld.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
  ['outcomes.withheld.securityOrStability', '3.危及“三安全一稳定”'],
  ['outcomes.withheld.thirdPartyRights', '4.保护第三方合法权益'],
  ['outcomes.withheld.internalAffairs', '5.属于三类内部事务信息'],
  ['outcomes.withheld.deliberative', '6.属于四类过程性信息'],
  ['outcomes.withheld.enforcementFile', '7.属于行政执法案卷'],
  ['outcomes.withheld.registryQuery', '8.属于行政查询事项'],
  ['outcomes.unavailable.notHeld', '1.本机关不掌握相关政府信息'],
  ['outcomes.unavailable.wouldRequireCreation', '2.没有现成信息需要另行制作'],
  ['outcomes.unavailable.unclearAfterAmendment', '3.补正后申请内容仍不明确'],
  ['outcomes.notProcessed.petitionOrComplaint', '1.信访举报投诉类申请'],
  ['outcomes.notProcessed.duplicate', '2.重复申请'],
  ['outcomes.notProcessed.publication', '3.要求提供公开出版物'],
  ['outcomes.notProcessed.excessive', '4.无正当理由大量反复申请'],
  ['outcomes.notProcessed.confirmationOrReissue', '5.要求行政机关确认或重新出具已获取信息'],
];
const requestRows: Record<Edition, string[][]> = {
  '2019': [
    ...requestRowsShared,
    ['outcomes.other', '（六）其他处理'],
    ['outcomes.total', '（七）总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ],
  '2021': [
    ...requestRowsShared,
    ['outcomes.other.amendmentOverdue', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['outcomes.other.feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['outcomes.other.other', '3.其他'],
    ['outcomes.total', '（七）总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ],
};
const groups = {
  outcomes: '三、本年度办理结果',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
};

const proactive: Record<Edition, [caption: string, rows: [string, string][], columns: [string, string][]][]> = {
  '2019': [
    [
      '第二十条第（一）项',
      [
        ['regulations', '规章'],
        ['normativeDocuments', '规范性文件'],
      ],
      [
        ['madeThisYear', '本年新制作数量'],
        ['publishedThisYear', '本年新公开数量'],
        ['publishedTotal', '对外公开总数量'],
      ],
    ],
    [
      '第二十条第（五）项',
      [
        ['licensing', '行政许可'],
        ['otherServices', '其他对外管理服务事项'],
      ],
      [
        ['itemsLastYear', '上一年项目数量'],
        ['change', '本年增/减'],
        ['decisions', '处理决定数量'],
      ],
    ],
    [
      '第二十条第（六）项',
      [
        ['penalties', '行政处罚'],
        ['coercion', '行政强制'],
      ],
      [
        ['itemsLastYear', '上一年项目数量'],
        ['change', '本年增/减'],
        ['decisions', '处理决定数量'],
      ],
    ],
    [
      '第二十条第（八）项',
      [['fees', '行政事业性收费']],
      [
        ['itemsLastYear', '上一年项目数量'],
        ['change', '本年增/减'],
      ],
    ],
    [
      '第二十条第（九）项',
      [['procurement', '政府集中采购']],
      [
        ['projects', '采购项目数量'],
        ['totalAmount', '采购总金额'],
      ],
    ],
  ],
  '2021': [
    [
      '第二十条第（一）项',
      [
        ['regulations', '规章'],
        ['normativeDocuments', '行政规范性文件'],
      ],
      [
        ['issued', '本年制发件数'],
        ['repealed', '本年废止件数'],
        ['inForce', '现行有效件数'],
      ],
    ],
    ['第二十条第（五）项', [['licensing', '行政许可']], [['decisions', '本年处理决定数量']]],
    [
      '第二十条第（六）项',
      [
        ['penalties', '行政处罚'],
        ['coercion', '行政强制'],
      ],
      [['decisions', '本年处理决定数量']],
    ],
    ['第二十条第（八）项', [['fees', '行政事业性收费']], [['amount', '本年收费金额（单位：万元）']]],
  ],
};

const headings = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const sectionKeys = ['overview', 'proactiveDisclosure', 'requests', 'reviewLitigation', 'problems', 'otherMatters'];

describe.each(editions)('edition %s template', (edition) => {
  const layout = layoutOf(edition);
  const count = (section: string) => layout.cells.filter((c) => c.section.key === section).length;

  it('has exactly the cells of the spec', () => {
    const expected = edition === '2019' ? [22, 161, 15] : [10, 175, 15];
    expect([count('proactiveDisclosure'), count('requests'), count('reviewLitigation')]).toEqual(expected);
  });

  it('prints the six section headings in order', () => {
    expect(templates[edition].sections.map((s) => s.heading)).toEqual(headings);
    expect(templates[edition].sections.map((s) => s.key)).toEqual(sectionKeys);
  });

  it('prints section 二 captions, rows and columns exactly as the spec', () => {
    const blocks = layout.tableSections[0]!.blocks;
    expect(
      blocks.map((b) => [b.caption, b.rows.map((r) => [r.key, r.label]), b.columns.map((c) => [c.key, c.label])]),
    ).toEqual(proactive[edition]);
    for (const b of blocks) expect(b.labelHeader).toBe('信息内容');
  });

  it('prints section 三 rows (in order) and columns exactly as the spec', () => {
    const rows = layout.rows.filter((r) => r.section.key === 'requests');
    expect(rows.map((r) => [r.path, r.row.label])).toEqual(requestRows[edition]);
    const block = layout.tableSections[1]!.blocks[0]!;
    expect(block.columns.map((c) => c.label)).toEqual(requestColumns);
    expect(block.columns.filter((c) => c.group).map((c) => c.group?.label)).toEqual(Array(5).fill('法人或其他组织'));
    for (const r of rows)
      for (const a of r.ancestors) expect(a.label).toBe(groups[a.key as keyof typeof groups] ?? '（六）其他处理');
    expect(layout.tableSections[1]!.balance?.note).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
  });

  it('prints section 四 as three blocks of five columns', () => {
    const cells = layout.cells.filter((c) => c.section.key === 'reviewLitigation');
    expect(cells.map((c) => c.key)).toEqual(
      ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((r) =>
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviewLitigation.${r}.${c}`),
      ),
    );
    expect([...new Set(cells.map((c) => c.column.label))]).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
    expect([...new Set(cells.map((c) => (c.row.group ? `${c.row.group.label}›${c.row.label}` : c.row.label)))]).toEqual(
      ['行政复议', '行政诉讼›未经复议直接起诉', '行政诉讼›复议后起诉'],
    );
  });

  it('gives every row and column an English label and every cell a unique key', () => {
    for (const c of layout.cells) {
      expect(c.row.labelEn).not.toBe('');
      expect(c.column.labelEn).not.toBe('');
    }
    expect(new Set(layout.cells.map((c) => c.key)).size).toBe(layout.cells.length);
  });
});

describe('value kinds', () => {
  it('marks 本年增/减 signed, procurement and fees money, everything else count', () => {
    const kinds = (e: Edition) =>
      Object.fromEntries(
        layoutOf(e)
          .cells.filter((c) => c.column.kind !== 'count')
          .map((c) => [c.key, c.column.kind]),
      );
    expect(kinds('2019')).toEqual({
      'proactiveDisclosure.licensing.change': 'signed',
      'proactiveDisclosure.otherServices.change': 'signed',
      'proactiveDisclosure.penalties.change': 'signed',
      'proactiveDisclosure.coercion.change': 'signed',
      'proactiveDisclosure.fees.change': 'signed',
      'proactiveDisclosure.procurement.totalAmount': 'money',
    });
    expect(kinds('2021')).toEqual({ 'proactiveDisclosure.fees.amount': 'money' });
    expect(edition2021.sections[1].blocks[3].columns[0].unit).toBe('万元');
  });

  it('records the issuing documents and year ranges', () => {
    expect([edition2019.issuedBy, edition2019.firstYear, edition2019.lastYear]).toEqual([
      '国办公开办函〔2019〕60号',
      2019,
      2020,
    ]);
    expect([edition2021.issuedBy, edition2021.firstYear]).toEqual(['国办公开办函〔2021〕30号', 2021]);
  });
});
