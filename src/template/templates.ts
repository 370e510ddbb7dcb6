import { edition2019 } from './edition2019.js';
import { edition2021 } from './edition2021.js';
import type { Edition, EditionTemplate } from './types.js';

const literalTemplates = { '2019': edition2019, '2021': edition2021 } as const;

/**
 * The template of one edition with its literal types, from which the report types are derived.
 * Internal: users see templates through {@link EditionTemplate}.
 */
export type TemplateOf<E extends Edition> = (typeof literalTemplates)[E];

/**
 * Both editions of the national template, by edition key: every section, block, row and column
 * with its printed label, English label, legal basis and value kind.
 * @example
 * ```ts
 * templates['2021'].sections.map((s) => s.heading); // ['一、总体情况', '二、主动公开政府信息情况', …]
 * ```
 * @category Template
 */
export const templates: { readonly [E in Edition]: EditionTemplate } = literalTemplates;

/**
 * Every edition key, oldest first.
 * @category Template
 */
export const editions: readonly Edition[] = ['2019', '2021'];

/** The earliest report year any edition covers. */
export const FIRST_REPORT_YEAR: number = edition2019.firstYear;

/** The last report year the model holds (a four-digit year). @internal */
export const LAST_REPORT_YEAR = 9999;
