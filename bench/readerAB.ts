/**
 * The reader's output, pair by pair, for an A/B of a change that must not change it (#32): every
 * publishing style of 150 reports (consistent, arbitrary and with a broken sum) — 3,150 report-style
 * pairs — plus the seed and the real PDF, each reading printed as a hash of its report and findings.
 * Run once on the baseline and once on the change, and compare the two files line by line:
 *
 *   npx tsx --tsconfig tsconfig.dev.json bench/readerAB.ts > after.txt
 *   git stash; npx tsx … bench/readerAB.ts > before.txt; git stash pop; diff before.txt after.txt
 *
 * The timings printed last (median reading time per style) are the speed half of the A/B.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseReport, toJSON, type Report } from '../src/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { arbitraryCorruption, arbitraryReport, asPublished, publishingStyles, seedText } from '../src/testing/index.js';

const reports: Report[] = fc.sample(
  fc.oneof(
    arbitraryReport({ consistent: true }),
    arbitraryReport(),
    arbitraryCorruption({ rules: ['R1', 'R2', 'R3', 'R4'] }).map((c) => c.report as Report),
  ),
  { numRuns: 150, seed: 20261206 },
);
/** Fields left out of the hash (AB_STRIP=reading,expected): for an A/B across a change that adds them. */
const strip = new Set((process.env['AB_STRIP'] ?? '').split(',').filter(Boolean));
/**
 * Codes whose severity and words a change may set anew (AB_LOOSE=ROW_BY_ORDER,MEASURE_WORD): their
 * findings are compared by code, place and line only, and the findings as a set (a stage that now
 * says them later changes their order among findings on one line).
 */
const loose = new Set((process.env['AB_LOOSE'] ?? '').split(',').filter(Boolean));
/** Codes a change adds where it must add nothing else (AB_IGNORE=LINES_SHIFTED): left out of the hash. */
const ignored = new Set((process.env['AB_IGNORE'] ?? '').split(',').filter(Boolean));
const shownFindings = (all: readonly { code: string; location?: unknown; line?: number }[]) => {
  const findings = all.filter((f) => !ignored.has(f.code));
  const json = (f: unknown) => JSON.stringify(f, (k, v) => (strip.has(k) ? undefined : v));
  if (loose.size === 0) return json(findings);
  const each = findings.map((f) => json(loose.has(f.code) ? { code: f.code, location: f.location, line: f.line } : f));
  return each.sort().join('\n');
};
const hash = (r: { report?: Report; findings: readonly { code: string }[] }) =>
  createHash('sha256')
    .update(r.report ? toJSON(r.report) : '-')
    .update(shownFindings(r.findings))
    .digest('hex')
    .slice(0, 16);

const times = new Map<string, number[]>();
for (const style of publishingStyles)
  reports.forEach((r, i) => {
    const { text, report } = asPublished(r, style, i + 1);
    const t0 = performance.now();
    const back = parseReport(text, { agency: report.agency, reportYear: report.reportYear, edition: report.edition });
    const list = times.get(style) ?? [];
    list.push(performance.now() - t0);
    times.set(style, list);
    console.log(`${style} ${i} ${hash(back)}`);
  });
console.log(`seed ${hash(parseReport(seedText))}`);
const pdf = new URL('../../shared/samples/huaian-2024.pdf', import.meta.url);
if (existsSync(pdf)) console.log(`huaian ${hash(await parsePdf(new Uint8Array(readFileSync(pdf))))}`);
for (const [style, list] of times) {
  list.sort((a, b) => a - b);
  console.error(`${style.padEnd(20)} median ${(list[Math.floor(list.length / 2)] ?? 0).toFixed(3)} ms`);
}
