import { Decimal } from 'decimal.js';

/** The library's own Decimal constructor: never the global `Decimal.set`, which belongs to the user. */
export const Dec = /* @__PURE__ */ Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/**
 * For exact sums and unit conversions: a precision (decimal.js's maximum) that no input reaches, so
 * `plus` and `times` never round. Internal only: division is not exact in general and keeps to
 * {@link Dec}, and results are handed out as `Dec` so that no caller divides in this context.
 */
export const ExactDec = /* @__PURE__ */ Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_EVEN });

/** An amount in 元, exactly (万元 × 10 000). */
export function toYuan(m: { readonly amount: Decimal; readonly unit: '元' | '万元' }): Decimal {
  const a = new ExactDec(m.amount);
  return m.unit === '万元' ? a.times(10000) : a;
}

/** An amount in 元 as 万元, exactly (× 0.0001: a finite decimal, never a rounded quotient). */
export const yuanToWan = (yuan: Decimal): Decimal => new ExactDec(yuan).times('0.0001');

/** Canonical decimal text: plain notation, no exponent, no trailing zeros. */
export const DECIMAL_TEXT = /^(0|[1-9]\d*)(\.\d+)?$/;
