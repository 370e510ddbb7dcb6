import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('README', () => {
  afterEach(() => vi.restoreAllMocks());

  it('quotes examples/quickstart.ts verbatim, and its shown output is what it prints', async () => {
    const readme = read('../README.md');
    const example = read('../examples/quickstart.ts');
    expect(readme).toContain(example.trimEnd());

    const expected = [...example.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
    await import('../examples/quickstart.js');
    expect(printed).toEqual(expected);
    expect(expected).toHaveLength(3);
  });

  it('gives the two set-up commands, one for the demo and one for the tests', () => {
    const readme = read('../README.md');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
