import { Decimal } from 'decimal.js';
import { DECIMAL_TEXT, Dec } from '../_internal/decimal.js';
import type { MoneyUnit } from '../template/types.js';
import type { Money } from './cell.js';
import { OgiReportError } from './ogiReportError.js';

/**
 * Makes a {@link Money} value, exactly. Floats are refused: give amounts with decimals as strings
 * (`'0.092'`) or `Decimal`s; a plain `number` must be a safe integer.
 * @param amount - a canonical decimal string, a `Decimal`, or a safe integer.
 * @param unit - `'元'` or `'万元'`.
 * @returns a frozen Money value.
 * @throws {@link OgiReportError} `INVALID_ARGUMENT` for a negative, non-finite, fractional-number or malformed amount, or an unknown unit.
 * @example
 * ```ts
 * money('830000', '元');
 * money('0.092', '万元');
 * ```
 * @category Model
 */
export function money(amount: string | number | Decimal, unit: MoneyUnit): Money {
  if (unit !== '元' && unit !== '万元') {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `未知的金额单位 ${JSON.stringify(unit)}：应为“元”或“万元”`,
      en: `Unknown money unit ${JSON.stringify(unit)}: expected '元' or '万元'.`,
    });
  }
  let value: Decimal | undefined;
  if (typeof amount === 'string' && DECIMAL_TEXT.test(amount)) value = new Dec(amount);
  else if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0) value = new Dec(amount);
  else if (Decimal.isDecimal(amount) && amount.isFinite() && !amount.isNegative()) value = new Dec(amount);
  if (value === undefined) {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `金额 ${String(amount)} 无效：应为非负十进制数字串、Decimal 或安全整数`,
      en: `Invalid money amount ${String(amount)}: expected a non-negative decimal string, Decimal or safe integer.`,
    });
  }
  return Object.freeze({ amount: value, unit });
}
