// Money as stored: exact decimals, and the ISO 4217 code of the currency a value was reported in.

/** Three capital letters (ISO 4217: "USD", "EUR", "KRW"). */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const CURRENCY_MESSAGE = 'currency must be an ISO 4217 code of three capital letters, e.g. "EUR"';
