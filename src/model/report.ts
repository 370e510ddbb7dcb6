/**
 * The report model, derived at the type level from the templates: a row or column exists in a
 * type exactly when it exists in that edition's template.
 */
import type { TemplateOf } from '../template/templates.js';
import type {
  BlockTemplate,
  ColumnTemplate,
  Edition,
  MoneyUnit,
  RowTemplate,
  SectionTemplate,
  ValueKind,
} from '../template/types.js';
import type { CellOfKind, NotApplicable } from './cell.js';

/**
 * Administrative level of a reporting body (国家级 / 省级 / 市级 / 县级 / 乡镇级).
 * @category Model
 */
export type AdministrativeLevel = 'national' | 'provincial' | 'municipal' | 'county' | 'township';

/**
 * The body that publishes the report.
 * @category Model
 */
export interface Agency {
  /** The body's name as printed, e.g. 盐城市人力资源和社会保障局. */
  readonly name: string;
  /** An identifier of the caller's choosing, e.g. the unified social credit code. */
  readonly code?: string;
  /** The administrative level of the body. */
  readonly level?: AdministrativeLevel;
}

/**
 * `'self'`: one body's own report. `'aggregate'`: a people's government's roll-up of the bodies
 * it aggregates (rule R10 applies only to these).
 * @category Model
 */
export type Scope = 'self' | 'aggregate';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Simplify<T> = { readonly [K in keyof T]: T[K] } & {};

/**
 * Money as it is written in JSON: the amount as a canonical decimal string, e.g. `"830000"` or
 * `"0.092"`, and its unit.
 * @category Serialization
 */
export interface MoneyJson {
  /** The amount as a canonical non-negative decimal string. */
  readonly amount: string;
  /** The unit of `amount`. */
  readonly unit: MoneyUnit;
}

/** `model`: cells as held in memory (money as Decimal); `json`: cells as written in JSON. */
type Form = 'model' | 'json';

type CellIn<K extends ValueKind, F extends Form> = F extends 'model'
  ? CellOfKind<K>
  : K extends 'money'
    ? MoneyJson | null | NotApplicable
    : number | null | NotApplicable;

/** The cells of one data row: one entry per column of its block. */
type RowCells<Cols extends readonly ColumnTemplate[], F extends Form> = {
  readonly [C in Cols[number] as C['key']]: CellIn<C['kind'], F>;
};

/** Rows keyed by their keys; a group row nests its children. */
type RowsValue<Rows extends readonly RowTemplate[], Cols extends readonly ColumnTemplate[], F extends Form> = {
  readonly [R in Rows[number] as R['key']]: R extends { readonly children: infer Ch extends readonly RowTemplate[] }
    ? RowsValue<Ch, Cols, F>
    : RowCells<Cols, F>;
};

type BlockValue<B, F extends Form> = B extends BlockTemplate ? RowsValue<B['rows'], B['columns'], F> : never;

/** A table section: the rows of all its blocks, side by side (row keys are unique within a section). */
type SectionValue<S, F extends Form> = S extends { readonly blocks: readonly BlockTemplate[] }
  ? Simplify<UnionToIntersection<BlockValue<S['blocks'][number], F>>>
  : string;

type SectionsValue<Sections extends readonly SectionTemplate[], F extends Form> = {
  readonly [S in Sections[number] as S['key']]: SectionValue<S, F>;
};

type Header<E extends Edition> = {
  /** The edition of the national template the report follows. */
  readonly edition: E;
  /** The calendar year reported on. */
  readonly reportYear: number;
  /** The reporting body. */
  readonly agency: Agency;
  /** Whether this is one body's report or a roll-up. */
  readonly scope: Scope;
};

/**
 * A report of edition `E`: its header fields and its six sections, the three prose sections as
 * strings and the three tables as nested rows of cells, all keyed by the spec's vocabulary.
 * @category Model
 */
export type ReportOf<E extends Edition> = E extends Edition
  ? Simplify<Header<E> & SectionsValue<TemplateOf<E>['sections'], 'model'>>
  : never;

/**
 * A report of edition `E` as written in JSON by `toJSON`: the same shape as {@link ReportOf},
 * with money as {@link MoneyJson}.
 * @category Serialization
 */
export type ReportJsonOf<E extends Edition> = E extends Edition
  ? Simplify<Header<E> & SectionsValue<TemplateOf<E>['sections'], 'json'>>
  : never;

/**
 * A report of either edition as written in JSON.
 * @category Serialization
 */
export type ReportJson = ReportJsonOf<Edition>;

