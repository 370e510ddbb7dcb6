/**
 * The reader on every publishing style: share of cells read exactly; share tied — left blank with
 * `DIGITS_AMBIGUOUS` where no reader could tell, since two readings the finding names print the same
 * text and keep the checker's verdict (see `undetermined`) — and the exact share of the cells the text
 * does determine; other cells left blank (or set) with a finding; and cells wrong without a word (target 0), with median, p99 and worst time per report (after a warm-up; each report's least over three rounds); then the
 * warnings per report among those read cell for cell (false alarms: target 0 on consistent reports); then the
 * same for reports consistent but for one broken rule (R1–R4, arbitraryCorruption); then the
 * digit-run styles again with last year's report as evidence (`previous`, from previousReportOf);
 * then, per style, time per KB of one report grown with prose to 10× and 100× (flat or falling: linear).
 * Targets: ≥ 99.5 % exact on consistent reports (of the cells the text determines, for the digit-run
 * styles); median ≤ 2 ms, worst ≤ 50 ms.
 * Times are of the built library (`dist/`). Run: `npm run bench` (N reports per style: BENCH_STYLE_REPORTS, default 200; 1,800 gives
 * 104,400 report-style pairs: 18 styles × 3 kinds + 4 one-line styles with last year). For the
 * silent-cell count at that size in minutes, BENCH_STYLE_ROUNDS=1 times one round, and
 * BENCH_STYLE_TIES=0 skips the proof of ties (the tied columns then print —).
 */
import fc from 'fast-check';
import { layoutOf, type Report } from '../src/index.js';
import {
  arbitraryCorruption,
  arbitraryReport,
  asPublished,
  previousReportOf,
  publishingStyles,
  type Published,
} from '../src/testing/index.js';
import { sortCells, undetermined } from '../test/parse/readBack.js';

// The reader is timed as applications load it: the built library (`npm run build`, which `npm run
// bench` runs first), not the sources through tsx, whose transform alone adds about a third.
const built = new URL('../dist/index.js', import.meta.url).href;
const { parseReport } = (await import(built).catch(() => {
  throw new Error('styles.bench times the built library: run `npm run build` first');
})) as typeof import('../src/index.js');
const N = Number(process.env['BENCH_STYLE_REPORTS'] ?? 200);
/** Rounds of timing over every report; each report's time is its least. */
const ROUNDS = Number(process.env['BENCH_STYLE_ROUNDS'] ?? 3);
/** Whether cells read wrong with a finding are checked for ties (see `undetermined`): the slow part at large N. */
const TIES = process.env['BENCH_STYLE_TIES'] !== '0';
if (!Number.isInteger(N) || N < 1 || !Number.isInteger(ROUNDS) || ROUNDS < 1)
  throw new Error('BENCH_STYLE_REPORTS and BENCH_STYLE_ROUNDS must be positive integers');
// Warm up the reader on a few texts of every style first, so that times are of compiled code.
for (const r of fc.sample(arbitraryReport(), { numRuns: 10, seed: 1 }) as Report[])
  for (const style of publishingStyles) parseReport(asPublished(r, style).text);
