import { checkReport, renderHtml, suggestRepairs, type Report } from '../../src/index.js';

/** A report's inspector page: its findings, its repairs, and the standalone page showing both. */
export const inspected = (report: Report) => {
  const findings = checkReport(report).findings;
  const { repairs } = suggestRepairs(report);
  return { findings, repairs, html: renderHtml(report, { standalone: true, findings, repairs }) };
};
