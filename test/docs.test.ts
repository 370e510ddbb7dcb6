import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rulesMarkdown } from '../scripts/rulesDoc.js';
import { tallyingGuide } from '../scripts/vocabularyDoc.js';
import { pandasPython } from './helpers.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Each document quotes an example verbatim; the example runs and prints what its `// →` comments show. */
const quoted: [doc: string, example: string][] = [
  ['../README.md', '../examples/quickstart.ts'],
  ['../docs/getting-started.md', '../examples/quickstart.ts'],
  ['../docs/model.md', '../examples/model.ts'],
  ['../docs/checking.md', '../examples/check.ts'],
  ['../docs/checking.md', '../examples/repair.ts'],
  ['../docs/checking.md', '../examples/audit.ts'],
  ['../docs/reading.md', '../examples/read.ts'],
  ['../docs/reading.md', '../examples/readSources.ts'],
  ['../docs/reading.md', '../examples/explain.ts'],
  ['../docs/reading.md', '../examples/pdfServer.ts'],
  ['../docs/tallying.md', '../examples/tally.ts'],
  ['../docs/testing.md', '../examples/testing.ts'],
  ['../docs/datasets.md', '../examples/datasets.ts'],
  ['../docs/datasets.md', '../examples/nationalScale.ts'],
];

/** Modules a guide shows in full for its example to import (they print nothing of their own). */
const shown: [doc: string, module: string][] = [['../docs/testing.md', '../examples/integration.ts']];

describe('documentation that cannot rot', () => {
  it.each(shown)('%s shows %s verbatim', (doc, module) => {
    expect(read(doc)).toContain(read(module).trimEnd());
  });

  afterEach(() => vi.restoreAllMocks());

  it.each(quoted)('%s quotes %s verbatim, and its shown output is what it prints', async (doc, example) => {
    const code = read(example);
    expect(read(doc)).toContain(code.trimEnd());
    const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(0);
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    vi.resetModules(); // each example runs afresh, even one imported before
    await import(example.replace(/\.ts$/, '.js'));
    expect(printed).toEqual(expected);
  });

  it('README gives the two set-up commands, one for the demo and one for the tests', () => {
    const readme = read('../README.md');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  it('README links are absolute (they work on the registry page), and every guide it links is shipped', () => {
    const readme = read('../README.md');
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.filter((l) => !/^https?:/.test(l))).toEqual([]);
    const files = (JSON.parse(read('../package.json')) as { files: string[] }).files;
    expect(files).toContain('docs/*.md');
    for (const l of links.filter((x) => x.startsWith('https://unpkg.com/ogi-report/')))
      expect(() => read(`../${l.slice('https://unpkg.com/ogi-report/'.length)}`)).not.toThrow();
  });

  it('docs/tallying.md lists the register vocabulary the code reads (regenerate with npm run docs:vocabulary)', () => {
    const guide = read('../docs/tallying.md');
    expect(guide).toBe(tallyingGuide(guide));
  });

  it('docs/rules.md is what the catalogue says (regenerate with npm run docs:rules)', () => {
    expect(read('../docs/rules.md')).toBe(rulesMarkdown());
  });
});

describe('docs/datasets.md', () => {
  it('its pandas snippet, run on the file its recipe writes, prints what it shows', async () => {
    const { execFileSync } = await import('node:child_process');
    const python = pandasPython();
    if (!python)
      return void console.warn('docs/datasets.md: no python3 with pandas — skipped (apt-get install python3-pandas)');
    const doc = read('../docs/datasets.md');
    const snippet = /```python\n([\s\S]*?)```/.exec(doc)?.[1] as string;
    const expected = [...snippet.matchAll(/# → (.*)$/gm)].map((m) => m[1]);
    const { default: fc } = await import('fast-check');
    const { toWideCsv } = await import('../src/index.js');
    const { arbitraryReport } = await import('../src/testing/index.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    // The recipe's reports: the same sample, seed and size as examples/datasets.ts.
    const file = join(mkdtempSync(join(tmpdir(), 'ogi-docs-')), 'reports.csv');
    const reports = fc.sample(arbitraryReport({ smallCounts: true }), { numRuns: 1000, seed: 1 });
    writeFileSync(file, toWideCsv(reports.map((report, i) => ({ report, meta: { id: `r${i}` } }))));
    const printed = execFileSync(python, ['-c', snippet, file]).toString().trimEnd().split('\n');
    expect(printed).toEqual(expected);
  });
});
