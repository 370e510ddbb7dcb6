import { checkReport, explainCell, fillTotals, setSection, tallyRequests, tallyReviewLitigation, type RequestCase } from 'ogi-report';

// The register of requests (依申请公开台账), as the agency keeps it.
const requests: RequestCase<'2021'>[] = [
  { id: '2023-001', applicant: 'naturalPerson', received: '2023-01-09', outcome: 'disclosed', closed: '2023-01-20' },
  { id: '2023-002', applicant: 'commercialEnterprise', received: '2023-03-02', outcome: 'withheld.thirdPartyRights', closed: '2023-03-30' },
  { id: '2023-003', applicant: 'naturalPerson', received: '2023-12-27' }, // still open on 31 December
  { id: '2022-118', applicant: 'naturalPerson', received: '2022-12-19', outcome: 'unavailable.notHeld', closed: '2023-01-06' },
];
const tally = tallyRequests(requests, { reportYear: 2023, agency: { name: '某某市某某局' } });
if (!tally.success) throw new Error(tally.issues.map((i) => i.message.en).join('\n'));

// Section 四 from the review and litigation cases, set into the same report.
const cases = tallyReviewLitigation([{ id: 'F-7', kind: 'review', filed: '2023-05-04', result: 'upheld', decided: '2023-07-01' }], { reportYear: 2023 });
if (!cases.success) throw new Error('bad review register');
const report = setSection(tally.report, 'reviewLitigation', cases.report.reviewLitigation);

console.log(report.requests.received.total, report.requests.carriedOver.total, report.requests.carriedForward.total); // → 3 1 1
console.log(explainCell(tally, 'requests.outcomes.total.naturalPerson').join(', ')); // → 2023-001, 2022-118
console.log(checkReport(report, { rules: { R0: 'off' } }).summary.text); // → 未发现错误；0 个警告，0 条提示
console.log(fillTotals(report).changes.length); // → 0
