/**
 * Edition 2021: 《中华人民共和国政府信息公开工作年度报告格式》, report years 2021 onward.
 */
import {
  INFO_CONTENT,
  applicantColumns,
  article20Item1,
  article20Item5,
  article20Item6,
  article20Item8,
  carriedForwardRow,
  carriedOverRow,
  coercionRow,
  disclosedRow,
  feesRow,
  licensingRow,
  notProcessedRow,
  otherLabel,
  otherMattersSection,
  outcomesGroup,
  outcomesTotalRow,
  overviewSection,
  partiallyDisclosedRow,
  penaltiesRow,
  proactiveDisclosureHeading,
  problemsSection,
  receivedRow,
  regulationsRow,
  requestsHeading,
  reviewLitigationSection,
  unavailableRow,
  withheldRow,
} from './shared.js';
import type { EditionTemplate } from './types.js';

const decisionsColumn = {
  key: 'decisions',
  label: '本年处理决定数量',
  labelEn: 'Decisions made this year',
  kind: 'count',
} as const;

/**
 * The 2021 edition of the national template, as data.
 * @category Template
 */
export const edition2021 = {
  edition: '2021',
  title: '中华人民共和国政府信息公开工作年度报告格式',
  issuedBy: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  sections: [
    overviewSection,
    {
      ...proactiveDisclosureHeading,
      blocks: [
        {
          key: 'article20Item1',
          ...article20Item1,
          labelHeader: INFO_CONTENT,
          columns: [
            { key: 'issued', label: '本年制发件数', labelEn: 'Issued this year', kind: 'count' },
            { key: 'repealed', label: '本年废止件数', labelEn: 'Repealed this year', kind: 'count' },
            { key: 'inForce', label: '现行有效件数', labelEn: 'In force', kind: 'count' },
          ],
          rows: [
            regulationsRow,
            { key: 'normativeDocuments', label: '行政规范性文件', labelEn: 'Administrative normative documents' },
          ],
        },
        {
          key: 'article20Item5',
          ...article20Item5,
          labelHeader: INFO_CONTENT,
          columns: [decisionsColumn],
          rows: [licensingRow],
        },
        {
          key: 'article20Item6',
          ...article20Item6,
          labelHeader: INFO_CONTENT,
          columns: [decisionsColumn],
          rows: [penaltiesRow, coercionRow],
        },
        {
          key: 'article20Item8',
          ...article20Item8,
          labelHeader: INFO_CONTENT,
          columns: [
            {
              key: 'amount',
              label: '本年收费金额（单位：万元）',
              labelEn: 'Fees collected this year (10,000 yuan)',
              kind: 'money',
              unit: '万元',
            },
          ],
          rows: [feesRow],
        },
      ],
    },
    {
      ...requestsHeading,
      blocks: [
        {
          key: 'requests',
          columns: applicantColumns,
          rows: [
            receivedRow,
            carriedOverRow,
            {
              ...outcomesGroup,
              children: [
                disclosedRow,
                partiallyDisclosedRow,
                withheldRow,
                unavailableRow,
                notProcessedRow,
                {
                  ...otherLabel,
                  children: [
                    {
                      key: 'amendmentOverdue',
                      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
                      labelEn: '1. Applicant failed to amend in time without good reason; no longer processed',
                      basis: '第三十条',
                    },
                    {
                      key: 'feeUnpaid',
                      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
                      labelEn: '2. Applicant did not pay the fee in time; no longer processed',
                      basis: '第四十二条',
                    },
                    { key: 'other', label: '3.其他', labelEn: '3. Other' },
                  ],
                },
                outcomesTotalRow,
              ],
            },
            carriedForwardRow,
          ],
        },
      ],
    },
    reviewLitigationSection,
    problemsSection,
    otherMattersSection,
  ],
} as const satisfies EditionTemplate;
