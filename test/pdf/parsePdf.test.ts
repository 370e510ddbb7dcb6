import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editions, fromCsv, fromJSON, isOgiReportError, layoutOf, type Report } from '../../src/index.js';
import { parsePdf, parsePdfText, pdfTextPages } from '../../src/pdf/index.js';
import { arbitraryReport, consistentReport2021 } from '../../src/testing/index.js';
import { sortCells } from '../parse/readBack.js';
import { minimalPdf } from './minimalPdf.js';
import { syntheticPdf, type Geometry } from './synthetic.js';

// The seed's PDF ships with the package (docs/samples), for the reading guide; the others are test fixtures.
const fixture = (name: string) =>
  name === 'seed-2019.pdf'
    ? new URL('../../docs/samples/seed-2019.pdf', import.meta.url)
    : new URL(`../fixtures/pdf/${name}`, import.meta.url);
const truthOf = (name: string): Report => {
  const r = fromJSON(readFileSync(fixture(`${name}.json`), 'utf8'));
  if (!r.success) throw new Error(`bad fixture ${name}`);
  return r.report;
};
const facts = (r: Report) => ({ agency: r.agency, scope: r.scope });

describe('parsePdf: pages printed from renderHtml by Chromium', () => {
  it.each(['seed-2019', 'arbitrary-2019', 'arbitrary-2021', 'long-2021'])(
    '%s.pdf: every cell read exactly',
    async (name) => {
      const truth = truthOf(name);
      const result = await parsePdf(new Uint8Array(readFileSync(fixture(`${name}.pdf`))), { scope: truth.scope });
      const back = sortCells(truth, result);
      expect(back.wrong).toEqual([]);
      expect(result.report?.reportYear).toBe(truth.reportYear);
      // The title read as printed, the radical code points Chromium writes (⼈ for 人) read as characters.
      expect(result.report?.agency.name).toBe(truth.agency.name);
    },
  );

  it('long-2021.pdf: table 三 breaks across pages, and is read as one table', async () => {
    const pages = await pdfTextPages(new Uint8Array(readFileSync(fixture('long-2021.pdf'))));
    const pageOf = (s: string) => pages.find((p) => p.items.some((i) => i.str.includes(s)))?.page;
    expect(pageOf('三、收到和处理政府信息公开申请情况')).toBeLessThan(pageOf('结转下年度继续办理') as number);
  });
});

const samples = new URL('../../../shared/samples/', import.meta.url);
describe.runIf(existsSync(new URL('huaian-2024.pdf', samples)))(
  'parsePdf: a real published report (淮安市人民政府 2024)',
  () => {
    it('reads every cell of sections 二, 三 and 四 exactly, and the title', async () => {
      const truth = fromCsv(readFileSync(new URL('huaian-2024.cells.csv', samples), 'utf8'));
      if (!truth.success) throw new Error('bad sample');
      const { report, findings } = await parsePdf(new Uint8Array(readFileSync(new URL('huaian-2024.pdf', samples))));
      expect(sortCells(truth.report, { ...(report && { report }), findings }).wrong).toEqual([]);
      expect(report?.agency.name).toBe('淮安市人民政府');
      expect(report?.reportYear).toBe(2024);
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it('reads its prose as the author wrote it: whole paragraphs, no spaces between Chinese and digits (#32)', async () => {
      const { report } = await parsePdf(new Uint8Array(readFileSync(new URL('huaian-2024.pdf', samples))));
      const prose = [report?.overview, report?.problems, report?.otherMatters].join('\n');
      const paragraphs = prose.split('\n');
      // Seven paragraphs of 一, two of 五, one of 六: each a whole sentence or more, ending as one does.
      const starts = [
        '本报告由淮安',
        '2024年，',
        '（一）主动公开',
        '（二）依申请公',
        '（三）政府信息',
        '（四）政府信息',
        '（五）政府信息',
        '对照上级新要',
        '针对存在问题',
        '2024年，',
      ];
      expect(paragraphs).toHaveLength(starts.length);
      starts.forEach((start, i) => expect(paragraphs[i]).toMatch(new RegExp(`^${start.replace(/[（）]/g, '.')}`)));
      for (const p of paragraphs) expect(p, p).toMatch(/[。）]$/);
      expect(report?.overview).toContain('《中华人民共和国政府信息公开条例》（国令第711号）');
      expect(prose).not.toMatch(/[\u4e00-\u9fff，。、） ][ \u00a0]+\d|\d[ \u00a0]+[\u4e00-\u9fff]/);
      expect(report?.otherMatters).toBe(
        '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
      );
    });
  },
);

describe('parsePdf: prose of a Word document saved as PDF (LibreOffice; scripts/wordPdfFixture.ts)', () => {
  it('reads each paragraph whole, across line and page ends, with no space the author did not type (#32)', async () => {
    const fixture = new URL('../fixtures/pdf/', import.meta.url);
    const truth = fromJSON(readFileSync(new URL('word-2021.json', fixture), 'utf8'));
    if (!truth.success) throw new Error('bad fixture');
    const { report } = await parsePdf(new Uint8Array(readFileSync(new URL('word-2021.pdf', fixture))));
    // LibreOffice leaves a 、 it hangs past the line end out of the text layer (pdftotext agrees).
    const text = (r: Report | undefined) =>
      [r?.overview, r?.problems, r?.otherMatters].map((p) => p?.replaceAll('、', '').split('\n'));
    expect(text(report)).toEqual(text(truth.report));
    expect(report?.overview.split('\n')).toHaveLength(10);
  });
});

describe('parsePdfText: the geometry of office-printed PDFs, for any report', () => {
  const geometries: Record<string, Geometry> = {
    'one line per row, blank cells as columns with no item': {},
    'labels wrapped in their cells': { wrapAt: 9 },
    'the outcome group label one character per line': { vertical: true },
    'table 三 continued on the next page, header repeated, page numbers': {
      linesPerPage: 18,
      repeatHeader: true,
      footers: true,
    },
    'table 三 continued on the next page without its header': { linesPerPage: 18 },
    'Kangxi radical code points': { kangxi: true },
    'a row’s values in one item': { joinedValues: true },
  };
  it.each(Object.entries(geometries))('%s: never silently wrong, and ≥ 99.5%% of the cells exact', (_name, g) => {
    let exact = 0;
    let cells = 0;
    for (const edition of editions) {
      fc.assert(
        fc.property(arbitraryReport({ edition, smallCounts: true }), (r) => {
          const back = sortCells(r, parsePdfText(syntheticPdf(r, g), facts(r)));
          expect(back.silent).toEqual([]);
          exact += back.exact;
          cells += layoutOf(edition).cells.length;
        }),
        { numRuns: 20, seed: 20261201 },
      );
    }
    expect(exact / cells).toBeGreaterThanOrEqual(0.995);
  });
});

describe('parsePdf: PDF files written by other producers', () => {
  it('a PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H) is read through pdf.js’s CMaps, every cell exact', async () => {
    const reports = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 6, seed: 20261201 });
    for (const r of reports) {
      const bytes = minimalPdf(
        syntheticPdf(r, { wrapAt: 12, vertical: true, linesPerPage: 20, repeatHeader: true, footers: true }),
      );
      const back = sortCells(r, await parsePdf(bytes, facts(r)));
      expect(back.wrong).toEqual([]);
    }
  });

  it('without the CMaps such a file has no text, and says so instead of guessing', async () => {
    const bytes = minimalPdf(syntheticPdf(consistentReport2021));
    const r = await parsePdf(bytes, { cMapUrl: '/nowhere/' });
    expect(r.findings[0]?.code).toBe('NO_REPORT_FOUND');
  });
});

