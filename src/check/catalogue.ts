import type { RuleDefinition } from './ruleDefinition.js';
import { balanceRule } from './rules/balance.js';
import { completenessRule } from './rules/completeness.js';
import { carryOverRule, itemsRule, stockRule } from './rules/crossYear.js';
import { proseRule } from './rules/prose.js';
import { applicantSumRule, outcomeSumRule, reviewLitigationSumRule } from './rules/sums.js';
import { rollUpRule } from './rules/rollUp.js';
import { valuesRule } from './rules/values.js';
import type { Rule } from './types.js';

/** The catalogue with the code that applies each rule, in rule order. */
export const ruleDefinitions: readonly RuleDefinition[] = [
  completenessRule,
  balanceRule,
  outcomeSumRule,
  applicantSumRule,
  reviewLitigationSumRule,
  carryOverRule,
  stockRule,
  itemsRule,
  valuesRule,
  proseRule,
  rollUpRule,
];

/**
 * The rule catalogue, as data: id, titles, reference, editions, default severity, whether it needs
 * the previous year's report or must be turned on, and the relation in words. `docs/rules.md` is
 * generated from it.
 * @example
 * ```ts
 * rules.map((r) => `${r.id} ${r.title.en}`);
 * ```
 * @category Checks
 */
export const rules: readonly Rule[] = ruleDefinitions.map(
  ({ id, title, reference, editions, severity, crossYear, optIn, aggregateOnly, relation, profiles }): Rule =>
    Object.freeze({ id, title, reference, editions, severity, crossYear, optIn, aggregateOnly, relation, profiles }),
);
