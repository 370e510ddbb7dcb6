/** Hostile pages (#31): bounded findings and memory, no throw. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import { DEFAULT_LIMITS } from '../../src/index.js';

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const merged = (n: number) => `<table><tr><td colspan="${n}" rowspan="${n}">5</td></tr>${'<tr>'.repeat(n - 1)}</table>`;
const title = '<h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>';

describe('parseHtml on hostile pages', () => {
  it('a 4 KB page of one 1000 × 1000 merged cell, seven times (1,000,000 findings and 714 MB each before)', () => {
    const r = parseHtml(title + merged(1000).repeat(7));
    expect(r.findings.length).toBeLessThanOrEqual(DEFAULT_LIMITS.findingsPerCode + 5);
    expect(r.findings.find((f) => f.code === 'LIMIT_EXCEEDED')?.limit?.name).toBe('gridSlots');
  });

  it('a merged value cell under the grid limit: 20 findings listed, the rest counted in one', () => {
    const r = parseHtml(title + merged(300));
    const mergedFindings = r.findings.filter((f) => f.code === 'CELL_MERGED');
    expect(mergedFindings).toHaveLength(DEFAULT_LIMITS.findingsPerCode + 1);
    expect(mergedFindings.at(-1)?.count).toBe(300 * 300 - 1 - DEFAULT_LIMITS.findingsPerCode);
    expect(mergedFindings.at(-1)?.message.en).toMatch(
      /more findings of this kind \(CELL_MERGED\) \(table:row 1:1–1:300\)/,
    );
    expect(
      codes(parseHtml(title + merged(300), { limits: { findingsPerCode: 3 } })).filter((c) => c === 'CELL_MERGED'),
    ).toHaveLength(4);
  });

  it('200,000 <br> in one cell (RangeError in isLayoutTable before), and a page over inputBytes', () => {
    expect(() =>
      parseHtml(`<table><tr><td>x</td></tr><tr><td>${'<br>'.repeat(200_000)}</td></tr></table>`),
    ).not.toThrow();
    expect(codes(parseHtml('<p>x</p>'.repeat(100), { limits: { inputBytes: 100 } }))).toEqual(['LIMIT_EXCEEDED']);
  });
});
