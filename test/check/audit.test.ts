/** auditReport (#33, first part): one verdict, causes instead of symptoms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport, getCell, layoutOf, parseReport, renderText, setRow, type Report } from '../../src/index.js';
import {
  arbitraryReport,
  asPublished,
  consistentReport2021,
  publishingStyles,
  seedReport,
} from '../../src/testing/index.js';
import { corrupt, random } from '../repair/corrupt.js';
import { slipAndScramble } from '../repair/scrambled.js';
import { oneWrongRow } from './oneWrongRow.js';

describe('auditReport', () => {
  it('a consistent report: verdict consistent, no cause', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), (r) => {
        const audit = auditReport(r);
        expect([audit.verdict, audit.causes]).toEqual(['consistent', []]);
      }),
      { numRuns: 60 },
    );
  });

  it('one wrong row (予以公开 printed 3|0|0|0|0|1|4 while the totals say otherwise) is one cause, with its repair', () => {
    const report = oneWrongRow;
    const audit = auditReport(report);
    expect(audit.verdict).toBe('inconsistent');
    expect(audit.causes.map((c) => [c.kind, c.actor])).toEqual([['slip', 'publisher']]);
    const broken = audit.findings.filter((f) => f.status === 'broken').map((f) => f.fingerprint);
    expect(broken.length).toBeGreaterThan(1);
    expect([...(audit.causes[0]?.findings ?? [])].sort()).toEqual([...broken].sort());
    expect(audit.summary.zh).toContain('最可能的更正');
    expect(audit.summary.en).toContain('Most likely fix');
  });

  it('a single slip in a consistent report is one cause whose repair restores the original (or is tied with it)', () => {
    const rnd = random(7);
    const bases = fc.sample(arbitraryReport({ consistent: true }), { numRuns: 60, seed: 9 }) as Report[];
    let slips = 0;
    for (const base of bases) {
      const c = corrupt(base, 1, rnd, ['digit', 'transposition', 'totalZero']);
      if (!c) continue;
      const audit = auditReport(c.report);
      if (audit.verdict === 'consistent') continue; // a change the relations cannot see
      slips++;
      expect(audit.causes.filter((x) => x.kind === 'slip')).toHaveLength(1);
      expect(audit.causes.filter((x) => x.kind === 'other' || x.kind === 'unrepairable')).toEqual([]);
    }
    expect(slips).toBeGreaterThan(30);
  });

  it('the reader’s doubts are causes for the reader, one per row; blanks are said to count as unknown', () => {
    const text = renderText(seedReport);
    const { report, findings } = parseReport(text.replace(/\n/g, ''));
    if (!report) throw new Error('the seed reads');
    const audit = auditReport(report, { parseFindings: findings });
    for (const c of audit.causes.filter((x) => x.kind === 'unread')) expect(c.actor).toBe('reader');
    expect(audit.parseFindings).toBe(findings);
    // Read from the page as printed, the seed's blank rows are the publisher's: blank, not zero.
    const blank = auditReport(seedReport).causes.find((c) => c.kind === 'blank');
    expect([blank?.actor, blank?.message.en]).toEqual(['publisher', expect.stringContaining('Blank is not zero')]);
  });

  it('a table scrambled beyond repair is named as such, and the other table’s slip keeps its repair', () => {
    const report = slipAndScramble;
    const kinds = auditReport(report).causes.map((c) => c.kind);
    expect(kinds).toContain('slip');
    expect(kinds).toContain('unrepairable');
  });
});

describe('formatting audits and reader findings (#33)', () => {
  it('formatAudit prints the verdict, the summary and each cause with who should act; formatFindings takes a reader’s findings', async () => {
    const { formatAudit, formatFindings } = await import('../../src/index.js');
    const report = setRow(consistentReport2021, 'requests.outcomes.disclosed', { naturalPerson: 99 } as never);
    const text = formatAudit(auditReport(report), { locale: 'en' });
    expect(text.split('\n')[0]).toBe('Verdict: inconsistent');
    expect(text).toMatch(/1\. \[slip · publisher\] Most likely a slip/);
    const { findings } = parseReport(renderText(seedReport).replace(/\n/g, ''));
    const lines = formatFindings(findings, { locale: 'en' });
    expect(lines).toMatch(/\[\w+\] line \d+ /);
  });
});

describe('auditReport on consistent reports read back from every publishing style (#33)', () => {
  it.each(publishingStyles)('%s: the verdict of the report the text states, and no cause but its blanks', (style) => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), fc.integer({ min: 1, max: 1000 }), (r, seed) => {
        const pub = asPublished(r, style, seed);
        const { report, findings } = parseReport(pub.text, {
          agency: pub.report.agency,
          reportYear: pub.report.reportYear,
          edition: pub.report.edition,
        });
        if (!report) throw new Error('a consistent report reads');
        const audit = auditReport(report, { parseFindings: findings });
        const stated = auditReport(pub.report);
        const rowOf = (k: string) => k.slice(0, k.lastIndexOf('.'));
        const differ = new Set(
          layoutOf(report.edition)
            .cells.filter((c) => JSON.stringify(getCell(report, c.key)) !== JSON.stringify(getCell(pub.report, c.key)))
            .map((c) => rowOf(c.key)),
        );
        if (differ.size === 0) {
          // Read as stated: the stated report's verdict, and no cause but its blanks.
          expect(audit.verdict).toBe(stated.verdict);
          // A row not found on the page is the reader's cause (someone must look), on a row the text leaves blank.
          const unread = audit.causes.filter((c) => c.kind === 'unread').flatMap((c) => c.cells);
          for (const k of unread) expect(getCell(pub.report, k as never), k).toBeNull();
          expect(
            audit.causes.filter((c) => c.kind !== 'blank' && c.kind !== 'unread').map((c) => c.message.en),
          ).toEqual([]);
          if (stated.verdict === 'consistent') expect(audit.causes).toEqual([]);
          return;
        }
        // Cells the reader could not settle (left blank): never consistent, and each such row a cause for the reader.
        expect(audit.verdict).not.toBe('consistent');
        // A wrong split of digits is a warning on its row (DIGITS_SPLIT), carried in the audit.
        const named = new Set([
          ...audit.causes.filter((c) => c.kind === 'unread').flatMap((c) => c.cells.map(rowOf)),
          ...audit.parseFindings.flatMap((f) =>
            f.severity === 'info' ? [] : (f.rows ?? [f.location?.row]).map((r) => `${f.location?.section}.${r}`),
          ),
        ]);
        for (const row of differ) expect([...named], row).toContain(row);
      }),
      { numRuns: 8, seed: 20261206 },
    );
  });
});
