/**
 * The parts of the national template that both editions print identically. Each edition file
 * composes its template from these and its own parts, so a label common to both is spelled once.
 */
import type { ColumnTemplate, RowTemplate, SectionTemplate } from './types.js';

// ── Prose sections ────────────────────────────────────────────────────────────────────────────

export const overviewSection = {
  key: 'overview',
  ordinal: '一',
  ordinalEn: 'I',
  heading: '一、总体情况',
  headingEn: 'I. Overview',
  kind: 'prose',
} as const satisfies SectionTemplate;

export const problemsSection = {
  key: 'problems',
  ordinal: '五',
  ordinalEn: 'V',
  heading: '五、存在的主要问题及改进情况',
  headingEn: 'V. Main problems and improvements',
  kind: 'prose',
} as const satisfies SectionTemplate;

export const otherMattersSection = {
  key: 'otherMatters',
  ordinal: '六',
  ordinalEn: 'VI',
  heading: '六、其他需要报告的事项',
  headingEn: 'VI. Other matters to report',
  kind: 'prose',
} as const satisfies SectionTemplate;

// ── Section 二: pieces common to both editions ───────────────────────────────────────────────

export const proactiveDisclosureHeading = {
  key: 'proactiveDisclosure',
  ordinal: '二',
  ordinalEn: 'II',
  heading: '二、主动公开政府信息情况',
  headingEn: 'II. Proactive disclosure of government information',
  kind: 'table',
} as const;

export const INFO_CONTENT = '信息内容';

export const article20Item1 = { caption: '第二十条第（一）项', captionEn: 'Article 20 (1)' } as const;
export const article20Item5 = { caption: '第二十条第（五）项', captionEn: 'Article 20 (5)' } as const;
export const article20Item6 = { caption: '第二十条第（六）项', captionEn: 'Article 20 (6)' } as const;
export const article20Item8 = { caption: '第二十条第（八）项', captionEn: 'Article 20 (8)' } as const;

export const regulationsRow = {
  key: 'regulations',
  label: '规章',
  labelEn: 'Regulations (rules)',
} as const satisfies RowTemplate;
export const licensingRow = {
  key: 'licensing',
  label: '行政许可',
  labelEn: 'Administrative licensing',
} as const satisfies RowTemplate;
export const penaltiesRow = {
  key: 'penalties',
  label: '行政处罚',
  labelEn: 'Administrative penalties',
} as const satisfies RowTemplate;
export const coercionRow = {
  key: 'coercion',
  label: '行政强制',
  labelEn: 'Administrative coercion',
} as const satisfies RowTemplate;
export const feesRow = {
  key: 'fees',
  label: '行政事业性收费',
  labelEn: 'Administrative fees',
} as const satisfies RowTemplate;

// ── Section 三 ────────────────────────────────────────────────────────────────────────────────

const organisation = {
  key: 'organization',
  label: '法人或其他组织',
  labelEn: 'Legal persons or other organisations',
} as const;

/** The seven applicant columns of section 三; there is no subtotal column for 法人或其他组织. */
export const applicantColumns = [
  { key: 'naturalPerson', label: '自然人', labelEn: 'Natural persons', kind: 'count' },
  {
    key: 'commercialEnterprise',
    label: '商业企业',
    labelEn: 'Commercial enterprises',
    kind: 'count',
    group: organisation,
  },
  {
    key: 'researchInstitution',
    label: '科研机构',
    labelEn: 'Research institutions',
    kind: 'count',
    group: organisation,
  },
  {
    key: 'publicInterestOrganization',
    label: '社会公益组织',
    labelEn: 'Public-interest organisations',
    kind: 'count',
    group: organisation,
  },
  {
    key: 'legalServiceAgency',
    label: '法律服务机构',
    labelEn: 'Legal service agencies',
    kind: 'count',
    group: organisation,
  },
  { key: 'otherOrganization', label: '其他', labelEn: 'Other organisations', kind: 'count', group: organisation },
  { key: 'total', label: '总计', labelEn: 'Total', kind: 'count', role: 'total' },
] as const satisfies readonly ColumnTemplate[];

export const requestsHeading = {
  key: 'requests',
  ordinal: '三',
  ordinalEn: 'III',
  heading: '三、收到和处理政府信息公开申请情况',
  headingEn: 'III. Requests for government information received and handled',
  kind: 'table',
  header: '申请人情况',
  balance: {
    left: ['received', 'carriedOver'],
    right: ['outcomes.total', 'carriedForward'],
    note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  },
} as const;

export const receivedRow = {
  key: 'received',
  label: '一、本年新收政府信息公开申请数量',
  labelEn: '1. New requests received this year',
} as const satisfies RowTemplate;
export const carriedOverRow = {
  key: 'carriedOver',
  label: '二、上年结转政府信息公开申请数量',
  labelEn: '2. Requests carried over from the previous year',
} as const satisfies RowTemplate;
export const carriedForwardRow = {
  key: 'carriedForward',
  label: '四、结转下年度继续办理',
  labelEn: '4. Carried forward to the next year',
  basis: '第三十三条',
} as const satisfies RowTemplate;

export const outcomesGroup = {
  key: 'outcomes',
  label: '三、本年度办理结果',
  labelEn: '3. Outcomes this year',
} as const;