let pairs = 0;
let silentTotal = 0;
for (const kind of ['consistent', 'any', 'one rule broken', 'consistent, with last year'] as const) {
  const reports: Report[] =
    kind === 'one rule broken'
      ? fc
          .sample(arbitraryCorruption({ rules: ['R1', 'R2', 'R3', 'R4'] }), { numRuns: N, seed: 7 })
          .map((c) => c.report as Report)
      : fc.sample(arbitraryReport(kind === 'any' ? {} : { consistent: true }), { numRuns: N, seed: 7 });
  const withPrevious = kind === 'consistent, with last year';
  const styles = withPrevious ? publishingStyles.filter((s) => s.startsWith('oneLine')) : publishingStyles;
  console.log(`\n${kind} reports (${N} per style)`);
  console.log(
    'style'.padEnd(20),
    'exact'.padStart(8),
    'tied'.padStart(7),
    'exact/determined'.padStart(17),
    'blank+finding'.padStart(14),
    'SILENT'.padStart(7),
    'median ms'.padStart(10),
    'p99 ms'.padStart(7),
    'worst ms'.padStart(9),
    'warn/report'.padStart(12),
  );
  for (const style of styles) {
    let cells = 0,
      exact = 0,
      flagged = 0,
      silent = 0,
      tied = 0,
      warnings = 0,
      fullyRead = 0;
    const published = reports.map((r, i) => asPublished(r, style, i + 1));
    const previous = reports.map((r) => (withPrevious ? previousReportOf(r) : undefined));
    const read = (k: number) => {
      const pub = published[k] as Published;
      const p = previous[k];
      return parseReport(pub.text, {
        agency: pub.report.agency,
        scope: pub.report.scope,
        reportYear: pub.report.reportYear,
        edition: pub.report.edition,
        ...(p && { previous: p }),
      });
    };
    // Each report's time is the least of a few rounds over all of them: what the reader takes, not
    // what a collection or another process took meanwhile. Rounds go over every report in turn.
    const times = reports.map(() => Number.POSITIVE_INFINITY);
    for (let round = 0; round < ROUNDS; round++)
      reports.forEach((_, k) => {
        const t0 = performance.now();
        read(k);
        times[k] = Math.min(times[k] as number, performance.now() - t0);
      });
    reports.forEach((r, i) => {
      const pub = published[i] as Published;
      const back = read(i);
      pairs++;
      const sorted = sortCells(pub.report, back);
      cells += layoutOf(r.edition).cells.length;
      exact += sorted.exact;
      flagged += sorted.flagged;
      silent += sorted.silent.length;
      // Warnings on reports read cell for cell: a doubt there is false alarm (target 0 on consistent reports).
      if (sorted.exact === layoutOf(r.edition).cells.length) {
        fullyRead++;
        warnings += back.findings.filter((f) => f.severity !== 'info').length;
      }
      // Cells no reader could read from this text (two readings print it and keep the sums alike).
      if (TIES && sorted.wrongKeys.size > 0 && back.findings.some((f) => f.code === 'DIGITS_AMBIGUOUS'))
        tied += undetermined(
          pub.report,
          back,
          (x) => asPublished(x, style, i + 1).text,
          new Set([...sorted.wrongKeys].filter((k) => !sorted.silent.includes(k))),
          previous[i],
        ).size;
    });
    times.sort((a, b) => a - b);
    silentTotal += silent;
    console.log(
      style.padEnd(20),
      `${((100 * exact) / cells).toFixed(2)}%`.padStart(8),
      (TIES ? `${((100 * tied) / cells).toFixed(2)}%` : '—').padStart(7),
      (TIES ? `${((100 * exact) / (cells - tied)).toFixed(2)}%` : '—').padStart(17),
      String(flagged - tied).padStart(14),
      String(silent).padStart(7),
      (times[times.length >> 1] ?? 0).toFixed(2).padStart(10),
      (times[Math.floor(times.length * 0.99)] ?? 0).toFixed(2).padStart(7),
      (times.at(-1) ?? 0).toFixed(2).padStart(9),
      (fullyRead === 0 ? '—' : (warnings / fullyRead).toFixed(2)).padStart(12),
    );
  }
}
console.log(`\n${pairs} report-style pairs read; cells wrong without a finding: ${silentTotal} (target 0)`);

// Time per kilobyte as a text grows: one consistent report per style, its first part grown with
// prose (no digits; on one line where the style has no line breaks) to 10× and 100× its size.
const FILLER = '我局认真贯彻落实政府信息公开条例，持续推进政务公开，回应社会关切。';
/** The text with filler prose after its first heading (or before it), to `factor` times its length. */
function grown(text: string, factor: number): string {
  if (factor === 1) return text;
  const sep = text.includes('\n') ? '\n' : '';
  const filler = `${FILLER}${sep}`.repeat(Math.ceil((text.length * (factor - 1)) / (FILLER.length + sep.length)));
  const at = text.indexOf('一、总体情况');
  return at < 0 ? `${filler}${sep}${text}` : `${text.slice(0, at + 6)}${sep}${filler}${text.slice(at + 6)}`;
}
const median = (run: () => void, n = 5) => {
  const ts: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    run();
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[n >> 1] as number;
};
const [sample] = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 1, seed: 7 }) as Report[];
console.log('\ntime per KB as the text grows (µs/KB; flat means linear)');
console.log('style'.padEnd(20), '1×'.padStart(9), '10×'.padStart(9), '100×'.padStart(9), '100×/1×'.padStart(8));
for (const style of publishingStyles) {
  const text = asPublished(sample as Report, style, 1).text;
  const perKb = [1, 10, 100].map((f) => {
    const t = grown(text, f);
    return (1000 * median(() => parseReport(t))) / (t.length / 1024);
  });
  console.log(
    style.padEnd(20),
    ...perKb.map((x) => x.toFixed(1).padStart(9)),
    `${((perKb[2] as number) / (perKb[0] as number)).toFixed(2)}×`.padStart(8),
  );
}
