/** The Word document: rendered in the national form's layout, and read back cell by cell. */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isOgiReportError, layoutOf, type Report } from '../../src/index.js';
import { parseDocx, renderDocx } from '../../src/docx/index.js';
import { arbitraryReport, consistentReport2021, seedReport } from '../../src/testing/index.js';
import { sortCells } from '../parse/readBack.js';
import { unradical } from '../../src/parse/normalize.js';

const documentXml = (bytes: Uint8Array) => new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
const facts = (r: Report) => ({ agency: r.agency, scope: r.scope });

describe('renderDocx', () => {
  it('A4 portrait with the form’s margins, 宋体, the six headings, three tables with repeated headers and unsplit rows', async () => {
    const xml = documentXml(await renderDocx(consistentReport2021));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/);
    expect(xml).toContain('w:eastAsia="宋体"');
    for (const h of layoutOf('2021').template.sections.map((s) => s.heading))
      expect(xml).toContain(`<w:t xml:space="preserve">${h}</w:t>`);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(3 + 3); // 三's three header rows, 四's three
    const rows = xml.match(/<w:tr>/g)?.length ?? 0;
    expect(xml.match(/<w:cantSplit\/>/g)?.length).toBe(rows);
    expect(xml).toContain('<w:vMerge w:val="restart"/>'); // 三、本年度办理结果 spanning its rows
  });

  it('blank cells stay blank, not applicable is “/”, money keeps its unit; options are checked', async () => {
    const xml = documentXml(await renderDocx(seedReport));
    expect(xml).toContain('<w:t xml:space="preserve">83万元</w:t>');
    const back = await parseDocx(await renderDocx(seedReport), facts(seedReport));
    expect(back.report?.requests.outcomes.disclosed.naturalPerson).toBeNull();
    await expect(renderDocx(seedReport, { font: 'Arial' } as never)).rejects.toSatisfy(
      (e: unknown) => isOgiReportError(e) && e.code === 'INVALID_ARGUMENT',
    );
  });
});

describe('parseDocx(renderDocx(r))', () => {
  it('property: gives back every cell of arbitrary reports of both editions, with no finding', async () => {
    const reports = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 25, seed: 12 });
    for (const r of reports) {
      const back = await parseDocx(await renderDocx(r), facts(r));
      const read = sortCells(r, back);
      expect([read.silent, read.flagged]).toEqual([[], 0]);
      expect(back.report?.edition).toBe(r.edition);
      // Prose comes back as the readers give it: paragraphs without the empty ones, Kangxi radicals as characters.
      const paragraphs = unradical(r.overview)
        .split('\n')
        .filter((p) => p.trim() !== '');
      const got = back.report?.overview.split('\n').filter((p) => p.trim() !== '') ?? [];
      expect(got.map((p) => p.trim())).toEqual(paragraphs.map((p) => p.trim()));
    }
  }, 120_000);

  it('never rejects: bytes that are not a Word document give NO_REPORT_FOUND; the bytes are not modified', async () => {
    const junk = new Uint8Array([1, 2, 3, 4]);
    const r = await parseDocx(junk);
    expect(r.findings[0]?.code).toBe('NO_REPORT_FOUND');
    expect([...junk]).toEqual([1, 2, 3, 4]);
  });

  const template = new URL('../../../shared/samples/template-2021.docx', import.meta.url);
  it.runIf(existsSync(template))(
    'the national form as a blank Word document: its three tables are found, every cell blank',
    async () => {
      const { report, findings } = await parseDocx(new Uint8Array(readFileSync(template)), {
        reportYear: 2023,
        agency: { name: '（模板）' },
      });
      expect(report?.edition).toBe('2021');
      expect(report?.requests.received.total).toBeNull();
      expect(findings.filter((f) => f.code === 'SECTION_MISSING')).toEqual([]);
      // Its title (no year) and its placeholders （文字描述…） are the form's, not prose (#32).
      expect([report?.overview, report?.problems, report?.otherMatters]).toEqual(['', '', '']);
    },
  );
});