export const disclosedRow = {
  key: 'disclosed',
  label: '（一）予以公开',
  labelEn: '(1) Disclosed',
  basis: '第三十六条第（一）、（二）项',
} as const satisfies RowTemplate;
export const partiallyDisclosedRow = {
  key: 'partiallyDisclosed',
  label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  labelEn: '(2) Partially disclosed (counted here only, not under any other outcome)',
  basis: '第三十七条',
} as const satisfies RowTemplate;

export const withheldRow = {
  key: 'withheld',
  label: '（三）不予公开',
  labelEn: '(3) Withheld',
  children: [
    { key: 'stateSecret', label: '1.属于国家秘密', labelEn: '1. State secret', basis: '第十四条' },
    {
      key: 'prohibitedByLaw',
      label: '2.其他法律行政法规禁止公开',
      labelEn: '2. Disclosure prohibited by other laws or administrative regulations',
      basis: '第十四条',
    },
    {
      key: 'securityOrStability',
      label: '3.危及“三安全一稳定”',
      labelEn: '3. Would endanger national, public or economic security or social stability',
      basis: '第十四条',
    },
    {
      key: 'thirdPartyRights',
      label: '4.保护第三方合法权益',
      labelEn: "4. Protection of third parties' lawful rights",
      basis: '第十五条',
    },
    {
      key: 'internalAffairs',
      label: '5.属于三类内部事务信息',
      labelEn: '5. Internal affairs information (three kinds)',
      basis: '第十六条第一款',
    },
    {
      key: 'deliberative',
      label: '6.属于四类过程性信息',
      labelEn: '6. Deliberative process information (four kinds)',
      basis: '第十六条第二款',
    },
    {
      key: 'enforcementFile',
      label: '7.属于行政执法案卷',
      labelEn: '7. Administrative enforcement case file',
      basis: '第十六条第二款',
    },
    {
      key: 'registryQuery',
      label: '8.属于行政查询事项',
      labelEn: '8. Administrative registry query',
      basis: '第三十六条第（七）项',
    },
  ],
} as const satisfies RowTemplate;

export const unavailableRow = {
  key: 'unavailable',
  label: '（四）无法提供',
  labelEn: '(4) Cannot be provided',
  children: [
    {
      key: 'notHeld',
      label: '1.本机关不掌握相关政府信息',
      labelEn: '1. Information not held by this body',
      basis: '第三十六条第（四）、（五）项',
    },
    {
      key: 'wouldRequireCreation',
      label: '2.没有现成信息需要另行制作',
      labelEn: '2. No existing information; would have to be created',
      basis: '第三十八条',
    },
    {
      key: 'unclearAfterAmendment',
      label: '3.补正后申请内容仍不明确',
      labelEn: '3. Request still unclear after amendment',
      basis: '第三十条',
    },
  ],
} as const satisfies RowTemplate;

export const notProcessedRow = {
  key: 'notProcessed',
  label: '（五）不予处理',
  labelEn: '(5) Not processed',
  children: [
    {
      key: 'petitionOrComplaint',
      label: '1.信访举报投诉类申请',
      labelEn: '1. Petition, report or complaint',
      basis: '第三十九条第一款',
    },
    { key: 'duplicate', label: '2.重复申请', labelEn: '2. Duplicate request', basis: '第三十六条第（六）项' },
    {
      key: 'publication',
      label: '3.要求提供公开出版物',
      labelEn: '3. Request for a public publication',
      basis: '第三十九条第二款',
    },
    {
      key: 'excessive',
      label: '4.无正当理由大量反复申请',
      labelEn: '4. Numerous repeated requests without good reason',
      basis: '第三十五条',
    },
    {
      key: 'confirmationOrReissue',
      label: '5.要求行政机关确认或重新出具已获取信息',
      labelEn: '5. Request to confirm or re-issue information already obtained',
    },
  ],
} as const satisfies RowTemplate;

export const otherLabel = { key: 'other', label: '（六）其他处理', labelEn: '(6) Other handling' } as const;

export const outcomesTotalRow = {
  key: 'total',
  label: '（七）总计',
  labelEn: '(7) Total',
  role: 'total',
} as const satisfies RowTemplate;

// ── Section 四: identical in both editions ────────────────────────────────────────────────────

const litigation = { key: 'litigation', label: '行政诉讼', labelEn: 'Administrative litigation' } as const;

export const reviewLitigationSection = {
  key: 'reviewLitigation',
  ordinal: '四',
  ordinalEn: 'IV',
  heading: '四、政府信息公开行政复议、行政诉讼情况',
  headingEn: 'IV. Administrative review and litigation concerning open government information',
  kind: 'table',
  blocks: [
    {
      key: 'reviewLitigation',
      rowsAcross: true,
      columns: [
        { key: 'upheld', label: '结果维持', labelEn: 'Upheld', kind: 'count' },
        { key: 'corrected', label: '结果纠正', labelEn: 'Corrected', kind: 'count' },
        { key: 'other', label: '其他结果', labelEn: 'Other result', kind: 'count' },
        { key: 'pending', label: '尚未审结', labelEn: 'Pending', kind: 'count' },
        { key: 'total', label: '总计', labelEn: 'Total', kind: 'count', role: 'total' },
      ],
      rows: [
        { key: 'review', label: '行政复议', labelEn: 'Administrative review' },
        {
          key: 'litigationDirect',
          label: '未经复议直接起诉',
          labelEn: 'Sued directly, without review',
          group: litigation,
        },
        { key: 'litigationAfterReview', label: '复议后起诉', labelEn: 'Sued after review', group: litigation },
      ],
    },
  ],
} as const satisfies SectionTemplate;
