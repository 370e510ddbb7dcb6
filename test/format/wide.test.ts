/** The wide layout and its codebook: one row per report, one column per cell key, loadable as it is. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codebook,
  codebookCsv,
  editions,
  fromWideCsv,
  getCell,
  isOgiReportError,
  layoutOf,
  toWideCsv,
  type Report,
} from '../../src/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';
import { expectSameReport, pandasPython } from '../helpers.js';

const python = pandasPython();
const hasPandas = python !== undefined;
if (!hasPandas)
  console.warn(
    'wide.test: python3 with pandas not found — the pandas check is skipped (apt-get install python3-pandas)',
  );

describe('codebook', () => {
  it('describes every column from the template: header fields, every cell of every edition, money units, prose', () => {
    const all = codebook();
    const names = all.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 6)).toEqual(['edition', 'reportYear', 'agency.name', 'agency.code', 'agency.level', 'scope']);
    expect(names.slice(-3)).toEqual(['overview', 'problems', 'otherMatters']);
    for (const e of editions)
      for (const c of layoutOf(e).cells) {
        const entry = all.find((x) => x.name === c.key);
        expect(entry?.editions).toContain(e);
        if (c.column.kind === 'money') expect(names).toContain(`${c.key}.unit`);
      }
    const fee = all.find((e) => e.name === 'requests.outcomes.other.feeUnpaid.total');
    expect(fee?.editions).toEqual(['2021']);
    expect(fee?.label.zh).toContain('（六）其他处理');
    const received = all.find((e) => e.name === 'requests.received.total');
    expect(received).toMatchObject({
      kind: 'count',
      section: 'requests',
      row: 'received',
      column: 'total',
      editions: ['2019', '2021'],
    });
    expect(received?.label).toEqual({
      zh: '表三 · 一、本年新收政府信息公开申请数量 · 总计',
      en: 'Table III · 1. New requests received this year · Total',
    });
  });

  it('keeps each edition in its printed order, and names one edition on request', () => {
    for (const e of editions) {
      const order = codebook()
        .filter((x) => x.key && x.kind !== 'unit' && x.kind !== 'yuan' && x.editions.includes(e))
        .map((x) => x.key);
      expect(order).toEqual(layoutOf(e).cells.map((c) => c.key));
      expect(codebook(e).every((x) => x.editions.includes(e))).toBe(true);
    }
    expect(() => codebook('2030' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_EDITION' }));
  });

  it('as CSV: one line per column', () => {
    const lines = codebookCsv().trimEnd().split('\n');
    expect(lines[0]).toBe('name,kind,key,section,row,column,label_zh,label_en,unit,editions');
    expect(lines.length).toBe(codebook().length + 1);
    expect(lines).toContain(
      'requests.received.total,count,requests.received.total,requests,received,total,表三 · 一、本年新收政府信息公开申请数量 · 总计,Table III · 1. New requests received this year · Total,,2019 2021',
    );
  });
});

describe('the wide layout', () => {
  it('property: any reports of both editions come back exactly, in order', () => {
    fc.assert(
      fc.property(fc.array(arbitraryReport(), { maxLength: 5 }), (reports) => {
        const back = fromWideCsv(toWideCsv(reports));
        expect(back.length).toBe(reports.length);
        back.forEach((r, i) => {
          expect(r.success).toBe(true);
          if (r.success) expectSameReport(r.report, reports[i] as Report);
        });
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('one row per report, the other edition’s cells empty; a bad row has its own issues', () => {
    const text = toWideCsv([seedReport, consistentReport2021]);
    const [header, first, second] = text.trimEnd().split('\n') as [string, string, string];
    const fee = header.split(',').indexOf('requests.outcomes.other.feeUnpaid.total');
    expect(fee).toBeGreaterThan(0);
    expect(first.split(',')[fee]).toBe('');
    const bad = text.replace(second, second.replace(/^2021,/, '2030,'));
    expect(fromWideCsv(bad).map((r) => r.success)).toEqual([true, false]);
    const filled = text.replace(
      first,
      first
        .split(',')
        .map((f, i) => (i === fee ? '3' : f))
        .join(','),
    );
    const [r] = fromWideCsv(filled);
    expect(r?.success === false && r.issues[0]).toMatchObject({ code: 'UNKNOWN_FIELD' });
    expect(fromWideCsv('a,b\n1,2\n')[0]?.success).toBe(false);
    expect(isOgiReportError(fromWideCsv(42 as never))).toBe(false);
  });
});

describe('loads as it is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-wide-'));
  const reports = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 200, seed: 3 });
  const wide = join(dir, 'wide.csv');
  writeFileSync(wide, toWideCsv(reports));
  const key = 'requests.received.total';
  const expected = reports.map((r) => getCell(r, key));

  it.runIf(hasPandas)('in pandas: read_csv gives one row per report, one column per codebook entry, the cells', () => {
    const out = execFileSync(python as string, [
      '-c',
      `import pandas as pd, json, sys
df = pd.read_csv(sys.argv[1])
col = df[sys.argv[2]]
print(json.dumps([len(df), len(df.columns), [None if pd.isna(v) else int(v) if str(v).lstrip('-').isdigit() or isinstance(v, (int, float)) else str(v) for v in col]]))`,
      wide,
      key,
    ]).toString();
    const [rows, cols, values] = JSON.parse(out) as [number, number, unknown[]];
    expect([rows, cols]).toEqual([reports.length, codebook().length]);
    // pandas reads NA and blanks as missing by default.
    expect(values).toEqual(expected.map((v) => (typeof v === 'number' ? v : null)));
  });

  it('in DuckDB: read_csv_auto gives the same rows, columns and cells', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const path = wide.replaceAll("'", "''");
    const count = await conn.runAndReadAll(`select count(*)::int as n from read_csv_auto('${path}')`);
    expect(count.getRowObjects()[0]?.['n']).toBe(reports.length);
    const columns = await conn.runAndReadAll(
      `select count(*)::int as n from (describe select * from read_csv_auto('${path}'))`,
    );
    expect(columns.getRowObjects()[0]?.['n']).toBe(codebook().length);
    const cells = await conn.runAndReadAll(
      `select "${key}"::varchar as v from read_csv_auto('${path}', nullstr = ['', 'NA'])`,
    );
    expect(cells.getRowObjects().map((r) => (r['v'] === null ? null : Number(r['v'])))).toEqual(
      expected.map((v) => (typeof v === 'number' ? v : null)),
    );
    conn.closeSync();
  });
});
