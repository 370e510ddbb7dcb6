import { Decimal } from 'decimal.js';

/** The library's own Decimal constructor: never the global `Decimal.set`, which belongs to the user. */
export const Dec = /* @__PURE__ */ Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/** Canonical decimal text: plain notation, no exponent, no trailing zeros. */
export const DECIMAL_TEXT = /^(0|[1-9]\d*)(\.\d+)?$/;
