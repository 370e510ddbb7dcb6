import { checkReport, formatFindings, rules } from 'ogi-report';
import { seedReport } from 'ogi-report/fixtures';

console.log(rules.map((r) => r.id).join(' ')); // → R0 R1 R2 R3 R4 R5 R6 R7 R8 R9 R10

const { findings, summary } = checkReport(seedReport, { locale: 'en' });
console.log(summary.text); // → 2 error(s); 2 warning(s), 3 info(s)

// Each finding: a stable code, the rule, severity, status, location by keys and in the form's words.
const r3 = findings.find((f) => f.rule === 'R3');
console.log(r3?.code, r3?.status, r3?.location.key, r3?.expected, r3?.actual); // → APPLICANT_SUM_BROKEN broken requests.outcomes.total.total 26 0

// Blank cells are unknowns: the checker names the value a blank must take when only one works.
const inferred = findings.find((f) => f.code === 'BALANCE_INFERRED');
console.log(inferred?.inferred?.find((i) => i.value !== 0)?.where.zh, '=', inferred?.inferred?.find((i) => i.value !== 0)?.value); // → 表三 · 四、结转下年度继续办理 · 总计 = 18

console.log(formatFindings(findings, { locale: 'en', minSeverity: 'error' }).split('\n')[0]); // → Errors (2)
