/** The issues' one wrong row (#33): 予以公开 printed 3|0|0|0|0|1|4 while the column totals say 1|0|0|0|0|0|1. */
import { setRow, type Report } from '../../src/index.js';
import { consistentReport2021 } from '../../src/testing/index.js';

export const oneWrongRow: Report = setRow(consistentReport2021, 'requests.outcomes.disclosed', {
  naturalPerson: 3,
  commercialEnterprise: 0,
  researchInstitution: 0,
  publicInterestOrganization: 0,
  legalServiceAgency: 0,
  otherOrganization: 1,
  total: 4,
} as never);
