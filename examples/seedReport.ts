/**
 * The figures of the seed report — 盐城市人力资源和社会保障局, report year 2020, edition 2019 — built
 * with the model. Embedded here so that nothing reads ../shared at run time. Section 三 is damaged
 * in the original and is reproduced as published: the outcome rows （一）–（五） and 四、结转 blank,
 * （七）总计 reading 26 | 0 | … | 0.
 */
import { emptyReport, layoutOf, money, setCells, type CellUpdates, type Report2019 } from 'ogi-report';

/** Zero in every cell whose key starts with `prefix` (a row, or a whole section). */
const zeros = (prefix: string): CellUpdates<Report2019> =>
  Object.fromEntries(layoutOf('2019').cells.filter((c) => c.key.startsWith(prefix)).map((c) => [c.key, 0]));

const empty = emptyReport({ edition: '2019', reportYear: 2020, agency: { name: '盐城市人力资源和社会保障局', level: 'municipal' } });

export const seedReport: Report2019 = setCells(
  {
    ...empty,
    overview:
      '2020年，我局以习近平新时代中国特色社会主义思想为引领，认真贯彻落实《中华人民共和国政府信息公开条例》，通过门户网站、新闻媒体、两微一端等多种渠道，及时、全面、规范地公开政务信息1245余条。',
    problems: '一是政策解读形式有待丰富。二是依申请公开流程有待优化。三是政府信息主动公开工作力度有待加大。',
    otherMatters: '2020年我局办理市人大建议、市政协提案共58件，答复率、见面率和满意率均为100%。',
  },
  {
    'proactiveDisclosure.regulations.madeThisYear': 0,
    'proactiveDisclosure.regulations.publishedThisYear': 0,
    'proactiveDisclosure.regulations.publishedTotal': 0,
    'proactiveDisclosure.normativeDocuments.madeThisYear': 1,
    'proactiveDisclosure.normativeDocuments.publishedThisYear': 1,
    'proactiveDisclosure.normativeDocuments.publishedTotal': 2,
    'proactiveDisclosure.licensing.itemsLastYear': 4,
    'proactiveDisclosure.licensing.change': 0,
    'proactiveDisclosure.licensing.decisions': 21,
    'proactiveDisclosure.otherServices.itemsLastYear': 22,
    'proactiveDisclosure.otherServices.change': 0,
    'proactiveDisclosure.otherServices.decisions': 30,
    'proactiveDisclosure.penalties.itemsLastYear': 3,
    'proactiveDisclosure.penalties.change': 0,
    'proactiveDisclosure.penalties.decisions': 3,
    ...zeros('proactiveDisclosure.coercion.'),
    'proactiveDisclosure.fees.itemsLastYear': 22,
    'proactiveDisclosure.fees.change': 0,
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
