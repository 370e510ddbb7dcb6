import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { Decimal, layoutOf, type Report } from '../src/index.js';

/** Replaces every Decimal by its exact text, so reports compare by value (83 equals 83.0). */
export function byValue(report: Report): unknown {
  const walk = (v: unknown): unknown => {
    if (Decimal.isDecimal(v)) return `D:${v.toFixed()}`;
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(report);
}

/** Asserts two reports are the same report: header, prose and every cell, Decimals by value. */
export function expectSameReport(actual: Report, expected: Report): void {
  expect(byValue(actual)).toEqual(byValue(expected));
  expect(layoutOf(actual.edition).cells.length).toBe(layoutOf(expected.edition).cells.length);
}

/** A python3 that has pandas: Debian's (where `apt-get install python3-pandas` puts it) first, then the PATH's. */
export function pandasPython(): string | undefined {
  return ['/usr/bin/python3', 'python3'].find((bin) => {
    try {
      execFileSync(bin, ['-c', 'import pandas'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}
