import { describe, expect, it } from 'vitest';
import { fromJSON, getCell, toJSON } from '../src/index.js';
import { seedReport } from '../examples/seedReport.js';

describe('the demo seed report', () => {
  it('carries the seed figures as published, blanks blank', () => {
    expect(seedReport.requests.outcomes.total).toEqual({
      naturalPerson: 26,
      commercialEnterprise: 0,
      researchInstitution: 0,
      publicInterestOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 0,
    });
    expect(Object.values(seedReport.requests.carriedForward).every((v) => v === null)).toBe(true);
    expect(Object.values(seedReport.requests.outcomes.withheld.stateSecret).every((v) => v === null)).toBe(true);
    const amount = getCell(seedReport, 'proactiveDisclosure.procurement.totalAmount');
    expect(amount !== null && amount !== 'NA' && [amount.amount.toFixed(), amount.unit]).toEqual(['83', '万元']);
    expect(fromJSON(toJSON(seedReport)).success).toBe(true);
  });
});
