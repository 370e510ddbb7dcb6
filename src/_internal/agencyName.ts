import { administrativeLevels } from '../model/administrativeLevels.js';

/** An agency name is one printed line, not blank: it heads the published report. */
export const AGENCY_NAME = /^[^\r\n]*\S[^\r\n]*$/;

/** What is wrong with an agency given as an option, or undefined when it is one the model holds. */
export function agencyProblem(agency: unknown): string | undefined {
  if (typeof agency !== 'object' || agency === null) return 'agency must be an object with a name';
  const a = agency as Record<string, unknown>;
  if (typeof a['name'] !== 'string' || !AGENCY_NAME.test(a['name']))
    return 'agency must have a one-line, non-blank name';
  if (a['code'] !== undefined && typeof a['code'] !== 'string') return 'agency.code must be a string';
  if (a['level'] !== undefined && !administrativeLevels.includes(a['level'] as never))
    return `agency.level must be one of ${administrativeLevels.join(', ')}`;
  for (const k of Object.keys(a))
    if (k !== 'name' && k !== 'code' && k !== 'level') return `agency has no field “${k}”`;
  return undefined;
}
