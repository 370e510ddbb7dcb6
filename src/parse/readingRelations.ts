/**
 * The relations that decide digit runs: every sum relation the checker compiles for this edition
 * (R1–R4, and R5–R7 given last year's report), as equalities over this year's cells with last
 * year's cells folded into a constant ({@link foldRelations}). Roll-up (R10) needs other reports and
 * is left out.
 */
import { extractValues } from '../_internal/cellValues.js';
import { ruleDefinitions } from '../check/catalogue.js';
import { foldRelations, type LinearRelation } from '../check/linear.js';
import { planFor } from '../check/plan.js';
import type { Report } from '../model/report.js';
import { layoutOf, type EditionLayout } from '../template/layout.js';

/** The relations of one year's cells alone, per edition (they depend on nothing else). */
const ownYearRelations = new WeakMap<EditionLayout, readonly LinearRelation[]>();

/** The relations that decide this year's digit runs, last year's report folded in when given. */
export function readingRelations(layout: EditionLayout, previous: Report | undefined): readonly LinearRelation[] {
  if (previous) return fold(layout, previous);
  let cached = ownYearRelations.get(layout);
  if (!cached) ownYearRelations.set(layout, (cached = fold(layout, undefined)));
  return cached;
}

function fold(layout: EditionLayout, previous: Report | undefined): LinearRelation[] {
  const prevLayout = previous ? layoutOf(previous.edition) : undefined;
  const plan = planFor(layout, prevLayout);
  const relations = ruleDefinitions.flatMap((r, i) =>
    r.compile && !r.aggregateOnly && r.editions.includes(layout.edition) && (!r.crossYear || prevLayout)
      ? (plan[i] ?? [])
      : [],
  );
  return foldRelations(relations, [
    undefined,
    previous && prevLayout ? extractValues(previous, prevLayout) : undefined,
  ]);
}
