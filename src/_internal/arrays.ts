/**
 * Loops where a spread would pass an input-sized array as arguments (`Math.max` or `push` of a spread),
 * a spread of 130,000 items exceeds the engine's argument limit and throws
 * `RangeError`. test/bounded.test.ts keeps `src/` free of such spreads.
 */

/** Appends every item of `items` to `target` (in place; `target` is the caller's own array). */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `xs` (`-Infinity` for none), as `Math.max` gives it, for any length. */
export function maxOf(xs: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of xs) if (x > max || Number.isNaN(x)) max = x;
  return max;
}

/** The smallest of `xs` (`Infinity` for none), as `Math.min` gives it, for any length. */
export function minOf(xs: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const x of xs) if (x < min || Number.isNaN(x)) min = x;
  return min;
}
