/**
 * Datasets at national scale (#35): reports generated one at a time, written through the streaming
 * wide CSV and JSON Lines writers to a file, read back through the streaming readers from the
 * file's lines; prints µs per report written and read against a plain baseline on the same bytes
 * (the CSV split on commas and each field parsed as a number; JSON.parse of each line), a checksum
 * over every cell (every report exact), and the process's peak RSS (target ≤ 300 MB at any size:
 * memory must not grow with the number of reports). Not part of `npm run bench` (10⁶ reports take
 * long): `BENCH_STREAM_REPORTS=1000000 npx tsx --tsconfig tsconfig.dev.json bench/streaming.ts`
 * (default 100,000).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { jsonLinesOf, readJsonLines, readWideCsv, wideCsvLines, type Report } from '../src/index.js';
import { arbitraryReport } from '../src/testing/index.js';

const N = Number(process.env['BENCH_STREAM_REPORTS'] ?? 100_000);
const distinct = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 500, seed: 5 }) as Report[];
const dir = mkdtempSync(join(tmpdir(), 'ogi-stream-'));

/** The i-th report and its meta, made when asked for (nothing holds the dataset). */
function* entries(): Generator<{ report: Report; meta: { id: string } }> {
  for (let i = 0; i < N; i++) yield { report: distinct[i % distinct.length] as Report, meta: { id: String(i) } };
}

/** A checksum over every number of a report's tables and its meta id (order-sensitive per report). */
function checksum(report: Report, id: string): number {
  let sum = Number(id) % 1_000_003;
  const walk = (v: unknown): void => {
    if (typeof v === 'number') sum = (sum * 31 + v) % 1_000_000_007;
    else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) walk(x);
  };
  walk([report.proactiveDisclosure, report.requests, report.reviewLitigation]);
  return sum;
}

async function write(file: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(file);
  const t0 = performance.now();
  for (const line of lines) if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return performance.now() - t0;
}

const fileLines = (file: string) =>
  createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });

async function baseline(file: string, parse: (line: string) => unknown): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  for await (const line of fileLines(file)) if (parse(line) !== undefined) n++;
  if (n === 0) throw new Error('nothing read');
  return performance.now() - t0;
}

const expected = (() => {
  let total = 0;
  for (const { report, meta } of entries()) total = (total + checksum(report, meta.id)) % 1_000_000_007;
  return total;
})();
const us = (ms: number) => `${((ms * 1000) / N).toFixed(1)} µs/report`;

console.log(`\nStreaming ${N.toLocaleString('en')} reports through a file (checksum ${expected})`);
for (const [name, writer, reader, parse] of [
  [
    'wide CSV',
    () => wideCsvLines(entries()),
    (file: string) => readWideCsv(fileLines(file)),
    (line: string) => line.split(',').map(Number),
  ],
  ['JSON Lines', () => jsonLinesOf(entries()), (file: string) => readJsonLines(fileLines(file)), JSON.parse],
] as const) {
  const file = join(dir, name.replace(' ', '.'));
  const writeMs = await write(file, writer());
  const t0 = performance.now();
  let total = 0;
  let ok = 0;
  for await (const r of reader(file)) {
    if (!r.success) throw new Error(`${name}: ${r.issues[0]?.message.en}`);
    total = (total + checksum(r.report, r.meta['id'] as string)) % 1_000_000_007;
    ok++;
  }
  const readMs = performance.now() - t0;
  const base = await baseline(file, parse);
  console.log(
    `  ${name.padEnd(10)} write ${us(writeMs)}; read ${us(readMs)} (baseline split-and-parse ${us(base)}: ${(readMs / base).toFixed(1)}×); ${ok} read, checksum ${total === expected ? 'equal' : 'DIFFERENT'}`,
  );
  if (total !== expected || ok !== N) throw new Error(`${name}: not every report read back exactly`);
}
console.log(`  peak RSS of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target ≤ 300 MB)`);
rmSync(dir, { recursive: true, force: true });
