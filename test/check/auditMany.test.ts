/** auditReports (#33, first part): a jurisdiction at once, linked by agency and year, with a findings table. */
import { describe, expect, it } from 'vitest';
import { auditReports, auditsToCsv, setCells, sumReports, type Report } from '../../src/index.js';
import { records } from '../../src/format/csvText.js';
import { consistentReport2021, previousReportOf } from '../../src/testing/index.js';

const named = (r: Report, name: string): Report => ({ ...r, agency: { ...r.agency, name } }) as Report;

describe('auditReports', () => {
  it('links each report to its year before by agency (script, width and spaces ignored); two candidates link neither', () => {
    const thisYear = named(consistentReport2021, '某某市 某某局');
    const lastYear = named(previousReportOf(consistentReport2021) as Report, '某某市某某局');
    const other = named(consistentReport2021, '另一局');
    const twice = [
      named(previousReportOf(consistentReport2021) as Report, '另一局'),
      named(previousReportOf(consistentReport2021) as Report, '另一局'),
    ];
    const city = auditReports([thisYear, lastYear, other, ...twice].map((report) => ({ report })));
    expect(city.audits[0]?.previous).toBe(1);
    expect(city.audits[2]?.previous).toBeUndefined();
    expect(city.audits[2]?.previousCandidates).toEqual([3, 4]);
    expect(city.audits.map((a) => a.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts verdicts, ranks the worst, and checks a roll-up against its children', () => {
    const a = named(consistentReport2021, '甲局');
    const b = named(setCells(consistentReport2021, { 'requests.received.naturalPerson': 999 }), '乙局');
    const sum = sumReports([a, named(consistentReport2021, '丙局')], { agency: { name: '某市' } });
    if (!sum.success) throw new Error('sums');
    const city = auditReports([
      { report: a },
      { report: b },
      { report: named(consistentReport2021, '丙局') },
      { report: sum.report, children: [0, 2] },
    ]);
    expect(city.verdicts.inconsistent).toBe(1);
    expect(city.worst[0]).toBe(1);
    expect(city.audits[3]?.audit.findings.filter((f) => f.rule === 'R10' && f.status === 'broken')).toEqual([]);
    expect(() => auditReports([{ report: a, children: [7] }])).toThrow(/child 7 does not exist/);
  });

  it('writes a findings table: one line per cause and per finding, each finding pointing at its cause', () => {
    const b = named(setCells(consistentReport2021, { 'requests.received.naturalPerson': 999 }), '=乙局');
    const csv = auditsToCsv(auditReports([{ report: b }]));
    const rows = records(csv) ?? [];
    expect(rows[0]?.join(',')).toBe(
      'report,agency,year,verdict,cause,kind,actor,rule,severity,code,cells,message_zh,message_en,repair,fingerprint',
    );
    const causes = rows.filter((r) => r[5] === 'slip');
    expect(causes.length).toBe(1);
    const explained = rows.filter((r) => r[14] !== '' && r[4] === '0');
    expect(explained.length).toBeGreaterThan(0);
    expect(rows.slice(1).every((r) => r[1] === "'=乙局")).toBe(true); // a spreadsheet never runs a name
  });
});
