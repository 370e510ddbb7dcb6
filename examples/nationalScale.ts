import { availableParallelism, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { renderText } from 'ogi-report';
import { arbitraryReport } from 'ogi-report/testing';

// A corpus: one crawled page per report (here 1,000 generated; nationally, 10⁵ a year).
const size = Number(process.env['NATIONAL_REPORTS'] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'ogi-corpus-'));
mkdirSync(join(dir, 'pages'));
const pages = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 1000, seed: 3 }).map((r) => renderText(r));
const files = Array.from({ length: size }, (_, i) => {
  const file = join(dir, 'pages', `${i}.txt`);
  writeFileSync(file, pages[i % pages.length] as string);
  return file;
});

// A pool of workers, one per core: each reads its share of the files and streams JSON Lines to disk.
const reader = `const { workerData, parentPort } = require('node:worker_threads');
const { readFileSync, createWriteStream } = require('node:fs');
import('ogi-report').then(async ({ parseReport, jsonLinesOf }) => {
  const out = createWriteStream(workerData.out);
  const read = function* () {
    for (const file of workerData.files) {
      const { report, findings } = parseReport(readFileSync(file, 'utf8'));
      if (report) yield { report, meta: { file, errors: String(findings.filter((f) => f.severity === 'error').length) } };
    }
  };
  for (const line of jsonLinesOf(read())) if (!out.write(line + '\\n')) await new Promise((r) => out.once('drain', r));
  out.end(() => parentPort.postMessage('done'));
});`;
const workers = availableParallelism();
await Promise.all(
  Array.from({ length: workers }, (_, w) => {
    const share = files.filter((_, i) => i % workers === w);
    const out = join(dir, `part-${w}.jsonl`);
    return new Promise((done) => new Worker(reader, { eval: true, workerData: { files: share, out } }).once('message', done));
  }),
);

// DuckDB turns the parts into one Parquet file and answers the research questions.
const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
await sql.run(`copy (select * from read_json_auto('${dir}/part-*.jsonl')) to '${dir}/reports.parquet' (format parquet)`);
const rows = await sql.runAndReadAll(
  `select count(*)::int as reports, sum(requests.received.total)::int as received,
          round(sum(requests.outcomes.disclosed.total) / sum(requests.outcomes.total.total), 3) as disclosedShare
   from '${dir}/reports.parquet'`,
);
const { reports, received, disclosedShare } = rows.getRowObjects()[0] ?? {};
console.log(reports, received, disclosedShare); // → 1000 1672450 0.05
sql.closeSync();
