import { emptyReport, fromJSON, getCell, setCells, toJSON } from 'ogi-report';

// Every cell starts blank: not reported, which is not zero.
const blank = emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某某市某某局' } });

// Updates are typed per edition and never mutate their input.
const report = setCells(blank, {
  'requests.received.naturalPerson': 12,
  'requests.received.commercialEnterprise': 3,
  'requests.outcomes.other.feeUnpaid.naturalPerson': 1, // a 2021-only row
});
console.log(getCell(report, 'requests.received.naturalPerson')); // → 12
console.log(getCell(blank, 'requests.received.naturalPerson')); // → null

// JSON round trip; fromJSON never throws and names every problem.
const bad = fromJSON(toJSON(report).replace('"naturalPerson": 12', '"naturalPerson": -12'));
if (!bad.success) console.log(bad.issues[0]?.code, bad.issues[0]?.location?.where?.zh); // → NEGATIVE_COUNT 表三 · 一、本年新收政府信息公开申请数量 · 自然人
