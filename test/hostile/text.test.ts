/** The text readers on inputs that used to lose a report or cost too much (#31). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import {
  fromCsv,
  fromJsonLines,
  parseReport,
  renderHtml,
  renderText,
  setSection,
  toCsv,
  toJsonLines,
  type Report,
} from '../../src/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';
import { sectionTemplates } from '../../src/parse/locate.js';

const headings = sectionTemplates.map((s) => s.heading);
/** Tables of contents as overviews print them: a heading a line, on one line, with leader dots and page numbers. */
const tocs = [
  headings.join('\n'),
  headings.join(''),
  headings.join(' '),
  headings.map((h, i) => `${h}……………${i + 1}`).join('\n'),
  headings.map((h, i) => `${h} 第${i + 1}页`).join('\n'),
];

describe('a table of contents in the overview (0 of 200 cells read before)', () => {
  it.each(tocs.map((t) => [t.slice(0, 30), t]))('%s…: every cell read, through text and HTML', (_, toc) => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), fc.boolean(), (r, before) => {
        const overview = before ? `目录\n${toc}\n本年度工作情况。` : `本年度工作情况。\n${toc}`;
        const report = setSection(r, 'overview', overview) as Report;
        const text = parseReport(renderText(report), { agency: report.agency, scope: report.scope });
        const html = parseHtml(renderHtml(report), { agency: report.agency, scope: report.scope });
        for (const read of [text, html]) {
          expect(read.report?.requests).toEqual(report.requests);
          expect(read.report?.reviewLitigation).toEqual(report.reviewLitigation);
        }
        expect(text.report?.overview).toBe(overview);
      }),
      { numRuns: 15 },
    );
  });
});

describe('two reports in one text, page or file', () => {
  it('the first is read, and a SECOND_REPORT finding names where the second starts', () => {
    const text = `${renderText(consistentReport2021)}\n${renderText(seedReport)}`;
    const r = parseReport(text);
    expect(r.report?.requests).toEqual(consistentReport2021.requests);
    expect(r.report?.otherMatters).toBe(consistentReport2021.otherMatters);
    const second = r.findings.find((f) => f.code === 'SECOND_REPORT');
    expect(second?.line).toBe(renderText(consistentReport2021).split('\n').length + 1); // after the empty line between them
    const page = parseHtml(renderHtml(consistentReport2021) + renderHtml(seedReport));
    expect(page.findings.map((f) => f.code)).toContain('SECOND_REPORT');
  });

  it('one report with numbered items in its last section is not taken for two', () => {
    const items = '一、收取费用情况\n二、人大代表建议办理\n三、其他\n四、附件';
    const r = parseReport(renderText(setSection(consistentReport2021, 'otherMatters', items)));
    expect(r.findings.map((f) => f.code)).not.toContain('SECOND_REPORT');
  });
});

describe('serialised datasets with one huge field or a BOM', () => {
  it('a CSV field of 30 MB is read as one slice (it was built a character at a time: 19 s and 3.4 GB per 100 MB)', () => {
    const big = '某'.repeat(30_000_000);
    const back = fromCsv(toCsv({ ...consistentReport2021, overview: big } as Report));
    expect(back.success && back.report.overview.length).toBe(big.length);
  });

  it('fromJsonLines strips a byte-order mark', () => {
    const [r] = fromJsonLines(`\ufeff${toJsonLines([consistentReport2021])}`);
    expect(r?.success).toBe(true);
  });
});
