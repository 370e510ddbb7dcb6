/** Registers from the real world: the form's own words instead of keys, in any script and width. */
import { describe, expect, it } from 'vitest';
import {
  editions,
  layoutOf,
  requestCaseSchema,
  reviewLitigationCaseSchema,
  tallyRequests,
  tallyReviewLitigation,
  type RequestCase,
  type ReviewLitigationCase,
} from '../../src/index.js';
import { expectSameReport } from '../helpers.js';
import { toTraditional } from '../../src/parse/normalize.js';
import { readTerm } from '../../src/build/vocabulary.js';

/** Full-width ASCII and brackets, as some spreadsheets export them. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// A keyed register of 2023 (edition 2021), and the words a spreadsheet would hold for each key.
const keyed: RequestCase<'2021'>[] = [
  ['naturalPerson', '2023-01-05', 'disclosed', '2023-01-20'],
  ['naturalPerson', '2022-12-20', 'partiallyDisclosed', '2023-01-10'],
  ['commercialEnterprise', '2023-02-01', 'withheld.stateSecret', '2023-02-15'],
  ['researchInstitution', '2023-03-01', 'withheld.thirdPartyRights', '2023-03-18'],
  ['publicInterestOrganization', '2023-03-09', 'unavailable.notHeld', '2023-03-30'],
  ['legalServiceAgency', '2023-04-02', 'notProcessed.duplicate', '2023-04-10'],
  ['otherOrganization', '2023-04-11', 'other.feeUnpaid', '2023-05-20'],
  ['naturalPerson', '2023-05-01', 'withheld.deliberative', '2023-05-21'],
  ['naturalPerson', '2023-05-03', 'notProcessed.petitionOrComplaint', '2023-05-09'],
  ['legalServiceAgency', '2023-06-01', 'unavailable.wouldRequireCreation', '2023-06-25'],
  ['commercialEnterprise', '2023-06-15', 'disclosed', '2023-06-30'],
  ['naturalPerson', '2023-07-01', 'withheld.prohibitedByLaw', '2023-07-19'],
  ['naturalPerson', '2023-07-04', 'unavailable.unclearAfterAmendment', '2023-08-01'],
  ['researchInstitution', '2023-08-08', 'notProcessed.publication', '2023-08-28'],
  ['otherOrganization', '2023-09-01', 'other.amendmentOverdue', '2023-10-15'],
  ['naturalPerson', '2023-09-12', 'withheld.securityOrStability', '2023-09-30'],
  ['naturalPerson', '2023-10-01', 'withheld.internalAffairs', '2023-10-20'],
  ['legalServiceAgency', '2023-10-09', 'withheld.enforcementFile', '2023-10-29'],
  ['naturalPerson', '2023-11-02', 'withheld.registryQuery', '2023-11-20'],
  ['publicInterestOrganization', '2023-11-20', 'notProcessed.excessive', '2023-12-05'],
  ['naturalPerson', '2023-12-01', 'notProcessed.confirmationOrReissue', '2023-12-18'],
  ['naturalPerson', '2023-12-28', undefined, undefined],
  ['commercialEnterprise', '2023-12-30', undefined, undefined],
].map(([applicant, received, outcome, closed], i) => ({
  id: `R-${i + 1}`,
  applicant,
  received,
  ...(outcome && { outcome, closed }),
})) as RequestCase<'2021'>[];

const applicantWords: Record<string, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '法人或其他组织-商业企业',
  researchInstitution: '科研机构',
  publicInterestOrganization: '社会公益组织',
  legalServiceAgency: '法律服务机构',
  otherOrganization: '其他',
};
const outcomeWords: Record<string, string> = {
  disclosed: '（一）予以公开',
  partiallyDisclosed: '部分公开（区分处理的，只计这一情形，不计其他情形）',
  'withheld.stateSecret': '属于国家秘密',
  'withheld.thirdPartyRights': '不予公开 4.保护第三方合法权益',
  'unavailable.notHeld': '本机关不掌握相关政府信息',
  'notProcessed.duplicate': '2.重复申请',
  'other.feeUnpaid': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'withheld.deliberative': '属于四类过程性信息',
  'notProcessed.petitionOrComplaint': '信访举报投诉类申请',
  'unavailable.wouldRequireCreation': '没有现成信息需要另行制作',
  'withheld.prohibitedByLaw': '其他法律行政法规禁止公开',
  'unavailable.unclearAfterAmendment': '补正后申请内容仍不明确',
  'notProcessed.publication': '要求提供公开出版物',
  'other.amendmentOverdue': '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'withheld.securityOrStability': '危及“三安全一稳定”',
  'withheld.internalAffairs': '属于三类内部事务信息',
  'withheld.enforcementFile': '属于行政执法案卷',
  'withheld.registryQuery': '属于行政查询事项',
  'notProcessed.excessive': '无正当理由大量反复申请',
  'notProcessed.confirmationOrReissue': '要求行政机关确认或重新出具已获取信息',
};
// Every third row in traditional script, every fourth full-width: as registers come.
const variant = (i: number, s: string) => (i % 3 === 1 ? toTraditional(s) : i % 4 === 2 ? fullWidth(s) : s);
const worded = keyed.map((c, i) => ({
  ...c,
  applicant: variant(i, applicantWords[c.applicant] as string),
  ...(c.outcome && { outcome: variant(i, outcomeWords[c.outcome] as string) }),
}));

describe('a register in the form’s own words', () => {
  it('tallies to the same report as its keyed twin (23 rows; traditional and full-width included)', () => {
    expect(worded.length).toBeGreaterThanOrEqual(20);
    expect(worded.some((c) => /[屬開請於]/.test(`${c.applicant}${c.outcome ?? ''}`))).toBe(true);
    expect(worded.some((c) => /[０-９（）]/.test(`${c.applicant}${c.outcome ?? ''}`))).toBe(true);
    const a = tallyRequests(keyed, { reportYear: 2023, agency: { name: '某局' } });
    const b = tallyRequests(worded as unknown[], { reportYear: 2023, agency: { name: '某局' } });
    expect(a.success && b.success).toBe(true);
    if (a.success && b.success) expectSameReport(b.report, a.report);
  });

  it('review and litigation in the form’s words', () => {
    const cases: ReviewLitigationCase[] = [
      { id: 'F-1', kind: 'review', filed: '2023-02-01', result: 'corrected', decided: '2023-04-01' },
      { id: 'F-2', kind: 'litigationDirect', filed: '2023-03-01' },
      { id: 'F-3', kind: 'litigationAfterReview', filed: '2023-05-01', result: 'upheld', decided: '2023-09-01' },
    ];
    const words = [
      { id: 'F-1', kind: '行政復議', filed: '2023-02-01', result: '结果纠正', decided: '2023-04-01' },
      { id: 'F-2', kind: '行政诉讼 未经复议直接起诉', filed: '2023-03-01' },
      { id: 'F-3', kind: '复议后起诉', filed: '2023-05-01', result: '結果維持', decided: '2023-09-01' },
    ];
    const a = tallyReviewLitigation(cases, { reportYear: 2023 });
    const b = tallyReviewLitigation(words, { reportYear: 2023 });
    expect(a.success && b.success && b.report.reviewLitigation).toEqual(a.success && a.report.reviewLitigation);
  });

  it('a word that is not the form’s, or names an outcome of the other edition, is a coded issue', () => {
    const r = tallyRequests(
      [
        { id: 'x', applicant: '路人甲', received: '2023-01-01' },
        {
          id: 'y',
          applicant: '自然人',
          received: '2023-01-01',
          outcome: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          closed: '2023-02-01',
        },
      ],
      { reportYear: 2020 },
    );
    expect(r.success === false && r.issues.map((i) => [i.code, i.caseId])).toEqual([
      ['UNKNOWN_APPLICANT', 'x'],
      ['OUTCOME_NOT_IN_EDITION', 'y'],
    ]);
  });

  it('the case schemas: keys or the form’s words pass; anything else is named', () => {
    expect(requestCaseSchema.safeParse(worded[1]).success).toBe(true);
    expect(requestCaseSchema.safeParse({ id: 'a', applicant: '路人甲', received: '2023-01-01' }).success).toBe(false);
    expect(requestCaseSchema.safeParse({ id: 'a', applicant: '自然人', received: '1/1/2023' }).success).toBe(false);
    expect(
      reviewLitigationCaseSchema.safeParse({
        id: 'F',
        kind: '复议后起诉',
        filed: '2023-05-01',
        result: '其他结果',
        decided: '2023-06-01',
      }).success,
    ).toBe(true);
    expect(reviewLitigationCaseSchema.safeParse({ id: 'F', kind: '上诉', filed: '2023-05-01' }).success).toBe(false);
  });
});

describe('the vocabulary comes from the template', () => {
  it.each(editions)(
    'edition %s: every outcome row, applicant column, review row and result reads back to its key, in both scripts',
    (edition) => {
      const layout = layoutOf(edition);
      for (const r of layout.outcomeRows) {
        const key = r.path.slice('outcomes.'.length);
        const group = r.ancestors[1]?.label ?? '';
        for (const words of [r.row.label, `${group}${r.row.label}`, toTraditional(r.row.label), key])
          expect([words, readTerm(edition, 'outcome', words).key]).toEqual([words, key]);
      }
      for (const c of layout.applicantColumns)
        for (const words of [c.label, toTraditional(c.label), c.key])
          expect(readTerm(edition, 'applicant', words).key).toBe(c.key);
      for (const r of layout.rows.filter((x) => x.block.rowsAcross))
        expect(readTerm(edition, 'kind', r.row.label).key).toBe(r.row.key);
      expect(readTerm(edition, 'result', '其他结果').key).toBe('other');
      expect(readTerm(edition, 'result', '尚未审结').key).toBeUndefined(); // pending is not a decision
    },
  );
});
