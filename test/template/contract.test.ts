/**
 * The contract every registered edition meets. It iterates the registry, so a new edition is
 * covered by registering it: consistent reports pass every check; one break in each rule family is
 * caught where it was planted; JSON, CSV, text and HTML round trips give the report back; the JSON
 * Schema describes it; the reader recognises its edition from its own labels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import {
  editions,
  fromCsv,
  fromJSON,
  layoutOf,
  parseReport,
  renderHtml,
  renderText,
  reportJsonSchema,
  templates,
  toCsv,
  toJSON,
} from '../../src/index.js';
import { arbitraryCorruption, arbitraryReport, assertBreaks, assertConsistent } from '../../src/testing/index.js';
import { expectSameReport } from '../helpers.js';
import { sortCells } from '../parse/readBack.js';

const runs = { numRuns: 20, seed: 20261201 };

describe.each(editions)('edition %s: the contract', (edition) => {
  it('is registered under its own key', () => {
    const t = templates[edition];
    expect(t.edition).toBe(edition);
    expect(layoutOf(edition).edition).toBe(edition);
  });

  it('a consistent report passes every check', () => {
    fc.assert(
      fc.property(arbitraryReport({ edition, consistent: true }), (r) => assertConsistent(r)),
      runs,
    );
  });

  it('one break in each rule family (R1–R4, R8) is caught, at the cell where it was planted', () => {
    fc.assert(
      fc.property(arbitraryCorruption({ edition }), (c) => assertBreaks(c.report, c.breaks, c.key)),
      { ...runs, numRuns: 60 },
    );
  });

  it('JSON, CSV, text and HTML give the report back; the JSON Schema describes its cells', () => {
    fc.assert(
      fc.property(arbitraryReport({ edition }), (r) => {
        const json = fromJSON(toJSON(r));
        expect(json.success && json.report).toEqual(r);
        const csv = fromCsv(toCsv(r));
        expect(csv.success).toBe(true);
        if (csv.success) expectSameReport(csv.report, r);
        const facts = { agency: r.agency, scope: r.scope };
        expect(sortCells(r, parseReport(renderText(r), facts)).wrong).toEqual([]);
        expect(sortCells(r, parseHtml(renderHtml(r), facts)).wrong).toEqual([]);
      }),
      runs,
    );
    expect(JSON.stringify(reportJsonSchema(edition))).toContain(layoutOf(edition).cells[0]?.column.label);
  });

  it('the reader tells the edition from its own labels, whatever the year says', () => {
    fc.assert(
      fc.property(arbitraryReport({ edition, consistent: true }), (r) => {
        expect(parseReport(renderText(r)).report?.edition).toBe(edition);
      }),
      runs,
    );
  });
});
