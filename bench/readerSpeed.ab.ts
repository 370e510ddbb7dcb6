/**
 * The reader's speed, A/B in one process (#32): the baseline's parseReport (a checkout of another
 * commit, given as BASE, e.g. a `git worktree` at /tmp/base) and this one's, interleaved pair by pair
 * over every publishing style of 100 reports; the medians per style and their ratio. Target: no style
 * slower by more than 10 %. AB_STYLES=a,b times only those styles; AB_DIST=1 the built libraries.
 *
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   BASE=/tmp/base npx tsx --tsconfig tsconfig.dev.json bench/readerSpeed.ab.ts
 */
import fc from 'fast-check';
import { parseReport, type Report } from '../src/index.js';
import { arbitraryReport, asPublished, publishingStyles } from '../src/testing/index.js';

const base = process.env['BASE'];
if (!base) throw new Error('BASE: the baseline checkout');
/** AB_DIST=1 times the built libraries (`npm run build` in both checkouts), as applications load them. */
const dist = process.env['AB_DIST'] === '1';
type Reader = { parseReport: typeof parseReport };
const before = (await import(dist ? `${base}/dist/index.js` : `${base}/src/index.ts`)) as Reader;
const after: Reader = dist
  ? ((await import(new URL('../dist/index.js', import.meta.url).href)) as Reader)
  : { parseReport };
const reports: Report[] = fc.sample(arbitraryReport(), { numRuns: 100, seed: 20261206 });
const ROUNDS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
let worst = 0;
const only = process.env['AB_STYLES']?.split(',');
for (const style of publishingStyles.filter((s) => !only || only.includes(s))) {
  const inputs = reports.map((r, i) => {
    const { text, report } = asPublished(r, style, i + 1);
    return { text, options: { agency: report.agency, reportYear: report.reportYear, edition: report.edition } };
  });
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const { text, options } of inputs) {
      // Interleaved, the order alternating: the machine's drift falls on both alike.
      const pair =
        round % 2 === 0
          ? ([before.parseReport, after.parseReport] as const)
          : ([after.parseReport, before.parseReport] as const);
      for (const f of pair) {
        const t0 = performance.now();
        f(text, options);
        (f === after.parseReport ? b : a).push(performance.now() - t0);
      }
    }
  const ratio = median(b) / median(a);
  worst = Math.max(worst, ratio);
  console.log(
    `${style.padEnd(20)} base ${median(a).toFixed(3)} ms  this ${median(b).toFixed(3)} ms  ratio ${ratio.toFixed(2)}`,
  );
}
console.log(`worst ratio ${worst.toFixed(2)} (target ≤ 1.10)`);
