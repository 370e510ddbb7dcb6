/**
 * Exact sums of safe integers: a number while every partial sum stays in the safe range — the
 * everyday case, at float speed — and a BigInt from the first one that leaves it. A sum is never
 * rounded.
 */

/** A sum: a number when it is a safe integer, else a BigInt. */
export type ExactSum = number | bigint;

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * `s + c·x`, exactly, for safe integers `s` (when a number) and `x` and `c = ±1`. The float sum of
 * two safe integers is exact whenever the exact sum is safe, and an exact sum outside the safe range
 * never rounds back into it, so the range check on the float result is enough.
 */
export function plus(s: ExactSum, c: number, x: number): ExactSum {
  if (typeof s === 'number') {
    const r = s + c * x;
    if (r <= SAFE && r >= -SAFE) return r;
    return BigInt(s) + BigInt(c) * BigInt(x);
  }
  return s + BigInt(c) * BigInt(x);
}

/** `a − b`, exactly, as a number when it is safe. */
export function minus(a: ExactSum, b: ExactSum): ExactSum {
  if (typeof a === 'number' && typeof b === 'number') return plus(a, -1, b);
  return narrow(BigInt(a) - BigInt(b));
}

/** A BigInt back to a number when it is safe. */
export function narrow(s: ExactSum): ExactSum {
  return typeof s === 'bigint' && s <= BigInt(SAFE) && s >= -BigInt(SAFE) ? Number(s) : s;
}

/** −s, exactly. */
export const negate = (s: ExactSum): ExactSum => (typeof s === 'number' ? 0 - s : -s);

/** The sign of a sum: −1, 0 or 1. */
export const signOf = (s: ExactSum): -1 | 0 | 1 => (s > 0 ? 1 : s < 0 ? -1 : 0);
