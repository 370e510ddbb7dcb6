import { describe, expect, it } from 'vitest';
import {
  auditReport,
  checkReport,
  renderHtml,
  renderMarkdown,
  renderText,
  toCsv,
  type Report,
} from '../../src/index.js';
import { seedReport } from '../../examples/seedReport.js';
import { consistentReport2021 as report2021 } from '../../src/testing/index.js';

const fixtures: [string, Report][] = [
  ['seed-2019', seedReport],
  ['report-2021', report2021],
];

describe.each(fixtures)('golden files: %s', (name, report) => {
  it('renderText', async () => {
    await expect(renderText(report)).toMatchFileSnapshot(`../fixtures/golden/${name}.txt`);
  });
  it('renderMarkdown', async () => {
    await expect(renderMarkdown(report)).toMatchFileSnapshot(`../fixtures/golden/${name}.md`);
  });
  it('renderHtml (fragment and standalone)', async () => {
    await expect(renderHtml(report)).toMatchFileSnapshot(`../fixtures/golden/${name}.fragment.html`);
    await expect(renderHtml(report, { standalone: true })).toMatchFileSnapshot(`../fixtures/golden/${name}.html`);
  });
  it('renderHtml with an audit (the inspector’s audit view)', async () => {
    await expect(renderHtml(report, { audit: auditReport(report), locale: 'en' })).toMatchFileSnapshot(
      `../fixtures/golden/${name}.audit.html`,
    );
  });
  it('toCsv', async () => {
    await expect(toCsv(report)).toMatchFileSnapshot(`../fixtures/golden/${name}.csv`);
  });
});

describe('renderers', () => {
  it('the 2021 fixture is consistent', () => {
    expect(checkReport(report2021).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('renderHtml escapes prose and builds the official merged cells', () => {
    const html = renderHtml(report2021);
    expect(html).toContain('主动公开各类政府信息&lt;共&gt;1245条 &amp; 更多。');
    expect(html).not.toContain('<共>');
    expect(html).toContain(
      '<th rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th>',
    );
    expect(html).toContain('<th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th>');
    expect(html).toMatch(/<th rowspan="22" scope="rowgroup">三、本年度办理结果<\/th>/);
    expect(html).toContain('<th rowspan="8" scope="rowgroup">（三）不予公开</th>');
    expect(html).toContain('<th colspan="5">行政复议</th><th colspan="10">行政诉讼</th>');
    expect(html).toContain('<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th>');
  });

  it('every table row of the HTML has as many cells as the form has columns', () => {
    // Count cells per body row, expanding rowspans and colspans, for each table.
    for (const table of renderHtml(report2021).split('<table').slice(1)) {
      const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1] as string);
      const carry: number[] = [];
      const widths = rows.map((row) => {
        let width = carry.filter((n) => n > 0).length;
        for (let i = 0; i < carry.length; i++) carry[i] = Math.max(0, (carry[i] as number) - 1);
        for (const cell of row.matchAll(/<t[hd]([^>]*)>/g)) {
          const colspan = Number(/colspan="(\d+)"/.exec(cell[1] as string)?.[1] ?? 1);
          const rowspan = Number(/rowspan="(\d+)"/.exec(cell[1] as string)?.[1] ?? 1);
          width += colspan;
          for (let k = 0; k < colspan && rowspan > 1; k++) carry.push(rowspan - 1);
        }
        return width;
      });
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('toCsv writes the exact header and one line per cell', () => {
    const lines = toCsv(report2021).trimEnd().split('\n');
    expect(lines[0]).toBe('edition,reportYear,agency,section,row,column,value,rowLabel,columnLabel');
    expect(lines).toContain(
      '2021,2023,某某市数据局,requests,outcomes.withheld.thirdPartyRights,commercialEnterprise,1,4.保护第三方合法权益,商业企业',
    );
    expect(lines).toContain(
      '2021,2023,某某市数据局,proactiveDisclosure,coercion,decisions,NA,行政强制,本年处理决定数量',
    );
    expect(lines).toContain(
      '2021,2023,某某市数据局,proactiveDisclosure,fees,amount,0.092万元,行政事业性收费,本年收费金额（单位：万元）',
    );
    expect(toCsv(seedReport)).toContain(
      '2019,2020,盐城市人力资源和社会保障局,requests,carriedForward,total,,四、结转下年度继续办理,总计',
    );
  });
});
