/** Hostile Word files (#31): each reproduction, generated here, gives findings — never a crash, never minutes. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/docx/index.js';
import { deflateBomb, zipOf } from './bombs.js';

const docx = (body: string) =>
  zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document><w:body>${body}</w:body></w:document>`) });
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;

describe('parseDocx on hostile files', () => {
  it('a zip bomb (document.xml inflating to 2.2 GB from 14 MB) stops at the inflated-size limit', async () => {
    const bomb = zipOf('word/document.xml', deflateBomb('<w:document><w:body><w:p><w:r><w:t>', 2.2e9));
    const r = await parseDocx(bomb);
    expect(codes(r)).toEqual(['LIMIT_EXCEEDED']);
    const [f] = r.findings;
    expect(f?.code === 'LIMIT_EXCEEDED' && f.limit).toEqual({ name: 'inflatedBytes', value: 64 * 1024 * 1024 });
  });

  it('a part whose sizes lie is read by what it inflates to, and the limit can be lowered or raised', async () => {
    const lying = zipOf('word/document.xml', deflateBomb('<w:document><w:body><w:p><w:r><w:t>', 2_000_000), 10);
    expect(codes(await parseDocx(lying, { limits: { inflatedBytes: 1_000_000 } }))).toEqual(['LIMIT_EXCEEDED']);
    expect(codes(await parseDocx(lying, { limits: { inflatedBytes: 4_000_000 } }))).toEqual(['NO_REPORT_FOUND']);
    expect(codes(await parseDocx(new Uint8Array(2000), { limits: { inputBytes: 1000 } }))).toEqual(['LIMIT_EXCEEDED']);
  });

  it('a character reference past U+10FFFF, or a surrogate, reads as U+FFFD (it threw RangeError)', async () => {
    const r = await parseDocx(docx(p('&#x110000;&#xD800;&#99999999999;一、总体情况')));
    expect(codes(r)).toEqual(['NO_REPORT_FOUND']);
  });

  it('a 2-row table with 200,000 empty paragraphs in a cell (it overflowed the stack)', async () => {
    const body = `<w:tbl><w:tr>${tc(p('x'))}</w:tr><w:tr>${tc('<w:p></w:p>'.repeat(200_000))}</w:tr></w:tbl>`;
    expect(codes(await parseDocx(docx(body)))).toEqual(['NO_REPORT_FOUND']);
  });

  it.each([
    ['<!-- ×250k, never closed (161 s before)', '<!--'.repeat(250_000)],
    ['<? ×500k, never closed (over 300 s before)', '<?'.repeat(500_000)],
    ['attribute-like text ×200k in one tag', `<w:gridSpan ${'a'.repeat(200_000)}/>`],
  ])('%s: linear', async (_, junk) => {
    expect(codes(await parseDocx(docx(p('x') + junk)))).toEqual(['NO_REPORT_FOUND']);
  });

  it('100,000 vertically merged rows (102 s, then RangeError, before): one cell, linear', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      i === 0
        ? `<w:tr>${tc(p('5'), '<w:vMerge w:val="restart"/>')}</w:tr>`
        : `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}</w:tr>`,
    ).join('');
    const r = await parseDocx(docx(`<w:tbl>${rows}</w:tbl>`));
    expect(codes(r)).toContain('NO_REPORT_FOUND');
  });

  it('1,000 rows of gridSpan 1000 (a 3 KB file): the grid limit, one finding, no flood', async () => {
    const rows = `<w:tr>${tc(p('5'), '<w:gridSpan w:val="1000"/>')}</w:tr>`.repeat(1000);
    const r = await parseDocx(docx(p('2020年政府信息公开工作年度报告') + `<w:tbl>${rows}</w:tbl>`));
    expect(r.findings.length).toBeLessThanOrEqual(25);
    expect(codes(r)).toContain('LIMIT_EXCEEDED');
  });
});
