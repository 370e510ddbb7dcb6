/**
 * Edition 2019: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, report years 2019 and 2020.
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

const itemColumns = [
  { key: 'itemsLastYear', label: '上一年项目数量', labelEn: 'Items in the previous year', kind: 'count' },
  { key: 'change', label: '本年增/减', labelEn: 'Change this year', kind: 'signed' },
] as const;

const decisionsColumn = { key: 'decisions', label: '处理决定数量', labelEn: 'Decisions made', kind: 'count' } as const;

/**
 * The 2019 trial edition of the national template, as data.
 * @category Template
 */
export const edition2019 = {
  edition: '2019',
  title: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  issuedBy: '国办公开办函〔2019〕60号',
  firstYear: 2019,
  lastYear: 2020,
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
            { key: 'madeThisYear', label: '本年新制作数量', labelEn: 'Made this year', kind: 'count' },
            { key: 'publishedThisYear', label: '本年新公开数量', labelEn: 'Published this year', kind: 'count' },
            { key: 'publishedTotal', label: '对外公开总数量', labelEn: 'Published in total', kind: 'count' },
          ],
          rows: [regulationsRow, { key: 'normativeDocuments', label: '规范性文件', labelEn: 'Normative documents' }],
        },
        {
          key: 'article20Item5',
          ...article20Item5,
          labelHeader: INFO_CONTENT,
          columns: [...itemColumns, decisionsColumn],
          rows: [
            licensingRow,
            { key: 'otherServices', label: '其他对外管理服务事项', labelEn: 'Other external management services' },
          ],
        },
        {
          key: 'article20Item6',
          ...article20Item6,
          labelHeader: INFO_CONTENT,
          columns: [...itemColumns, decisionsColumn],
          rows: [penaltiesRow, coercionRow],
        },
        {
          key: 'article20Item8',
          ...article20Item8,
          labelHeader: INFO_CONTENT,
          columns: itemColumns,
          rows: [feesRow],
        },
        {
          key: 'article20Item9',
          caption: '第二十条第（九）项',
          captionEn: 'Article 20 (9)',
          labelHeader: INFO_CONTENT,
          columns: [
            { key: 'projects', label: '采购项目数量', labelEn: 'Procurement projects', kind: 'count' },
            { key: 'totalAmount', label: '采购总金额', labelEn: 'Total procurement amount', kind: 'money' },
          ],
          rows: [{ key: 'procurement', label: '政府集中采购', labelEn: 'Centralised government procurement' }],
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
                otherLabel,
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
