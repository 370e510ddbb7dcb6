import { minOf } from '../_internal/arrays.js';
import { edition2019 } from './edition2019.js';
import { edition2021 } from './edition2021.js';
import type { EditionTemplate } from './types.js';

/**
 * The registry: every edition of the form, by key — the one list of editions. Everything that
 * names or iterates editions (types, schemas, rules, readers, arbitraries) derives from it; a new
 * edition is its template file and one line here (and the previous edition's `lastYear`).
 */
const registry = { '2019': edition2019, '2021': edition2021 } as const;

/**
 * An edition of the national template, by its key in the registry: `'2019'` is the trial format
 * (国办公开办函〔2019〕60号, report years 2019–2020); `'2021'` is the format in force from report year
 * 2021 (国办公开办函〔2021〕30号).
 * @category Template
 */
export type Edition = keyof typeof registry;

/**
 * The template of one edition with its literal types, from which the report types are derived.
 * Internal: users see templates through {@link EditionTemplate}.
 */
export type TemplateOf<E extends Edition> = (typeof registry)[E];

/**
 * Both editions of the national template, by edition key: every section, block, row and column
 * with its printed label, English label, legal basis and value kind.
 * @example
 * ```ts
 * templates['2021'].sections.map((s) => s.heading); // ['一、总体情况', '二、主动公开政府信息情况', …]
 * ```
 * @category Template
 */
export const templates: { readonly [E in Edition]: EditionTemplate } = registry;

/**
 * Every edition key, oldest first.
 * @category Template
 */
export const editions: readonly Edition[] = (Object.keys(registry) as Edition[]).sort(
  (a, b) => registry[a].firstYear - registry[b].firstYear,
);

/** The earliest report year any edition covers. */
export const FIRST_REPORT_YEAR: number = minOf(editions.map((e) => registry[e].firstYear));

/** The last report year the model holds (a four-digit year). @internal */
export const LAST_REPORT_YEAR = 9999;
