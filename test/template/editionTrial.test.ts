/**
 * The form-is-data promise, tried as a maintainer would: scripts/editionTrial.mjs registers a
 * throwaway third edition (2021 plus a sixth 不予处理 item and a renamed column) in a copy of the
 * project; the copy typechecks and passes the per-edition contract test for all three editions,
 * with three files changed in src/.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('adding an edition', () => {
  it('takes three files in src/ (template, registry line, previous lastYear) and passes the contract for every edition', () => {
    const script = new URL('../../scripts/editionTrial.mjs', import.meta.url).pathname;
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').at(-1) as string) as {
      srcFilesChanged: string[];
      passed: number;
      failed: number;
      editions: string[];
    };
    expect(result.srcFilesChanged.sort()).toEqual([
      'src/template/edition2021.ts',
      'src/template/edition2099.ts',
      'src/template/templates.ts',
    ]);
    expect(result.failed).toBe(0);
    expect(result.editions).toHaveLength(3);
  }, 300_000);
});
