/**
 * Literal inputs for the reader's stages: a section's stream from lines as the tokeniser gives it,
 * and a section context of the 2021 form — shared by the stage and threshold tests.
 */
import { layoutOf, type RowLayout } from '../../src/index.js';
import { readingRelations } from '../../src/parse/readingRelations.js';
import type { SectionContext } from '../../src/parse/sectionReading.js';
import { tokenizeSection, type Stream } from '../../src/parse/tokenize.js';
import type { TableSectionTemplate } from '../../src/template/types.js';

export const layout = layoutOf('2021');

/** A table section of the 2021 form, and its rows. */
export function sectionOf(key: 'proactiveDisclosure' | 'requests' | 'reviewLitigation'): {
  section: TableSectionTemplate;
  rows: RowLayout[];
} {
  const section = layout.tableSections.find((s) => s.key === key);
  if (!section) throw new Error(`the 2021 form has ${key}`);
  return { section, rows: layout.rows.filter((r) => r.section === section) as RowLayout[] };
}

/** A section's stream from literal lines, as the tokeniser gives it. */
export const streamOf = (...lines: string[]): Stream => {
  const text = lines.join('\n');
  return tokenizeSection(text, 0, text.length);
};

/** A section context of the 2021 form: rows on lines, spaces between cells, unless overridden. */
export const ctx = (overrides: Partial<SectionContext> = {}): SectionContext => ({
  layout,
  relations: readingRelations(layout, undefined),
  lineOf: () => 1,
  spacesInRuns: false,
  cellPerLine: false,
  ...overrides,
});
