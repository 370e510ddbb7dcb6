/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The inspector in a real browser: headless Chromium from the system's packages (`.ci/run` installs
 * Debian's `chromium`; set CHROMIUM to use another), driven by playwright-core — no browser download.
 * Skipped, saying so, where no Chromium is installed.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReport, layoutOf, renderHtml, setCells, setSection, type Report } from '../../src/index.js';
import { unradical } from '../../src/parse/normalize.js';
import { pdfTextPages } from '../../src/pdf/index.js';
import { consistentReport2021, seedReport } from '../../src/testing/index.js';
import { inspected } from './inspected.js';
import { oneWrongRow } from '../check/oneWrongRow.js';

const executablePath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
if (!present)
  console.warn(`inspector.browser.test: no Chromium at ${executablePath} — skipped (apt-get install chromium)`);

const shots = mkdtempSync(join(tmpdir(), 'ogi-inspector-'));
const reports: [string, Report][] = [
  ['seed', seedReport],
  [
    '2021',
    setCells(consistentReport2021, {
      'requests.outcomes.disclosed.naturalPerson': 99,
      'reviewLitigation.review.total': 7,
    }),
  ],
];

describe.runIf(present)('the inspector in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    console.info(`inspector screenshots: ${shots}`);
  });

  it.each(reports)(
    '%s: exactly the broken cells are highlighted, every link lands on a cell, nothing overflows',
    async (name, report) => {
      const { findings, html } = inspected(report);
      const broken = [
        ...new Set(
          findings
            .filter((f) => f.status === 'broken')
            .flatMap((f) => f.operands.filter((o) => o.report === 'current').map((o) => o.key as string)),
        ),
      ].sort();
      expect(broken.length).toBeGreaterThan(0);
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(html);
        const seen = await page.evaluate(() => {
          const outlined = [...document.querySelectorAll<HTMLElement>('td[data-key]')]
            .filter((td) => getComputedStyle(td).outlineStyle === 'solid')
            .map((td) => td.dataset['key'] as string)
            .sort();
          const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
          const dangling = links
            .filter((a) => !document.getElementById(a.hash.slice(1))?.matches('td[data-key]'))
            .map((a) => a.hash);
          const em = Number.parseFloat(getComputedStyle(document.querySelector('.ogi-report') as Element).fontSize);
          const narrowLabels = [...document.querySelectorAll('th[scope=row]')].filter(
            (th) => th.getBoundingClientRect().width < 5 * em,
          ).length;
          return {
            outlined,
            links: links.length,
            dangling,
            overflow: document.documentElement.scrollWidth - innerWidth,
            narrowLabels,
          };
        });
        expect(seen.outlined).toEqual(broken);
        expect(seen.links).toBeGreaterThan(0);
        expect(seen.dangling).toEqual([]);
        expect(seen.overflow).toBeLessThanOrEqual(0);
        expect(seen.narrowLabels).toBe(0);
        await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
        await page.close();
      }
    },
  );

  it('the standalone page prints on A4: header rows repeated on each page of a table, no row split across pages', async () => {
    // A long overview pushes table 三 across a page break.
    const paragraphs = Array.from(
      { length: 9 },
      (_, i) => `第${i + 1}段。${'本年度我局认真贯彻落实政府信息公开条例，'.repeat(12)}`,
    );
    const report = setSection(consistentReport2021, 'overview', paragraphs.join('\n'));
    const page = await browser.newPage();
    await page.setContent(renderHtml(report, { standalone: true }));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const pages = (await pdfTextPages(new Uint8Array(pdf))).map((p) => unradical(p.items.map((i) => i.str).join('')));
    const sizes = (await pdfTextPages(new Uint8Array(pdf))).map((p) => [Math.round(p.width), Math.round(p.height)]);
    expect(new Set(sizes.map(String))).toEqual(new Set(['595,842'])); // A4 portrait, in points
    const rows = layoutOf('2021').rows.filter((r) => r.section.key === 'requests');
    const pagesOf = (text: string) => pages.flatMap((p, i) => (p.includes(text) ? [i] : []));
    const tablePages = new Set(rows.flatMap((r) => pagesOf(r.row.label.slice(0, 8))));
    expect(tablePages.size).toBeGreaterThan(1); // the table does cross a page
    for (const p of tablePages) expect(pages[p]).toContain('申请人情况');
    for (const r of rows) {
      const label = r.row.label;
      // Every row's label whole on one page (a row split across a page break would cut it in two).
      expect([label, pagesOf(label).length]).toEqual([label, 1]);
    }
  });
});

describe.runIf(present)('the inspector showing an audit, in Chromium (#33)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // One wrong row: 予以公开 printed 3|0|0|0|0|1|4 while the column totals say 1|0|0|0|0|0|1.
  const oneSlip = oneWrongRow;

  it.each([
    ['one slip', oneSlip, 1],
    ['the seed', seedReport, 3],
  ] as const)(
    '%s: summary first in zh and en, each cause once with its repair once, every cell link lands, culprits marked',
    async (name, report, causes) => {
      const audit = auditReport(report);
      const slips = audit.causes.filter((c) => c.kind === 'slip');
      const changes = slips.flatMap((c) => c.repair ?? []).map((c) => `${c.from ?? ''} → ${c.to}`);
      for (const locale of ['zh', 'en'] as const)
        for (const width of [390, 1280]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.setContent(renderHtml(report, { standalone: true, audit, locale }));
          const seen = await page.evaluate(() => {
            const panel = document.querySelector<HTMLElement>('.ogi-audit');
            const first = document.querySelector('.ogi-report > :not(h1)');
            const causes = [...document.querySelectorAll<HTMLElement>('.ogi-causes > li')];
            const links = [...document.querySelectorAll<HTMLAnchorElement>('.ogi-audit a[href^="#"]')];
            return {
              first: first === panel,
              verdict: panel?.dataset['verdict'],
              summaries: [...document.querySelectorAll<HTMLElement>('.ogi-summary')].map((p) => [
                p.lang,
                p.innerText.length,
              ]),
              causes: causes.map((li) => li.innerText),
              findingsText: document.querySelector<HTMLElement>('.ogi-all-findings')?.textContent ?? '',
              dangling: links.filter((a) => !document.getElementById(a.hash.slice(1))?.matches('td[data-key]')).length,
              links: links.length,
              culprits: [...document.querySelectorAll<HTMLElement>('td.ogi-culprit')]
                .map((td) => td.dataset['key'])
                .sort(),
              related: document.querySelectorAll('td.ogi-related').length,
              overflow: document.documentElement.scrollWidth - innerWidth,
            };
          });
          expect(seen.first).toBe(true);
          expect(seen.verdict).toBe(audit.verdict);
          expect(seen.summaries.map(([lang]) => lang).sort()).toEqual(['en', 'zh-CN']);
          for (const [, length] of seen.summaries) expect(length).toBeGreaterThan(10);
          expect(seen.causes).toHaveLength(causes);
          // Each change of the repair is written once in the causes, and never again under a finding.
          const all = seen.causes.join('\n');
          for (const c of changes) {
            expect(all.split(c).length - 1, c).toBe(1);
            expect(seen.findingsText).not.toContain(c);
          }
          expect(seen.links).toBeGreaterThan(0);
          expect(seen.dangling).toBe(0);
          expect(seen.culprits).toEqual(slips.flatMap((c) => c.cells).sort());
          expect(seen.related).toBeGreaterThan(0);
          expect(seen.overflow).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(shots, `audit-${name.replace(' ', '-')}-${locale}-${width}.png`) });
          await page.close();
        }
    },
  );
});
