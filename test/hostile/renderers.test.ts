/**
 * Every renderer escapes everything it writes (#31), the findings and repairs a caller hands back
 * included: payloads in every field, then the output checked as what reads it would read it — the
 * inspector's page parsed as a browser parses it (and run in Chromium where it is installed), the
 * Markdown rendered by marked, the CSV as a spreadsheet sees its fields, the Word file's XML.
 */
import { existsSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { marked } from 'marked';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { records } from '../../src/format/csvText.js';
import { renderDocx } from '../../src/docx/index.js';
import {
  checkReport,
  fromCsv,
  fromJSON,
  fromWideCsv,
  parseReport,
  renderHtml,
  renderMarkdown,
  setCells,
  suggestRepairs,
  toCsv,
  toJSON,
  toWideCsv,
  type Finding,
  type ParseFinding,
  type Repair,
  type Report,
} from '../../src/index.js';
import { consistentReport2021 } from '../../src/testing/index.js';
import { PAYLOADS } from './payloads.js';

const broken = setCells(consistentReport2021, { 'requests.outcomes.disclosed.naturalPerson': 99 });
const { findings } = checkReport(broken);
const { repairs } = suggestRepairs(broken);
const withText = (r: Report, p: string): Report =>
  ({ ...r, agency: { ...r.agency, name: `某局${p}`, code: p }, overview: p, problems: p, otherMatters: p }) as Report;

/** Every string field of a finding, repair or parse finding replaced by the payload (keys kept where the page needs them). */
function tainted(p: string) {
  const f: Finding[] = findings.map((x) => ({
    ...x,
    fingerprint: p,
    severity: p as never,
    status: p as never,
    rule: p as never,
    code: p as never,
    message: { zh: p, en: p },
    location: { ...x.location, key: p as never },
    operands: x.operands.map((o, i) => (i === 0 ? { ...o, key: p as never } : o)),
    inferred: [{ key: x.operands[0]?.key as never, value: p as never, where: { zh: p, en: p } }],
  }));
  const r: Repair[] = repairs.map((x) => ({
    ...x,
    changes: x.changes.map((c) => ({ ...c, from: p as never, to: p as never })),
  }));
  const pf: ParseFinding[] = [
    {
      code: p as never,
      severity: 'error',
      location: { section: 'requests', row: 'received', key: p as never, where: { zh: p, en: p } },
      rows: [p],
      message: { zh: p, en: p },
    },
  ];
  return { findings: f, repairs: r, parseFindings: pf };
}

const inspectorPages = PAYLOADS.map(
  (p) => [p, renderHtml(withText(broken, p), { standalone: true, ...tainted(p) })] as const,
);

type Node = DefaultTreeAdapterTypes.Node;
/** Elements and attributes a page made by the library may hold: nothing that runs. */
function runnable(html: string): string[] {
  const found: string[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if ('tagName' in n) {
      if (['script', 'img', 'iframe', 'svg', 'object', 'embed', 'a'].includes(n.tagName) && n.tagName !== 'a')
        found.push(`<${n.tagName}>`);
      for (const a of n.attrs) {
        if (a.name.startsWith('on') || a.name === 'autofocus') found.push(`${n.tagName}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${n.tagName}[${a.name}=${a.value}]`);
      }
    }
    if ('childNodes' in n) for (const c of n.childNodes) stack.push(c);
    if ('content' in n) stack.push((n as DefaultTreeAdapterTypes.Template).content);
  }
  return found;
}

describe('renderers escape every field a caller supplies', () => {
  it.each(inspectorPages)('the inspector with %j in every field: nothing that runs', (_, html) => {
    expect(runnable(html)).toEqual([]);
  });

  it.each(PAYLOADS)(
    'renderMarkdown with %j in the name and prose: marked renders no markup from it, and it reads back',
    (p) => {
      const report = withText(consistentReport2021, p);
      const md = renderMarkdown(report);
      expect(runnable(marked.parse(md, { async: false }) as string)).toEqual([]);
      const printable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\t\ufffe\uffff\ud800-\udfff]/.test(p);
      if (!printable) expect(parseReport(md, { agency: report.agency }).report?.overview).toBe(p.trim());
    },
  );

  it.each(PAYLOADS)('toCsv and toWideCsv with %j: no field a spreadsheet would run; the readers give it back', (p) => {
    const report = withText(consistentReport2021, p);
    for (const csv of [toCsv(report), toWideCsv([report])]) {
      const fields = (records(csv) ?? []).flat();
      expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !/^-?\d+(\.\d+)?(元|万元)?$/.test(f))).toEqual([]);
    }
    // An agency name with a line break is no name: fromJSON refuses it, and so do the CSV readers.
    if (!fromJSON(toJSON(report)).success) return;
    const back = fromCsv(toCsv(report));
    expect(back.success && [back.report.overview, back.report.agency.name]).toEqual([p, `某局${p}`]);
    const wide = fromWideCsv(toWideCsv([report]))[0];
    expect(wide?.success && wide.report.overview).toBe(p);
    // Trusted pipelines keep the bytes: escapeFormulas false on both sides.
    const kept = fromCsv(toCsv(report, { escapeFormulas: false }), { escapeFormulas: false });
    expect(kept.success && kept.report.overview).toBe(p);
  });

  it('renderDocx with every payload in the name and prose writes XML 1.0 characters only', async () => {
    const forbidden =
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const p of PAYLOADS) {
      const xml = strFromU8(
        unzipSync(await renderDocx(withText(consistentReport2021, p)))['word/document.xml'] as Uint8Array,
      );
      expect(forbidden.test(xml)).toBe(false);
      expect(xml).not.toContain('<script');
    }
  });

  it('renderers given something that is not a report throw OgiReportError, never TypeError', () => {
    for (const bad of [null, undefined, 7, 'x', {}, { edition: '2099' }, { edition: '2021' }])
      for (const render of [
        () => renderHtml(bad as never),
        () => renderMarkdown(bad as never),
        () => toCsv(bad as never),
        () => toWideCsv([bad as never]),
        () => toWideCsv(bad as never),
      ])
        expect(render).toThrow(expect.objectContaining({ name: 'OgiReportError', code: 'INVALID_ARGUMENT' }));
  });
});

const executablePath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
describe.runIf(existsSync(executablePath))('the inspector in Chromium with every payload', () => {
  it('runs no script from any field (window.__pwned stays unset)', async () => {
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      for (const [p, html] of inspectorPages) {
        await page.setContent(html, { waitUntil: 'load' });
        await page.hover('td[data-key]').catch(() => undefined);
        expect([p, await page.evaluate(() => (window as { __pwned?: number }).__pwned)]).toEqual([p, undefined]);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('every .docx made with a payload in the name and prose is well-formed XML (a browser XML parser accepts it)', async () => {
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      for (const p of PAYLOADS) {
        const xml = strFromU8(
          unzipSync(await renderDocx(withText(consistentReport2021, p)))['word/document.xml'] as Uint8Array,
        );
        const error = await page.evaluate(
          (text) =>
            new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
          xml,
        );
        expect([p, error]).toEqual([p, null]);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
