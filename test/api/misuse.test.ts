/**
 * The options prologue and misuse (#34): every public function that takes options refuses an unknown
 * option (naming the nearest known one) and a value of the wrong type with `INVALID_ARGUMENT`; every
 * public function given `null`, `undefined` or a number as its main argument throws `OgiReportError`
 * or returns a coded result — never another exception. The tables are printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as docx from '../../src/docx/index.js';
import * as fixtures from '../../src/fixtures/index.js';
import * as html from '../../src/html/index.js';
import * as pdf from '../../src/pdf/index.js';
import * as testing from '../../src/testing/index.js';

const report = testing.consistentReport2021;
type Call = (options: Record<string, unknown>) => unknown;
/** Each function with options: how to call it with options, and a value of the wrong type for one option. */
const withOptions: [name: string, call: Call, wrongType: Record<string, unknown>][] = [
  ['parseReport', (o) => core.parseReport('一、总体情况', o), { reportYear: '2024' }],
  ['parseHtml', (o) => html.parseHtml('<p>x</p>', o), { scope: 5 }],
  ['parsePdfText', (o) => pdf.parsePdfText([], o), { limits: { pages: 'all' } }],
  ['parsePdf', (o) => pdf.parsePdf(new Uint8Array(0), o), { signal: 'stop' }],
  ['parseDocx', (o) => docx.parseDocx(new Uint8Array(0), o), { agency: 5 }],
  ['checkReport', (o) => core.checkReport(report, o), { locale: 5 }],
  ['auditReport', (o) => core.auditReport(report, o), { parseFindings: 'none' }],
  ['auditReports', (o) => core.auditReports([{ report }], o), { locale: 'fr' }],
  ['suggestRepairs', (o) => core.suggestRepairs(report, o), { budget: 'many' }],
  ['renderHtml', (o) => core.renderHtml(report, o), { standalone: 'yes' }],
  ['renderDocx', (o) => docx.renderDocx(report, o), { font: 5 }],
  ['toCsv', (o) => core.toCsv(report, o), { escapeFormulas: 'no' }],
  ['toWideCsv', (o) => core.toWideCsv([report], o), { escapeFormulas: 1 }],
  ['fromCsv', (o) => core.fromCsv('', o), { escapeFormulas: 'no' }],
  ['fromCsvReports', (o) => core.fromCsvReports('', o), { escapeFormulas: 'no' }],
  ['fromWideCsv', (o) => core.fromWideCsv('', o), { escapeFormulas: 'no' }],
  ['fillTotals', (o) => core.fillTotals(report, o), { overwrite: 'yes' }],
  ['formatFindings', (o) => core.formatFindings([], o), { locale: 'fr' }],
  ['tallyRequests', (o) => core.tallyRequests([], { reportYear: 2024, ...o }), { fields: 'x' }],
  ['tallyReviewLitigation', (o) => core.tallyReviewLitigation([], { reportYear: 2024, ...o }), { agency: 'x' }],
  [
    'emptyReport',
    (o) => core.emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某局' }, ...o } as never),
    { scope: 5 },
  ],
  ['sumReports', (o) => core.sumReports([report], o as never), { reportYear: 'x' }],
  ['assertConsistent', (o) => testing.assertConsistent(report, o), { failOn: 5 }],
  ['arbitraryReport', (o) => testing.arbitraryReport(o), { consistent: 'yes' }],
  ['arbitraryCorruption', (o) => testing.arbitraryCorruption(o), { rules: 'R1' }],
];

/** What a call did: returned, or threw / rejected with which error and code. */
async function outcome(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'returned';
  } catch (e) {
    const err = e as { name?: string; code?: string };
    return err.name === 'OgiReportError' ? `OgiReportError ${err.code}` : `${err.name}: ${(e as Error).message}`;
  }
}

const table: string[] = [];
afterAll(() => console.info(`\noptions prologue (function · unknown option · wrong type):\n${table.join('\n')}`));

describe('every public function with options refuses what it does not know', () => {
  it.each(withOptions)('%s', async (name, call, wrongType) => {
    const unknown = await outcome(() => call({ bogusOption: 1 }));
    const wrong = await outcome(() => call(wrongType));
    table.push(`  ${name.padEnd(24)} ${unknown.padEnd(34)} ${wrong}`);
    expect([unknown, wrong]).toEqual(['OgiReportError INVALID_ARGUMENT', 'OgiReportError INVALID_ARGUMENT']);
  });

  it('names the nearest known option of a misspelling', async () => {
    expect(await outcome(() => core.fillTotals(report, { overwite: true } as never))).toBe(
      'OgiReportError INVALID_ARGUMENT',
    );
    expect(() => core.fillTotals(report, { overwite: true } as never)).toThrow(/did you mean “overwrite”/);
    expect(() => core.formatFindings([], { local: 'en' } as never)).toThrow(/did you mean “locale”/);
    expect(() => core.tallyRequests([], { year: 2024 } as never)).toThrow(/unknown option “year”/);
  });
});

/** Every function of every entry (classes and re-exported libraries aside). */
const entries = { core, docx, fixtures, html, pdf, testing } as const;
const functions = Object.entries(entries).flatMap(([entry, m]) =>
  Object.entries(m)
    .filter(([name, v]) => typeof v === 'function' && name !== 'Decimal' && !/^[A-Z]/.test(name))
    .map(([name, f]) => [`${entry}.${name}`, f as (...args: unknown[]) => unknown] as const),
);
const misuseTable: string[] = [];
afterAll(() => console.info(`\nmain argument null / undefined / 7:\n${misuseTable.join('\n')}`));

describe('every public function given null, undefined or a number', () => {
  it.each(functions)('%s: OgiReportError or a result, never another exception', async (name, f) => {
    const seen = [];
    for (const bad of [null, undefined, 7]) seen.push(await outcome(() => f(bad)));
    misuseTable.push(`  ${name.padEnd(36)} ${seen.join(' · ')}`);
    for (const s of seen) expect(s).toMatch(/^(returned|OgiReportError \w+)$/);
  });
});
