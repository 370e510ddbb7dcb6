import type { Decimal } from 'decimal.js';
import type { MoneyUnit, ValueKind } from '../template/types.js';

/**
 * The value of a cell the report printed as not applicable (`/`, `-`, `—`, `无`): zero for
 * arithmetic, but never silently the same as a reported `0`.
 * @category Model
 */
export const NOT_APPLICABLE = 'NA';

/**
 * The type of {@link NOT_APPLICABLE}.
 * @category Model
 */
export type NotApplicable = typeof NOT_APPLICABLE;

/**
 * A count cell: a non-negative safe integer, `null` when blank (not reported), or
 * {@link NOT_APPLICABLE}. A blank is not zero.
 * @category Model
 */
export type CountCell = number | null | NotApplicable;

/**
 * A signed cell (2019's 本年增/减): a safe integer that may be negative, `null`, or {@link NOT_APPLICABLE}.
 * @category Model
 */
export type SignedCell = number | null | NotApplicable;

/**
 * An amount of money: an exact non-negative decimal and the unit it was reported in.
 * @category Model
 */
export interface Money {
  /** The amount, exact. */
  readonly amount: Decimal;
  /** The unit of `amount`: 元 or 万元. */
  readonly unit: MoneyUnit;
}

/**
 * A money cell: {@link Money}, `null` when blank, or {@link NOT_APPLICABLE}.
 * @category Model
 */
export type MoneyCell = Money | null | NotApplicable;

/**
 * Any cell's value.
 * @category Model
 */
export type CellValue = CountCell | MoneyCell;

/**
 * The cell type for a template value kind.
 * @category Model
 */
export type CellOfKind<K extends ValueKind> = K extends 'money'
  ? MoneyCell
  : K extends 'signed'
    ? SignedCell
    : CountCell;
