import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import { editions, isOgiReportError, renderHtml, type Report } from '../../src/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';
import { sortCells } from '../parse/readBack.js';
import { layoutTableHtml, oneTableHtml, unclosedHtml, wordHtml } from './samples.js';

const facts = (r: Report) => ({ agency: r.agency, scope: r.scope });
const runs = { numRuns: 25, seed: 20261201 };

describe('parseHtml: round trips', () => {
  it.each(editions)(
    'parseHtml(renderHtml(r)) gives back every cell of any %s report, fragment or standalone page',
    (edition) => {
      fc.assert(
        fc.property(arbitraryReport({ edition }), fc.boolean(), (r, standalone) => {
          const back = sortCells(r, parseHtml(renderHtml(r, { standalone }), facts(r)));
          expect(back.wrong).toEqual([]);
        }),
        runs,
      );
    },
  );

  it('gives back the prose and the header facts of the fixtures', () => {
    for (const r of [seedReport, consistentReport2021]) {
      const { report, findings } = parseHtml(renderHtml(r, { standalone: true }), { agency: r.agency });
      expect(findings).toEqual([]);
      expect(report && { ...report }).toEqual({ ...r });
    }
  });
});

describe('parseHtml: pages as government sites publish them', () => {
  const shapes = {
    'Word-exported (MsoNormal spans in every cell, &nbsp; blanks, merged headers laid out differently, a vertical group label)':
      wordHtml,
    'the three tables in one <table>, headings as rows': oneTableHtml,
    'the article inside a layout table, with navigation, scripts and hidden text around it': (r: Report) =>
      layoutTableHtml(renderHtml(r)),
    'unclosed cells and rows, no <tbody>': (r: Report) => unclosedHtml(renderHtml(r)),
  };
  it.each(Object.entries(shapes))('%s: read cell for cell', (_name, shape) => {
    fc.assert(
      fc.property(arbitraryReport(), (r) => {
        expect(sortCells(r, parseHtml(shape(r), facts(r))).wrong).toEqual([]);
      }),
      { ...runs, numRuns: 15 },
    );
  });

  it('keeps a site’s navigation out of the report: text before the title is not the overview', () => {
    const { report } = parseHtml(layoutTableHtml(renderHtml(seedReport)));
    expect(report?.overview).toBe(seedReport.overview);
    expect(report?.otherMatters).toBe(seedReport.otherMatters);
  });
});

describe('parseHtml: a cell is a cell', () => {
  const page = renderHtml(consistentReport2021);
  it('a cell holding two numbers is left blank with CELL_SEVERAL_VALUES at its table, row and column', () => {
    const target = consistentReport2021.requests.received.naturalPerson;
    const td = 'id="ogi-requests-received-naturalPerson">';
    expect(page.includes(`${td}${target}</td>`)).toBe(true);
    for (const cell of [`${target} 1`, `${target}<br>1`, `<p>${target}</p><p>1</p>`]) {
      const { report, findings } = parseHtml(
        page.replace(`${td}${target}</td>`, `${td}${cell}</td>`),
        facts(consistentReport2021),
      );
      expect(report?.requests.received.naturalPerson).toBeNull();
      const f = findings.find((x) => x.code === 'CELL_SEVERAL_VALUES');
      expect(f?.source).toEqual({ kind: 'html', table: 4, row: 3, column: 3 });
      expect(f?.message.zh).toContain(`${target} 1`);
    }
  });

  it('a value cell merged over two columns is read once, the covered cell left blank with CELL_MERGED', () => {
    const v = consistentReport2021.reviewLitigation.review.upheld;
    const html = page.replace(
      /(<tbody>\s*<tr>)<td[^>]*>([^<]*)<\/td><td[^>]*>[^<]*<\/td>/,
      '$1<td colspan="2">$2</td>',
    );
    const { report, findings } = parseHtml(html, facts(consistentReport2021));
    expect(report?.reviewLitigation.review.upheld).toBe(v);
    expect(report?.reviewLitigation.review.corrected).toBeNull();
    expect(findings.find((f) => f.code === 'CELL_MERGED')?.source).toMatchObject({
      kind: 'html',
      row: expect.any(Number),
      column: 1,
    });
  });

  it('reader findings point into the page: a label variant names its table and row, not a line', () => {
    const html = page.replace('（一）予以公开', '（一）同意公开');
    const { findings } = parseHtml(html, facts(consistentReport2021));
    const variant = findings.find((f) => f.location?.row === 'outcomes.disclosed');
    expect(variant?.source).toMatchObject({ kind: 'html', table: 4 });
    expect(variant?.line).toBeUndefined();
  });

  it('a row is read from its cells: table 四 printed with dashes and no label cell is fifteen placeholders, not a Markdown rule', () => {
    // The laid-out line `|  | - | - | … |` once looked like a Markdown table rule and was dropped.
    const dashes = renderHtml(seedReport).replace(/(id="ogi-reviewLitigation-[^"]+">)0</g, '$1-<');
    const { report, findings } = parseHtml(dashes, facts(seedReport));
    expect(Object.values(report?.reviewLitigation ?? {}).flatMap((row) => Object.values(row))).toEqual(
      Array(15).fill('NA'),
    );
    expect(findings.filter((f) => f.location?.section === 'reviewLitigation')).toEqual([]);
  });
});

describe('parseHtml: hostile pages', () => {
  it('never throws, and keeps to linear work on degenerate markup', () => {
    const pages = [
      '',
      '<table>',
      '<div>'.repeat(100_000) + '一、总体情况' + '</div>'.repeat(100_000),
      `<table>${'<tr><td rowspan="0" colspan="1000">1</td>'.repeat(2000)}</table>`,
      `<table><tr>${'<td colspan="999999">x</td>'.repeat(5000)}</tr></table>`,
      '<table><tr><td><table><tr><td>'.repeat(5000),
      renderHtml(seedReport).replace(/<\/?t[dhr][^>]*>/g, ''),
    ];
    for (const p of pages) {
      const r = parseHtml(p);
      expect(Array.isArray(r.findings)).toBe(true);
    }
    expect(parseHtml(42 as never).findings[0]?.code).toBe('NO_REPORT_FOUND');
  });

  it('validates its options like parseReport', () => {
    try {
      parseHtml('', { edition: '2020' as never });
      expect.unreachable();
    } catch (error) {
      expect(isOgiReportError(error) && error.code).toBe('INVALID_ARGUMENT');
    }
  });
});
