import { fillTotals } from '../build/fillTotals.js';
import { emptyReport } from '../build/emptyReport.js';
import { setCells, type CellUpdates } from '../build/setCell.js';
import { setSection } from '../build/setRow.js';
import { tallyRequests, type RequestCase } from '../build/tallyRequests.js';
import { tallyReviewLitigation } from '../build/tallyReviewLitigation.js';
import { money } from '../model/money.js';
import type { Report2019, Report2021 } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import type { Edition } from '../template/types.js';

/** Zero in every 2019 cell whose key starts with `prefix`. */
const zeros = (prefix: string): CellUpdates<Report2019> =>
  Object.fromEntries(
    layoutOf('2019')
      .cells.filter((c) => c.key.startsWith(prefix))
      .map((c) => [c.key, 0]),
  );

/**
 * The seed report's figures as published (盐城市人力资源和社会保障局, 2020, edition 2019), built with the
 * model: section 三 damaged as printed — outcome rows （一）–（五） and 四、结转 blank, （七）总计 26 | 0 | … | 0.
 * `checkReport` finds R3 broken on （七）总计 and R1 broken in the 自然人 column.
 * @category Testing
 */
export const seedReport: Report2019 = setCells(
  {
    ...emptyReport({
      edition: '2019',
      reportYear: 2020,
      agency: { name: '盐城市人力资源和社会保障局', level: 'municipal' },
    }),
    overview:
      '2020年，我局以习近平新时代中国特色社会主义思想为引领，认真贯彻落实《中华人民共和国政府信息公开条例》，通过门户网站、新闻媒体、两微一端等多种渠道，及时、全面、规范地公开政务信息1245余条。',
    problems: '一是政策解读形式有待丰富。二是依申请公开流程有待优化。三是政府信息主动公开工作力度有待加大。',
    otherMatters: '2020年我局办理市人大建议、市政协提案共58件，答复率、见面率和满意率均为100%。',
  },
  {
    ...zeros('proactiveDisclosure.regulations.'),
    'proactiveDisclosure.normativeDocuments.madeThisYear': 1,
    'proactiveDisclosure.normativeDocuments.publishedThisYear': 1,
    'proactiveDisclosure.normativeDocuments.publishedTotal': 2,
    ...zeros('proactiveDisclosure.licensing.'),
    'proactiveDisclosure.licensing.itemsLastYear': 4,
    'proactiveDisclosure.licensing.decisions': 21,
    ...zeros('proactiveDisclosure.otherServices.'),
    'proactiveDisclosure.otherServices.itemsLastYear': 22,
    'proactiveDisclosure.otherServices.decisions': 30,
    ...zeros('proactiveDisclosure.penalties.'),
    'proactiveDisclosure.penalties.itemsLastYear': 3,
    'proactiveDisclosure.penalties.decisions': 3,
    ...zeros('proactiveDisclosure.coercion.'),
    ...zeros('proactiveDisclosure.fees.'),
    'proactiveDisclosure.fees.itemsLastYear': 22,
    'proactiveDisclosure.procurement.projects': 103,
    'proactiveDisclosure.procurement.totalAmount': money('83', '万元'),
    ...zeros('requests.received.'),
    'requests.received.naturalPerson': 18,
    'requests.received.total': 18,
    ...zeros('requests.carriedOver.'),
    ...zeros('requests.outcomes.other.'),
    ...zeros('requests.outcomes.total.'),
    'requests.outcomes.total.naturalPerson': 26,
    ...zeros('reviewLitigation.'),
  },
);

function tallied<E extends Edition>(edition: E, year: number, register: RequestCase<E>[]) {
  const agency = { name: '某某市数据局', level: 'municipal' as const };
  const t = tallyRequests(register, { reportYear: year, edition, agency });
  const rl = tallyReviewLitigation(
    [{ id: 'F-1', kind: 'review', filed: `${year}-04-01`, result: 'corrected', decided: `${year}-06-01` }],
    { reportYear: year, edition },
  );
  if (!t.success || !rl.success) throw new Error('fixture registers are valid');
  return setSection(t.report, 'reviewLitigation', rl.report.reviewLitigation as never);
}

