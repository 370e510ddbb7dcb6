import type { Issue } from './issue.js';

/**
 * At least one element.
 * @category Model
 */
export type NonEmpty<T> = readonly [T, ...T[]];

/**
 * A refusal: the input could not be used, and every reason why, each with a stable code and a path.
 * @category Model
 */
export interface Failure {
  /** Always false: the input was refused. */
  readonly success: false;
  /** Every problem found (never none). */
  readonly issues: NonEmpty<Issue>;
}

/**
 * The one result shape of the safe APIs that can refuse their input (`fromJSON`, `fromCsv`, the
 * tallies, `sumReports`): `{ success: true, …value }` or a {@link Failure}. Never half-valid.
 * @example
 * ```ts
 * const r = fromJSON(text);
 * if (r.success) use(r.report);
 * else for (const issue of r.issues) console.log(issue.code, issue.path);
 * ```
 * @category Model
 */
export type Result<T extends object> =
  | ({
      /** Always true: the value is complete and valid. */
      readonly success: true;
    } & T)
  | Failure;

/** A failure from issues collected at run time (a list that cannot be empty where it is called). */
export function failure(issues: readonly Issue[]): Failure {
  const [first, ...rest] = issues;
  if (first) return { success: false, issues: [first, ...rest] };
  // Unreachable by construction; a refusal still says something rather than nothing.
  return {
    success: false,
    issues: [{ code: 'INVALID_VALUE', path: [], message: { zh: '输入无效', en: 'The input is not valid' } }],
  };
}
