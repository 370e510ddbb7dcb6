/**
 * Bounded on any input: no spread of an array into call arguments in `src/` (130,000 arguments
 * throw `RangeError`); loops from src/_internal/arrays.ts instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../src/_internal/arrays.js';

const src = fileURLToPath(new URL('../src', import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
/** Calls whose arguments a spread would make input-sized. */
const SPREAD_CALL =
  /\b(?:Math\.(?:max|min)|\.push|\.unshift|\.splice|fromCharCode|fromCodePoint|\.concat)\((?:[^(){}[\]]*,\s*)?\.\.\./;

describe('no input-sized spread into a call', () => {
  it('src/ has none', () => {
    const found = files.flatMap((f) =>
      readFileSync(join(src, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (SPREAD_CALL.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('the pattern catches what it must', () => {
    for (const line of ['Math.max(...xs)', 'out.push(...rows)', 'a.splice(0, 0, ...b)', 'String.fromCodePoint(...cps)'])
      expect(SPREAD_CALL.test(line)).toBe(true);
    expect(SPREAD_CALL.test('f(...args)')).toBe(false);
  });

  it('the loops take 300,000 items (a spread throws RangeError there)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(299_999);
    expect(minOf(many)).toBe(0);
    expect(pushAll([-1], many).length).toBe(300_001);
    expect([maxOf([]), minOf([]), maxOf([1, Number.NaN])]).toEqual([-Infinity, Infinity, Number.NaN]);
  });
});
