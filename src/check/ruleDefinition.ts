import { editions } from '../template/templates.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import type { CellLayout, EditionLayout } from '../template/layout.js';
import type { ColumnTemplate, TableSectionTemplate } from '../template/types.js';
import type { Relation, Term } from './relation.js';
import type { Values } from '../_internal/cellValues.js';
import type { FindingKind, FindingLocation, FindingStatus, InferredValue, Operand, Rule, Severity } from './types.js';

/** What an inspecting rule sees. */
interface InspectContext {
  readonly report: Report;
  readonly values: Values;
  readonly previous: Report | undefined;
  readonly previousValues: Values | undefined;
  /** The reports aggregated (R10), when given and usable. */
  readonly children: readonly Report[];
  /** Their values, in the same order. */
  readonly childValues: readonly Values[];
}

/** What a rule's precondition sees: the edition checked, and what became of its inputs. */
export interface InputContext {
  readonly edition: string;
  /** The previous report's layout, when it was given and usable. */
  readonly previous: EditionLayout | undefined;
  /** The rule's compiled relations. */
  readonly relations: readonly Relation[];
  /** Whether every report aggregated follows the checked edition. */
  readonly childrenUsable: boolean;
}

/** A finding before the checker adds its rule, code, severity and fingerprint. */
export interface FindingDraft {
  readonly kind: FindingKind;
  readonly status: FindingStatus;
  /** Overrides the rule's severity (e.g. `info` for a note). */
  readonly severity?: Severity;
  readonly location: FindingLocation;
  readonly operands: readonly Operand[];
  readonly message: LocalizedText;
  readonly order: number;
  readonly expected?: number;
  readonly actual?: number;
  readonly delta?: number;
  readonly inferred?: readonly InferredValue[];
}

/** A rule of the catalogue with the code that applies it: relations to compile, or an inspection. */
export interface RuleDefinition extends Rule {
  /** Compiles the rule's relations for this year's layout (and the previous year's, for cross-year rules). */
  readonly compile?: (
    layout: EditionLayout,
    previous: EditionLayout | undefined,
    children: number,
  ) => readonly Relation[];
  /**
   * What the rule says when the input it needs is there but cannot be used (a previous report whose
   * edition has no corresponding cells; reports aggregated in another edition): a note, or nothing.
   */
  readonly unusable?: (ctx: InputContext) => FindingDraft | undefined;
  /** Inspects a report directly, for rules that are not sums. */
  readonly inspect?: (ctx: InspectContext) => readonly FindingDraft[];
}

/** A term of a relation. */
export function term(cell: CellLayout, side: Term['side'], report = 0, coef: 1 | -1 = 1): Term {
  return { cell, index: cell.index, report, coef, side };
}

/** The location of a whole column of a table section. */
export function columnLocation(section: TableSectionTemplate, column: ColumnTemplate): FindingLocation {
  return {
    section: section.key,
    column: column.key,
    where: {
      zh: `表${section.ordinal} · ${column.label}（列）`,
      en: `Table ${section.ordinalEn} · ${column.labelEn} (column)`,
    },
  };
}

/** What a rule must state; the rest defaults: both editions, no previous report, not opt-in, any scope. */
type Defaulted = 'editions' | 'crossYear' | 'optIn' | 'aggregateOnly' | 'profiles';
type RuleSpec = Omit<RuleDefinition, Defaulted> & Partial<Pick<RuleDefinition, Defaulted>>;

/** Declares a rule of the catalogue, filling in the defaults (in both profiles, its own severity). */
export function defineRule(spec: RuleSpec): RuleDefinition {
  const profiles = { draft: 'on', submit: 'on' } as const;
  return {
    editions,
    crossYear: false,
    optIn: false,
    aggregateOnly: false,
    ...spec,
    profiles: { ...profiles, ...spec.profiles },
  };
}
