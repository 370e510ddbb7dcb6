import { OgiReportError } from '../model/ogiReportError.js';
import { editions, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';

/** Throws `UNKNOWN_EDITION` unless `edition` is a key of the templates (for callers outside TypeScript). */
export function assertEdition(edition: unknown): asserts edition is Edition {
  if (typeof edition !== 'string' || !Object.hasOwn(templates, edition)) {
    throw new OgiReportError('UNKNOWN_EDITION', {
      zh: `未知的格式版本 ${JSON.stringify(edition)}：应为 ${editions.map((e) => `'${e}'`).join('、')} 之一`,
      en: `Unknown edition ${JSON.stringify(edition)}: expected one of ${editions.map((e) => `'${e}'`).join(', ')}.`,
    });
  }
}
