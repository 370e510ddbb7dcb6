/**
 * The in-CI slice of the fuzzer (bench/fuzz.ts runs a million): 10,000 random and mutated texts.
 * parseReport never throws, and whatever it returns satisfies the model.
 */
import { describe, expect, it } from 'vitest';
import { fromJSON, parseReport, toJSON } from '../../src/index.js';
import { fuzzInput, seeds } from './inputs.js';

describe('fuzz slice', () => {
  it('10,000 random and mutated texts: no throw, every report satisfies the model', () => {
    const base = seeds(36);
    let reports = 0;
    for (let i = 0; i < 10_000; i++) {
      const text = fuzzInput(i, base);
      const { report, findings } = parseReport(text);
      expect(Array.isArray(findings)).toBe(true);
      if (report) {
        reports++;
        if (!fromJSON(toJSON(report)).success) throw new Error(`input ${i} gave a report the model refuses`);
      }
    }
    // The mutated reports are mostly still reports: the slice exercises the reader, not only its refusals.
    expect(reports).toBeGreaterThan(3000);
  }, 120_000);
});
