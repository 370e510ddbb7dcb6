import type { AdministrativeLevel } from './report.js';

/**
 * Every administrative level, highest first.
 * @category Model
 */
export const administrativeLevels: readonly AdministrativeLevel[] = [
  'national',
  'provincial',
  'municipal',
  'county',
  'township',
];
