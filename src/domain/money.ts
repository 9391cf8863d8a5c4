// Money as stored: exact decimals, and the ISO 4217 code of the currency a value was reported in.

/** Three capital letters (ISO 4217: "USD", "EUR", "KRW"). */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const CURRENCY_MESSAGE = 'currency must be an ISO 4217 code of three capital letters, e.g. "EUR"';

const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,2})?$/;

/**
 * An exact decimal amount with at most 18 integer and 2 fractional digits (what `numeric(20,2)`
 * holds), given as a string ("3640000000.00") or a JSON number (3640000000), as its string; a
 * TypeError saying why for anything else.
 */
export function parseDecimalAmount(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text.trim())) {
    throw new TypeError(`Decimal cannot represent ${JSON.stringify(value)}: use at most 18 digits before the point and 2 after`);
  }
  return text.trim();
}
