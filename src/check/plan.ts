import type { EditionLayout } from '../template/layout.js';
import { ruleDefinitions } from './catalogue.js';
import { pack, type PackedRelation } from './relation.js';

/** Each rule's packed relations for a pair of editions (this year's, the previous year's if any). */
const plans = new Map<string, readonly (readonly PackedRelation[])[]>();

/** The compiled relations of every rule, in catalogue order, for this pair of editions (memoised). */
export function planFor(
  layout: EditionLayout,
  previous: EditionLayout | undefined,
  children = 0,
): readonly (readonly PackedRelation[])[] {
  const key = `${layout.template.edition}:${previous?.template.edition ?? '-'}:${children}`;
  let plan = plans.get(key);
  if (plan === undefined) {
    if (plans.size > 64) plans.clear(); // many different child counts: keep the memo small
    plan = ruleDefinitions.map((rule) => (rule.compile ? rule.compile(layout, previous, children).map(pack) : []));
    plans.set(key, plan);
  }
  return plan;
}

/** The compiled relations of one rule for a single report's edition. */
export function relationsOf(ruleId: string, layout: EditionLayout): readonly PackedRelation[] {
  const i = ruleDefinitions.findIndex((r) => r.id === ruleId);
  return planFor(layout, undefined)[i] ?? [];
}
