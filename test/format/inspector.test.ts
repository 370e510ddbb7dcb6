/**
 * The inspector: findings, repairs and a reader's doubts shown on the rendered form. The markup is
 * checked here; test/format/inspector.browser.test.ts loads the pages in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import {
  auditReport,
  checkReport,
  htmlStyles,
  isOgiReportError,
  parseReport,
  renderHtml,
  renderText,
  setCells,
  type Report,
} from '../../src/index.js';
import { consistentReport2021, seedReport } from '../../src/testing/index.js';
import { inspected } from './inspected.js';

type Element = DefaultTreeAdapterMap['element'];
const elements = (html: string): Element[] => {
  const out: Element[] = [];
  const walk = (n: DefaultTreeAdapterMap['parentNode']) => {
    for (const c of n.childNodes) {
      if ('tagName' in c) out.push(c);
      if ('childNodes' in c) walk(c as DefaultTreeAdapterMap['parentNode']);
    }
  };
  walk(parse(html));
  return out;
};
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: Element, c: string) => (attr(e, 'class') ?? '').split(' ').includes(c);

describe('renderHtml as an inspector', () => {
  it('every value cell carries its key and an id, annotated or not', () => {
    const cells = elements(renderHtml(consistentReport2021)).filter((e) => e.tagName === 'td');
    expect(
      cells.every((c) => attr(c, 'data-key') && attr(c, 'id') === `ogi-${attr(c, 'data-key')?.replaceAll('.', '-')}`),
    ).toBe(true);
    expect(new Set(cells.map((c) => attr(c, 'id'))).size).toBe(cells.length);
  });

  it('marks exactly the cells of broken relations, lists each finding under its table with links to existing cells', () => {
    const { findings, html } = inspected(seedReport);
    const all = elements(html);
    const ids = new Set(all.map((e) => attr(e, 'id')).filter(Boolean));
    const broken = new Set(
      findings
        .filter((f) => f.status === 'broken')
        .flatMap((f) => f.operands.filter((o) => o.report === 'current').map((o) => o.key as string)),
    );
    const marked = all.filter((e) => e.tagName === 'td' && hasClass(e, 'ogi-broken')).map((e) => attr(e, 'data-key'));
    expect(new Set(marked)).toEqual(broken);
    const items = all.filter((e) => e.tagName === 'li' && attr(e, 'id')?.startsWith('ogi-f-'));
    expect(items.map((e) => attr(e, 'id')).sort()).toEqual(findings.map((f) => `ogi-f-${f.fingerprint}`).sort());
    const links = all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href')?.slice(1));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !ids.has(l))).toEqual([]);
  });

  it('shows the top repair on its cells as “26 → 0”, the blanks it fills, and the repair under each finding', () => {
    const { html } = inspected(seedReport);
    expect(html).toContain(
      '<td data-key="requests.outcomes.total.naturalPerson" id="ogi-requests-outcomes-total-naturalPerson" class="ogi-broken ogi-repair"',
    );
    expect(html).toMatch(/><del>26<\/del> → <ins>0<\/ins><\/td>/);
    expect(html).toMatch(
      /id="ogi-requests-carriedForward-naturalPerson" class="[^"]*ogi-repair[^"]*"[^>]*><ins>18<\/ins>/,
    );
    expect(html).toContain(
      '<span class="ogi-repair-note">最可能的更正：表三 · 三、本年度办理结果 · （七）总计 · 自然人 26 → 0</span>',
    );
    expect(html).toContain('<li><span class="ogi-repair"></span>建议的更正（原值 → 更正值）</li>');
  });

  it('tied repairs show as alternatives, never as one fix', () => {
    const tied = setCells(consistentReport2021, {
      'reviewLitigation.review.upheld': 3,
      'reviewLitigation.review.corrected': 4,
      'reviewLitigation.review.other': 5,
      'reviewLitigation.review.pending': 6,
      'reviewLitigation.review.total': 25,
    });
    const cells = elements(inspected(tied).html).filter((e) => e.tagName === 'td' && hasClass(e, 'ogi-alternative'));
    expect(cells.map((e) => attr(e, 'data-key')?.split('.').at(-1))).toEqual([
      'upheld',
      'corrected',
      'other',
      'pending',
      'total',
    ]);
    expect(elements(inspected(tied).html).some((e) => e.tagName === 'td' && hasClass(e, 'ogi-repair'))).toBe(false);
  });

  it('shows what a reader doubted: the cells marked ogi-doubt and the finding listed', () => {
    const text = renderText(consistentReport2021);
    const row = text.split('\n').find((l) => l.startsWith('一、本年新收')) as string;
    const read = parseReport(text.replace(row, row.replace(/\| (\d+) \|/, '| 1两 |')));
    expect(read.findings.map((f) => [f.code, f.location?.row])).toEqual([['VALUE_COUNT', 'received']]);
    const html = renderHtml(read.report as Report, { parseFindings: read.findings });
    const doubted = elements(html).filter((e) => e.tagName === 'td' && hasClass(e, 'ogi-doubt'));
    expect(doubted.map((e) => attr(e, 'data-key')?.split('.').slice(1, 2)[0])).toEqual(Array(7).fill('received'));
    expect(html).toContain('<li><span class="ogi-doubt"></span>读取时有疑问的格</li>');
    expect(html).toMatch(/<li id="ogi-p-\d+" class="ogi-(error|warning)">/);
  });

  it('in English on request; the form itself stays Chinese', () => {
    const html = renderHtml(seedReport, { findings: checkReport(seedReport).findings, locale: 'en' });
    expect(html).toContain('cells of a broken relation');
    expect(html).toContain('<h2>三、收到和处理政府信息公开申请情况</h2>');
  });

  it('the standalone page has a viewport and the exported stylesheet; options are checked', () => {
    const page = renderHtml(seedReport, { standalone: true });
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain(htmlStyles);
    expect(htmlStyles).toContain('@media print');
    for (const bad of [{ finding: [] }, { findings: 'x' }, { locale: 'fr' }]) {
      try {
        renderHtml(seedReport, bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isOgiReportError(e) && e.code).toBe('INVALID_ARGUMENT');
      }
    }
  });
});

describe('renderHtml with an audit (#33)', () => {
  it('escapes every field of an audit handed back (stored as JSON), and refuses an audit beside findings', () => {
    const report = setCells(consistentReport2021, { 'requests.outcomes.disclosed.naturalPerson': 99 });
    const audit = auditReport(report);
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const tampered = JSON.parse(JSON.stringify(audit));
    tampered.verdict = evil;
    tampered.summary = { zh: evil, en: evil };
    tampered.causes[0].message = { zh: evil, en: evil };
    tampered.causes[0].kind = evil;
    tampered.causes[0].actor = evil;
    tampered.causes[0].cells = [evil];
    tampered.findings[0].message = { zh: evil, en: evil };
    tampered.findings[0].fingerprint = evil;
    const html = renderHtml(report, { audit: tampered });
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/="[^"]*"[^ >]*"/); // no attribute broken out of its quotes
    expect(() => renderHtml(report, { audit, findings: audit.findings })).toThrow(/instead of findings/);
    expect(() => renderHtml(report, { audit: {} as never })).toThrow(/audit from auditReport/);
  });

  it('marks the reader’s doubts on their cells, and says why a blank is an unknown only where blanks matter', () => {
    const { report, findings } = parseReport(renderText(seedReport).replace(/\n/g, ''));
    if (!report) throw new Error('the seed reads');
    const audit = auditReport(report, { parseFindings: findings });
    const html = renderHtml(report, { audit, locale: 'en' });
    const doubted = audit.causes.filter((c) => c.kind === 'unread').flatMap((c) => c.cells);
    for (const key of doubted) expect(html).toMatch(new RegExp(`data-key="${key}"[^>]*class="[^"]*ogi-doubt`));
    expect(html).toContain('A blank cell counts as an unknown');
    const filled = renderHtml(consistentReport2021, { audit: auditReport(consistentReport2021) });
    expect(filled).not.toContain('空白格按未知数处理');
    expect(filled).toContain('data-verdict="consistent"');
  });
});
