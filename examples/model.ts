import { NOT_APPLICABLE, editionForYear, emptyReport, getCell, money, setCells, templates } from 'ogi-report';

// Two editions of the form; the year decides which applies.
console.log(editionForYear(2020), editionForYear(2024)); // → 2019 2021
console.log(templates['2021'].sections.map((s) => s.key).join(' ')); // → overview proactiveDisclosure requests reviewLitigation problems otherMatters

// A cell is a count, blank (null: not reported) or not applicable ('NA', printed / - — 无). Blank is not zero.
const r = setCells(emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某某市某某局' } }), {
  'requests.received.naturalPerson': 0,
  'requests.received.commercialEnterprise': NOT_APPLICABLE,
  'proactiveDisclosure.fees.amount': money('0.092', '万元'), // money: an exact Decimal with its unit
});
console.log(getCell(r, 'requests.received.naturalPerson'), getCell(r, 'requests.received.commercialEnterprise'), getCell(r, 'requests.received.total')); // → 0 NA null
const fee = getCell(r, 'proactiveDisclosure.fees.amount');
if (fee !== null && fee !== 'NA') console.log(fee.amount.times(10000).toFixed(), '元'); // → 920 元