describe('parsePdf: bad input', () => {
  it('a file pdf.js cannot open, or one without text, is NO_REPORT_FOUND — never a rejection', async () => {
    for (const bytes of [
      new Uint8Array(0),
      new TextEncoder().encode('%PDF-1.7 not really'),
      new Uint8Array(1000).fill(7),
    ]) {
      const r = await parsePdf(bytes);
      expect(r.findings[0]?.code).toBe('NO_REPORT_FOUND');
      expect(r.report).toBeUndefined();
    }
    expect((await parsePdf('x' as never)).findings[0]?.code).toBe('NO_REPORT_FOUND');
    expect(parsePdfText([{ page: 1, width: 595, height: 842, items: [] }]).findings[0]?.message.en).toContain(
      'no text layer',
    );
  });

  it('a money unit set apart from its amount (`83` `万元`, as LibreOffice writes a cell) is one value', async () => {
    const pages = await pdfTextPages(new Uint8Array(readFileSync(fixture('seed-2019.pdf'))));
    const split = pages.map((p) => ({
      ...p,
      items: p.items.flatMap((it) => {
        const m = /^(\d+)(万元)$/.exec(it.str);
        if (!m) return [it];
        const w = (it.width * (m[1] as string).length) / it.str.length;
        return [
          { ...it, str: m[1] as string, width: w },
          { ...it, str: m[2] as string, x: it.x + w + 2, width: it.width - w },
        ];
      }),
    }));
    expect(split.flatMap((p) => p.items).some((i) => i.str === '万元')).toBe(true);
    const { report, findings } = parsePdfText(split);
    expect(report?.proactiveDisclosure).toEqual(truthOf('seed-2019').proactiveDisclosure);
    expect(findings.filter((f) => f.code === 'UNIT_ASSUMED')).toEqual([]);
  });

  it('leaves the caller’s bytes as they were (pdf.js takes ownership of what it is given)', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('seed-2019.pdf')));
    const copy = bytes.slice();
    await parsePdf(bytes);
    expect(bytes).toEqual(copy);
  });

  it.each([{ scope: 'x' as never }, { cMapUrl: 3 as never }, { standardFontDataUrl: '' }, { colour: 'red' } as never])(
    'validates its options before reading: %j',
    (options) => {
      try {
        void parsePdf(new Uint8Array(0), options);
        expect.unreachable();
      } catch (error) {
        expect(isOgiReportError(error) && error.code).toBe('INVALID_ARGUMENT');
      }
    },
  );
});
