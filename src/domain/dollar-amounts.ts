// Human-readable US dollar amounts, computed from the exact decimal (never from a float).

const SCALES: [bigint, string][] = [
  [1_000_000_000_000n, 'trillion'],
  [1_000_000_000n, 'billion'],
  [1_000_000n, 'million'],
];

/** "3640000000.00" → "US$3.64 billion"; "950000" → "US$950,000". */
export function formatUsd(decimal: string): string {
  const [whole] = decimal.split('.');
  const negative = whole.startsWith('-');
  const dollars = BigInt(negative ? whole.slice(1) : whole);
  const sign = negative ? '-' : '';
  for (const [scale, word] of SCALES) {
    // Two decimals of the scale, rounded half up, trailing zeros dropped. A value that rounds up to
    // 1 of a scale is shown in it: 999,999,999 is "US$1 billion", not "US$1000 million".
    const hundredths = (dollars * 100n + scale / 2n) / scale;
    if (hundredths >= 100n) {
      const text = `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`.replace(/\.?0+$/, '');
      return `${sign}US$${text} ${word}`;
    }
  }
  return `${sign}US$${dollars.toLocaleString('en-US')}`;
}
