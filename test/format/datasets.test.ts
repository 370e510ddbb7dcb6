/** Datasets one report at a time (#35): streams, meta through every format, the 元 column, status. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditReport,
  codebook,
  csvLines,
  readCsv,
  fromCsvReports,
  fromJsonLines,
  fromWideCsv,
  jsonLinesOf,
  money,
  readJsonLines,
  readWideCsv,
  setCells,
  toCsv,
  toJsonLines,
  toWideCsv,
  wideCsvLines,
  type DatasetResult,
  type Report,
} from '../../src/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';

/** Meta as researchers keep it: ids, URLs, any text (commas, quotes, line breaks, formulas included). */
const metaArb = fc.dictionary(fc.constantFrom('id', 'source', 'url', '来源', 'note'), fc.string({ maxLength: 20 }), {
  maxKeys: 4,
});
const entries = fc.array(fc.record({ report: arbitraryReport(), meta: metaArb }), { minLength: 1, maxLength: 5 });
const same = (
  read: readonly DatasetResult[],
  written: readonly { report: Report; meta: Record<string, string> }[],
  keys?: readonly string[],
) => {
  expect(read.length).toBe(written.length);
  read.forEach((r, i) => {
    const w = written[i] as { report: Report; meta: Record<string, string> };
    if (!r.success) throw new Error(r.issues.map((x) => x.message.en).join('\n'));
    expect(JSON.stringify(r.report)).toBe(JSON.stringify(w.report));
    const expected = keys ? Object.fromEntries(keys.map((k) => [k, w.meta[k] ?? ''])) : w.meta;
    expect(r.meta).toEqual(expected);
  });
};

describe('meta goes through every dataset format and back', () => {
  it('wide CSV (whole string and streamed, sync and async), JSON Lines and the long CSV', async () => {
    await fc.assert(
      fc.asyncProperty(entries, async (es) => {
        const keys = Object.keys(es[0]?.meta ?? {});
        same(fromWideCsv(toWideCsv(es)), es, keys);
        same([...readWideCsv(wideCsvLines(es))], es, keys);
        async function* lines() {
          for await (const l of wideCsvLines(
            (async function* () {
              yield* es;
            })(),
          ))
            yield* l.split('\n');
        }
        const streamed: DatasetResult[] = [];
        for await (const r of readWideCsv(lines())) streamed.push(r);
        same(streamed, es, keys);
        same(fromJsonLines(toJsonLines(es)), es);
        same([...readJsonLines(jsonLinesOf(es))], es);
        same(fromCsvReports(toCsv(es)), es);
        same([...readCsv(csvLines(es))], es);
      }),
      { numRuns: 40 },
    );
  });

  it('the codebook lists the meta, 元 and status columns a file has; toWideCsv writes exactly them', () => {
    const cb = codebook(undefined, { meta: ['id', 'url'], status: true });
    expect(cb.slice(0, 2).map((e) => [e.name, e.kind])).toEqual([
      ['meta.id', 'meta'],
      ['meta.url', 'meta'],
    ]);
    expect(cb.slice(-4).map((e) => e.name)).toEqual([
      'status.errors',
      'status.warnings',
      'status.infos',
      'status.verdict',
    ]);
    expect(cb.filter((e) => e.kind === 'yuan').every((e) => e.name.endsWith('.yuan') && e.unit === '元')).toBe(true);
    const header = toWideCsv([{ report: seedReport, meta: { id: 'a', url: 'u' }, findings: [] }]).split('\n')[0];
    expect(header).toBe(cb.map((e) => e.name).join(','));
  });
});

describe('money in 元 beside the printed amount', () => {
  it('an amount in 万元 is also written in 元, exactly; the printed amount and unit stay the source', () => {
    const cell = codebook().find((e) => e.kind === 'yuan' && e.editions.includes('2021'))?.key as string;
    const r = setCells(consistentReport2021, { [cell]: money('0.0923', '万元') } as never);
    const [head, row] = toWideCsv([r]).split('\n') as [string, string];
    const at = head.split(',').indexOf(`${cell}.yuan`);
    expect(row.split(',')[at]).toBe('923');
    const back = fromWideCsv(toWideCsv([r]))[0];
    expect(back?.success && JSON.stringify(back.report)).toBe(JSON.stringify(r));
  });
});

describe('the read status columns', () => {
  it('count the reader findings of each report by severity', () => {
    const finding = (severity: 'error' | 'warning' | 'info') => ({
      code: 'VALUE_COUNT' as const,
      severity,
      message: { zh: '', en: '' },
    });
    const text = toWideCsv([
      {
        report: seedReport,
        findings: [finding('error'), finding('warning'), finding('warning')],
        audit: auditReport(seedReport),
      },
    ]);
    const [head, row] = text.split('\n') as [string, string];
    const cols = head.split(',');
    const fields = row.split(',');
    expect(['errors', 'warnings', 'infos', 'verdict'].map((s) => fields[cols.indexOf(`status.${s}`)])).toEqual([
      '1',
      '2',
      '0',
      'inconsistent',
    ]);
    expect(fromWideCsv(text)[0]?.success).toBe(true);
  });
});

describe('an unterminated quote at the end of a stream', () => {
  it('is one failure after the complete reports, from the wide and the long readers alike', () => {
    const wide = `${toWideCsv([seedReport]).trimEnd()}\n2019,"unclosed`;
    const long = `${toCsv([seedReport]).trimEnd()}\n2019,"unclosed`;
    for (const results of [
      [...readWideCsv(wide.split('\n'))],
      fromWideCsv(wide),
      [...readCsv(long.split('\n'))],
      fromCsvReports(long),
    ]) {
      expect(results.map((r) => r.success)).toEqual([true, false]);
      const last = results.at(-1);
      if (last && !last.success) expect(last.issues[0]?.message.en).toContain('unterminated quote');
    }
  });
});