/**
 * A report in the 2019 trial edition (report years 2019–2020).
 * @category Model
 */
export type Report2019 = ReportOf<'2019'>;

/**
 * A report in the 2021 edition (report years 2021 onward).
 * @category Model
 */
export type Report2021 = ReportOf<'2021'>;

/**
 * A report of any edition, discriminated by `edition`.
 * @category Model
 */
export type Report = ReportOf<Edition>;

/** The edition of report type `R` (a union for the union {@link Report}). */
type EditionOf<R> = R extends { readonly edition: infer E extends Edition } ? E : never;

/** What every member of a union of key sets shares: their intersection. */
type Shared<E extends Edition, Keys extends { readonly [K in Edition]: string }> = {
  [K in E]: (key: Keys[K]) => void;
}[E] extends (key: infer I extends string) => void
  ? I
  : never;

/** Cell and row keys by edition, for {@link Shared}. */
type CellKeySets = { readonly [E in Edition]: CellKeyOf<E> };
type RowKeySets = { readonly [E in Edition]: RowKeyOf<E> };

/**
 * The key of a table section: `proactiveDisclosure`, `requests` or `reviewLitigation`.
 * @category Model
 */
export type TableSectionKey = 'proactiveDisclosure' | 'requests' | 'reviewLitigation';

/**
 * The key of a prose section: `overview`, `problems` or `otherMatters`.
 * @category Model
 */
export type ProseSectionKey = 'overview' | 'problems' | 'otherMatters';

type RowKeys<Rows extends readonly RowTemplate[], Prefix extends string> = Rows[number] extends infer R
  ? R extends RowTemplate
    ? R extends { readonly children: infer Ch extends readonly RowTemplate[] }
      ? RowKeys<Ch, `${Prefix}${R['key']}.`>
      : `${Prefix}${R['key']}`
    : never
  : never;

/** The data-row keys of a table section (`row`), or its cell keys (`cell`): rows of a block share its columns. */
type SectionKeys<S, Of extends 'row' | 'cell'> = S extends {
  readonly key: infer K extends string;
  readonly blocks: infer Bs extends readonly BlockTemplate[];
}
  ? Bs[number] extends infer B
    ? B extends BlockTemplate
      ? Of extends 'row'
        ? RowKeys<B['rows'], `${K}.`>
        : `${RowKeys<B['rows'], `${K}.`>}.${B['columns'][number]['key']}`
      : never
    : never
  : never;

/**
 * Every cell key of edition `E`, as a dotted path `section.row….column`, e.g.
 * `'requests.outcomes.withheld.stateSecret.naturalPerson'`.
 * @category Model
 */
export type CellKeyOf<E extends Edition> = SectionKeys<TemplateOf<E>['sections'][number], 'cell'>;

/**
 * The cell keys valid for report type `R`: for a report of known edition, that edition's keys; for
 * the union {@link Report}, only the keys both editions share.
 * @category Model
 */
export type CellKey<R extends Report = Report> = Shared<EditionOf<R>, CellKeySets>;

type Get<T, P extends string> = P extends `${infer H}.${infer Rest}`
  ? H extends keyof T
    ? Get<T[H], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/**
 * The value type of the cell at key `K` in report type `R`.
 * @category Model
 */
export type CellAt<R extends Report, K extends string> = R extends unknown ? Get<R, K> : never;

/**
 * Every data-row key of edition `E`, as `section.rowPath`, e.g. `'requests.outcomes.withheld.stateSecret'`.
 * @category Model
 */
export type RowKeyOf<E extends Edition> = SectionKeys<TemplateOf<E>['sections'][number], 'row'>;

/**
 * The data-row keys valid for report type `R` (for the union {@link Report}, those both editions share).
 * @category Model
 */
export type RowKey<R extends Report = Report> = Shared<EditionOf<R>, RowKeySets>;

/**
 * The outcome rows of section 三 of edition `E` that a closed request can end in, relative to
 * `outcomes`: e.g. `'disclosed'`, `'withheld.thirdPartyRights'`, and in 2021 `'other.feeUnpaid'`.
 * @category Model
 */
export type OutcomeKeyOf<E extends Edition> =
  RowKeyOf<E> extends infer K
    ? K extends `requests.outcomes.${infer O}`
      ? O extends 'total'
        ? never
        : O
      : never
    : never;

/**
 * The six applicant columns of section 三 (every column but 总计).
 * @category Model
 */
export type ApplicantKey = Exclude<keyof Report2021['requests']['received'], 'total'>;
