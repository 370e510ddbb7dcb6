import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { codebook, codebookCsv, fromWideCsv, getCell, toWideCsv } from 'ogi-report';
import { arbitraryReport } from 'ogi-report/testing';

// A dataset: 1,000 reports of both editions (here generated; in a study, read from published reports).
const reports = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 1000, seed: 1 });

// One row per report, one column per cell key, the id to join on first; the codebook says what each column is.
const dir = mkdtempSync(join(tmpdir(), 'ogi-dataset-'));
writeFileSync(join(dir, 'reports.csv'), toWideCsv(reports.map((report, i) => ({ report, meta: { id: `r${i}` } }))));
writeFileSync(join(dir, 'codebook.csv'), codebookCsv(undefined, { meta: ['id'] }));
console.log(codebook(undefined, { meta: ['id'] }).length, 'columns'); // → 240 columns

// DuckDB reads it as it is; NA (not applicable) and blanks are both missing with nullstr.
const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
const file = join(dir, 'reports.csv');
const rows = await sql.runAndReadAll(
  `select count(*)::int as n, sum("requests.received.total")::int as received
   from read_csv_auto('${file}', nullstr = ['', 'NA'])`,
);
const expected = reports.reduce((s, r) => s + (Number(getCell(r, 'requests.received.total')) || 0), 0);
console.log(rows.getRowObjects()[0]?.['n'], rows.getRowObjects()[0]?.['received'] === expected); // → 1000 true
sql.closeSync();

// And back, exactly: every report as it was written.
const back = fromWideCsv(readFileSync(file, 'utf8'));
console.log(back.every((r, i) => r.success && JSON.stringify(r.report) === JSON.stringify(reports[i]))); // → true
