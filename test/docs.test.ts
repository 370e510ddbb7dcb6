import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../scripts/rulesDoc.js';

describe('docs/rules.md', () => {
  it('is what the catalogue says (regenerate with npm run docs:rules)', () => {
    expect(readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesMarkdown());
  });
});
