import { auditReports, auditsToCsv, parseReport, renderText, setCells } from 'ogi-report';
import { consistentReport2021, previousReportOf } from 'ogi-report/fixtures';

// A city's reports this year and last, as published (here made from a consistent report; one has a slip).
const lastYear = previousReportOf(consistentReport2021);
const slip = setCells(consistentReport2021, { 'requests.outcomes.disclosed.naturalPerson': 99 });
const pages = [renderText(slip), ...(lastYear ? [renderText(lastYear)] : [])];
const entries = pages.map((page) => {
  const { report, findings } = parseReport(page);
  if (!report) throw new Error('not a report');
  return { report, parseFindings: findings };
});

// Audit them together: each report is linked to its year before by agency and year.
const city = auditReports(entries);
const [first] = city.audits;
console.log(first?.audit.verdict, first?.previous, first?.audit.causes.length); // → inconsistent 1 1
console.log(first?.audit.summary.en.split('. ')[0]); // → The report breaks some of its relations
console.log(JSON.stringify(city.verdicts)); // → {"consistent":0,"inconsistent":1,"incomplete":1}

// The findings table, for pandas or DuckDB: one line per cause and per finding.
console.log(auditsToCsv(city).split('\n')[0]?.slice(0, 40)); // → report,agency,year,verdict,cause,kind,ac
