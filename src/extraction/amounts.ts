// Exact decimal amounts from the digits and scale word as written (no floating point).
const SCALE: Record<string, bigint> = {
  trillion: 10n ** 12n,
  // "$2 billions": a scale in the plural after a figure is the same scale.
  trillions: 10n ** 12n,
  billions: 10n ** 9n,
  millions: 10n ** 6n,
  // "5.6 tln-won", "1.2 trn yen": agency shorthand.
  tln: 10n ** 12n,
  trn: 10n ** 12n,
  billion: 10n ** 9n,
  bn: 10n ** 9n,
  // "$1.5 bln": agency shorthand.
  bln: 10n ** 9n,
  b: 10n ** 9n,
  million: 10n ** 6n,
  mn: 10n ** 6n,
  // "€2 mil.", "5 mln": agency shorthand.
  mil: 10n ** 6n,
  mln: 10n ** 6n,
  m: 10n ** 6n,
  // "Rs 17,000 crore", and in the plural as some Indian papers write it ("Rs 17,000 crores").
  crore: 10n ** 7n,
  crores: 10n ** 7n,
  // "Rs 1,200 cr": the crore shortened.
  cr: 10n ** 7n,
  // "Rs 1.2 lakh crore": a hundred thousand crore, as Indian papers write the largest budgets and deals.
  'lakh crore': 10n ** 12n,
  'lakh crores': 10n ** 12n,
  lakh: 10n ** 5n,
  lakhs: 10n ** 5n,
};

/** "3.64", "billion" → "3640000000", exactly (decimal arithmetic on the digits, no floats). */
export function dollars(amount: string, scale: string | undefined): string {
  const digits = amount.replace(/,/g, '');
  const [whole, fraction = ''] = digits.split('.');
  const multiplier = SCALE[(scale ?? '').toLowerCase()] ?? 1n;
  const fractionDigits = BigInt(10 ** fraction.length);
  return ((BigInt(whole + fraction) * multiplier) / fractionDigits).toString();
}
