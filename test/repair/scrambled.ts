import { setCells } from '../../src/index.js';
import { consistentReport2021 } from '../../src/testing/index.js';

/** A slip in 四 (复议 · 纠正 3 → 7 breaks its total) and table 三 scrambled beyond any repair of 4 cells. */
export const slipAndScramble = setCells(consistentReport2021, {
  'reviewLitigation.review.corrected': 7,
  'requests.received.naturalPerson': 91,
  'requests.received.commercialEnterprise': 17,
  'requests.outcomes.disclosed.naturalPerson': 45,
  'requests.outcomes.disclosed.researchInstitution': 33,
  'requests.carriedForward.total': 29,
  'requests.outcomes.total.legalServiceAgency': 12,
});
