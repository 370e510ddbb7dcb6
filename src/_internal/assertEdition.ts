import { OgiReportError } from '../model/ogiReportError.js';
import { templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';

/** Throws `UNKNOWN_EDITION` unless `edition` is a key of the templates (for callers outside TypeScript). */
export function assertEdition(edition: unknown): asserts edition is Edition {
  if (typeof edition !== 'string' || !Object.hasOwn(templates, edition)) {
    throw new OgiReportError('UNKNOWN_EDITION', `Unknown edition ${JSON.stringify(edition)}: expected '2019' or '2021'.`);
  }
}
