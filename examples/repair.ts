import { checkReport, formatFindings, renderHtml, setRow, suggestRepairs } from 'ogi-report';
import { seedReport } from 'ogi-report/fixtures';

// The smallest sets of printed-cell changes after which every sum relation holds, best first.
const { repairs, complete, message } = suggestRepairs(seedReport);
console.log(message.en, complete); // → The most likely repair changes 1 cell(s) true
const [top] = repairs;
console.log(top?.changes.map((c) => `${c.key}: ${c.from} → ${c.to}`).join('; ')); // → requests.outcomes.total.naturalPerson: 26 → 0
console.log(top?.fills.map((c) => c.to).join(' ')); // → 18 0 0 0 0 0 18
console.log(top?.why.en); // → 1 change(s) (the fewest that make every relation hold), 0 of them like a common slip, size 26: Table III · 3. Outcomes this year · (7) Total · Natural persons 26 → 0

// Blanks are unknowns. If the blank 结转下年度 row in fact means 0, the repair is the pair of totals.
const zeros = { naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, publicInterestOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 0 };
const [pair] = suggestRepairs(setRow(seedReport, 'requests.carriedForward', zeros)).repairs;
console.log(pair?.changes.map((c) => `${c.where.zh} ${c.from} → ${c.to}${c.slip ? ` (${c.slip})` : ''}`).join('; ')); // → 表三 · 三、本年度办理结果 · （七）总计 · 自然人 26 → 18; 表三 · 三、本年度办理结果 · （七）总计 · 总计 0 → 18 (totalZero)

// Each finding with the repair that resolves it.
const { findings } = checkReport(seedReport);
console.log(formatFindings(findings, { repairs, minSeverity: 'error' }).split('\n')[2]); // →      最可能的更正：表三 · 三、本年度办理结果 · （七）总计 · 自然人 26 → 0

// The inspector: the findings and the repair on the form itself.
const page = renderHtml(seedReport, { standalone: true, findings, repairs });
console.log(page.includes('<del>26</del> → <ins>0</ins>')); // → true