const register = (year: number, other: string): RequestCase[] => [
  { id: 'S-1', applicant: 'naturalPerson', received: `${year}-02-01`, outcome: 'disclosed', closed: `${year}-02-15` },
  {
    id: 'S-2',
    applicant: 'naturalPerson',
    received: `${year}-03-09`,
    outcome: 'partiallyDisclosed',
    closed: `${year}-04-01`,
  },
  {
    id: 'S-3',
    applicant: 'commercialEnterprise',
    received: `${year}-05-20`,
    outcome: 'withheld.thirdPartyRights',
    closed: `${year}-06-10`,
  },
  {
    id: 'S-4',
    applicant: 'legalServiceAgency',
    received: `${year - 1}-12-28`,
    outcome: 'unavailable.notHeld',
    closed: `${year}-01-09`,
  },
  {
    id: 'S-5',
    applicant: 'naturalPerson',
    received: `${year}-07-07`,
    outcome: other as never,
    closed: `${year}-09-01`,
  },
  { id: 'S-6', applicant: 'researchInstitution', received: `${year}-12-29` },
];

const prose = {
  overview:
    '本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请5件。\n主动公开各类政府信息<共>1245条 & 更多。',
  problems: '一是政策解读形式有待丰富。',
  otherMatters: '本年度未收取信息处理费。',
};

/**
 * A small, consistent 2021-edition report (2023) with every kind of cell: tallied from a register of
 * six requests and one review, section 二 filled by hand (one cell not applicable), money in 万元.
 * @category Testing
 */
export const consistentReport2021: Report2021 = fillTotals(
  setCells(
    { ...tallied('2021', 2023, register(2023, 'other.feeUnpaid') as RequestCase<'2021'>[]), ...prose },
    {
      'proactiveDisclosure.regulations.issued': 1,
      'proactiveDisclosure.regulations.repealed': 0,
      'proactiveDisclosure.regulations.inForce': 12,
      'proactiveDisclosure.normativeDocuments.issued': 4,
      'proactiveDisclosure.normativeDocuments.repealed': 2,
      'proactiveDisclosure.normativeDocuments.inForce': 37,
      'proactiveDisclosure.licensing.decisions': 1520,
      'proactiveDisclosure.penalties.decisions': 38,
      'proactiveDisclosure.coercion.decisions': 'NA',
      'proactiveDisclosure.fees.amount': money('0.092', '万元'),
    },
  ),
).report;

/**
 * A small, consistent 2019-edition report (2020): the same register tallied in the trial format,
 * section 二 filled by hand with a negative 本年增/减 and procurement in 元.
 * @category Testing
 */
export const consistentReport2019: Report2019 = fillTotals(
  setCells(
    { ...tallied('2019', 2020, register(2020, 'other') as RequestCase<'2019'>[]), ...prose },
    {
      'proactiveDisclosure.regulations.madeThisYear': 0,
      'proactiveDisclosure.regulations.publishedThisYear': 0,
      'proactiveDisclosure.regulations.publishedTotal': 3,
      'proactiveDisclosure.normativeDocuments.madeThisYear': 2,
      'proactiveDisclosure.normativeDocuments.publishedThisYear': 2,
      'proactiveDisclosure.normativeDocuments.publishedTotal': 14,
      'proactiveDisclosure.licensing.itemsLastYear': 40,
      'proactiveDisclosure.licensing.change': -3,
      'proactiveDisclosure.licensing.decisions': 812,
      'proactiveDisclosure.otherServices.itemsLastYear': 12,
      'proactiveDisclosure.otherServices.change': 0,
      'proactiveDisclosure.otherServices.decisions': 96,
      'proactiveDisclosure.penalties.itemsLastYear': 5,
      'proactiveDisclosure.penalties.change': 1,
      'proactiveDisclosure.penalties.decisions': 7,
      'proactiveDisclosure.coercion.itemsLastYear': 'NA',
      'proactiveDisclosure.coercion.change': 'NA',
      'proactiveDisclosure.coercion.decisions': 'NA',
      'proactiveDisclosure.fees.itemsLastYear': 2,
      'proactiveDisclosure.fees.change': 0,
      'proactiveDisclosure.procurement.projects': 9,
      'proactiveDisclosure.procurement.totalAmount': money('3802895.90', '元'),
    },
  ),
).report;
