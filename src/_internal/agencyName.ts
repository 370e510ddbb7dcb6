import { administrativeLevels } from '../model/administrativeLevels.js';
import type { LocalizedText } from '../model/localizedText.js';

/** An agency name is one printed line, not blank: it heads the published report. */
export const AGENCY_NAME = /^[^\r\n]*\S[^\r\n]*$/;

/** What is wrong with an agency given as an option, in both languages, or undefined when it is one the model holds. */
export function agencyProblem(agency: unknown): LocalizedText | undefined {
  if (typeof agency !== 'object' || agency === null)
    return { zh: '机关应为含名称的对象', en: 'agency must be an object with a name' };
  const a = agency as Record<string, unknown>;
  if (typeof a['name'] !== 'string' || !AGENCY_NAME.test(a['name']))
    return { zh: '机关名称应为一行非空文字', en: 'agency must have a one-line, non-blank name' };
  if (a['code'] !== undefined && typeof a['code'] !== 'string')
    return { zh: '机关代码应为文字', en: 'agency.code must be a string' };
  if (a['level'] !== undefined && !administrativeLevels.includes(a['level'] as never))
    return {
      zh: `行政层级应为 ${administrativeLevels.join('、')} 之一`,
      en: `agency.level must be one of ${administrativeLevels.join(', ')}`,
    };
  for (const k of Object.keys(a))
    if (k !== 'name' && k !== 'code' && k !== 'level')
      return { zh: `机关没有字段“${k}”`, en: `agency has no field “${k}”` };
  return undefined;
}
