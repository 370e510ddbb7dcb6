/** Where each cell came from (#32): `explain: true` on every reader, derived from the stages' origins. */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import {
  getCell,
  isOgiReportError,
  layoutOf,
  parseReport,
  renderHtml,
  type CellSource,
  type Report,
} from '../../src/index.js';
import { parsePdf, pdfTextPages } from '../../src/pdf/index.js';
import { arbitraryReport, asPublished, publishingStyles, seedReport } from '../../src/testing/index.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Every cell read has one source (a blank printed as an empty cell has one too, with no text), and a
 * value's text holds the value as printed.
 */
function expectSources(report: Report | undefined, sources: readonly CellSource[] | undefined, text?: string) {
  const read = layoutOf(report?.edition ?? '2021').cells.filter((c) => report && getCell(report, c.key) !== null);
  const keys = sources?.map((s) => s.key) ?? [];
  expect(new Set(keys).size).toBe(keys.length);
  for (const c of read) expect(keys, c.key).toContain(c.key);
  for (const s of sources ?? []) {
    if (report && getCell(report, s.key) === null && s.value === 'printed') expect(s.text, s.key).toBe('');
    if (text !== undefined) expect(text.slice(s.span.start, s.span.end), s.key).toBe(s.text);
    const v = report && getCell(report, s.key);
    if (s.value !== 'implied' && typeof v === 'number')
      expect(s.text.replace(/[^\d-]/g, ''), s.key).toContain(String(Math.abs(v)));
  }
}

describe('parseReport with explain', () => {
  it('on every publishing style: each cell read has a span whose characters hold its value', () => {
    for (const style of publishingStyles)
      fc.assert(
        fc.property(arbitraryReport({ consistent: true }), fc.integer({ min: 1, max: 1000 }), (r, seed) => {
          const { text, report: truth } = asPublished(r, style, seed);
          const { report, sources } = parseReport(text, {
            explain: true,
            agency: truth.agency,
            reportYear: truth.reportYear,
            edition: truth.edition,
          });
          expectSources(report, sources, text);
          for (const s of sources ?? []) {
            // The line is the line of the span's first character.
            expect(text.slice(0, s.span.start).split('\n').length, s.key).toBe(s.span.line);
            if (s.value === 'split') expect(['digits', 'sums']).toContain(s.split?.by);
          }
        }),
        { numRuns: 4, seed: 20261206 },
      );
  });

  it('says how each row was found and each value decided: printed by label, split by the sums, implied', () => {
    const pipes = parseReport(asPublished(seedReport, 'pipes').text, { explain: true }).sources ?? [];
    expect(new Set(pipes.map((s) => `${s.row} ${s.value}`))).toEqual(new Set(['label printed']));
    const glued = parseReport(asPublished(seedReport, 'oneLine').text, { explain: true }).sources ?? [];
    expect(glued.some((s) => s.value === 'split' && s.split?.by === 'sums')).toBe(true);
    const [r] = fc.sample(arbitraryReport({ consistent: true, edition: '2021' }), { numRuns: 1, seed: 3 }) as [Report];
    const older = parseReport(asPublished(r, 'singleOther').text, { explain: true }).sources ?? [];
    expect(
      older.filter((s) => s.value === 'implied').every((s) => s.row === 'group' && s.key.includes('.other.')),
    ).toBe(true);
    expect(older.some((s) => s.value === 'implied')).toBe(true);
  });

  it('costs nothing unless asked: no sources by default, and explain must be a boolean', () => {
    expect(parseReport(asPublished(seedReport, 'pipes').text)).not.toHaveProperty('sources');
    let caught: unknown;
    try {
      parseReport('', { explain: 'yes' as never });
    } catch (e) {
      caught = e;
    }
    expect(isOgiReportError(caught) && caught.code).toBe('INVALID_ARGUMENT');
  });
});

describe('the document readers with explain', () => {
  const elements = (n: Node, tag: string): Element[] => {
    const out: Element[] = [];
    const walk = (x: Node) => {
      if ('tagName' in x && x.tagName === tag) out.push(x);
      if ('childNodes' in x) for (const c of x.childNodes) walk(c as Node);
    };
    walk(n);
    return out;
  };
  const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

  it('parseHtml: each source names the table and row of the <td> its value was read from', () => {
    for (const report of [seedReport, ...fc.sample(arbitraryReport(), { numRuns: 3, seed: 9 })]) {
      const html = renderHtml(report, { standalone: true });
      const { report: back, sources } = parseHtml(html, { explain: true });
      expectSources(back, sources);
      const tables = elements(parse(html), 'table');
      for (const s of sources ?? []) {
        expect(s.source?.kind).toBe('html');
        if (s.source?.kind !== 'html') continue;
        const tr = elements(tables[s.source.table ?? -1] as Element, 'tr')[s.source.row ?? -1] as Element;
        const td = elements(tr, 'td').find((x) => attr(x, 'data-key') === s.key);
        expect(td, s.key).toBeDefined();
      }
    }
  });

  const pdf = new URL('../../../shared/samples/huaian-2024.pdf', import.meta.url);
  it.runIf(existsSync(pdf))(
    'parsePdf: each source has the page and box of the item its value was printed in',
    async () => {
      const bytes = new Uint8Array(readFileSync(pdf));
      const { report, sources } = await parsePdf(bytes, { explain: true });
      expectSources(report, sources);
      const pages = await pdfTextPages(new Uint8Array(readFileSync(pdf)));
      for (const s of sources ?? []) {
        expect(s.source?.kind, s.key).toBe('pdf');
        if (s.source?.kind !== 'pdf' || !s.box) throw new Error(`no box: ${s.key}`);
        const { page } = s.source;
        const box = s.box;
        // An item of that page inside the box prints the text read.
        const inside = pages[page - 1]?.items.filter(
          (it) => it.x >= box.x - 1 && it.x <= box.x + box.width + 1 && Math.abs(it.y - (box.y + box.height)) < 2,
        );
        expect(inside?.map((it) => it.str.trim()).join(''), s.key).toContain(s.text);
      }
    },
  );
});
