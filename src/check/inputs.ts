/** A report and what it is checked against, read once: the checker's and the repair search's inputs. */
import { extractValues, type Values } from '../_internal/cellValues.js';
import type { Report } from '../model/report.js';
import { layoutOf, type EditionLayout } from '../template/layout.js';
import type { Edition } from '../template/types.js';
import { planFor } from './plan.js';
import type { PackedRelation } from './relation.js';
import { previousReportProblem } from './rules/completeness.js';

/** The report's values, the previous report's when it can be used, the reports aggregated when they can be. */
export interface Inputs {
  readonly layout: EditionLayout;
  readonly values: Values;
  readonly previous: Report | undefined;
  readonly previousLayout: EditionLayout | undefined;
  readonly previousValues: Values | undefined;
  /** The reports aggregated given (for an aggregate report), usable or not. */
  readonly children: readonly Report[];
  /** Whether every report aggregated follows the report's edition. */
  readonly childrenUsable: boolean;
  /** The reports aggregated when usable, else none. */
  readonly usableChildren: readonly Report[];
  readonly childValues: readonly Values[];
  /** Values by report number: this year's, the previous year's, then each report aggregated. */
  readonly all: readonly (Values | undefined)[];
  /** Each rule's compiled relations, in catalogue order. */
  readonly plan: readonly (readonly PackedRelation[])[];
}

/** Reads a report of a registered edition and its comparison reports. */
export function inputsOf(
  report: Report,
  edition: Edition,
  options: { readonly previous?: Report; readonly children?: readonly Report[] },
): Inputs {
  const layout = layoutOf(edition);
  const values = extractValues(report, layout);
  const { previous } = options;
  const usable = previous !== undefined && previousReportProblem(report, previous) === undefined;
  const previousLayout = usable ? layoutOf(previous.edition) : undefined;
  const previousValues = usable ? extractValues(previous, previousLayout as EditionLayout) : undefined;
  // R10: the reports an aggregate sums, usable only if all follow the aggregate's edition.
  const children = report.scope === 'aggregate' ? (options.children ?? []) : [];
  const childrenUsable = children.every((c) => (c as { edition?: unknown } | null)?.edition === edition);
  const usableChildren = childrenUsable ? children : [];
  const childValues = usableChildren.map((c) => extractValues(c, layout));
  return {
    layout,
    values,
    previous,
    previousLayout,
    previousValues,
    children,
    childrenUsable,
    usableChildren,
    childValues,
    all: [values, previousValues, ...childValues],
    plan: planFor(layout, previousLayout, usableChildren.length),
  };
}
