import fc from 'fast-check';
import { parseReport, getCell, layoutOf, type Report } from './src/index.js';
import { arbitraryReport, asPublished } from './src/testing/index.js';
import { sortCells } from './test/parse/readBack.js';
const reports = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 60, seed: 11 });
for (const style of (process.argv[2] ?? 'labelsApart,brokenNumbers,mergedLines').split(',') as any[]) {
  let exact = 0,
    flagged = 0,
    silent = 0,
    blank = 0;
  const ex: string[] = [];
  reports.forEach((r, i) => {
    const pub = asPublished(r, style, i + 1);
    const back = sortCells(
      pub.report,
      parseReport(pub.text, {
        agency: pub.report.agency,
        reportYear: pub.report.reportYear,
        edition: pub.report.edition,
        scope: pub.report.scope,
      }),
    );
    exact += back.exact;
    flagged += back.flagged;
    silent += back.silent.length;
    if (back.silent.length && ex.length < 3) ex.push(`${i}: ${back.silent.slice(0, 4).join(',')}`);
  });
  console.log(style, { exact, flagged, silent }, ex);
}
