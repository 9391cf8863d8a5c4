// Amounts of money as written: a currency (symbol, ISO code or name) and a scale ("$3.64 billion",
// "£1.9bn", "€285 million", "KRW 1.2 trillion", "Rs 5,000 crore", "$23.11B"), kept exactly in their own
// currency. A USD value is only ever one the text writes: no exchange rate is applied.
import { dollars } from './amounts';

export interface Money {
  /** ISO 4217 code. */
  currency: string;
  /** Exact decimal amount in that currency ("1900000000"). */
  amount: string;
  index: number;
  length: number;
}

/** Symbols and prefixes written before the number, longest first where one contains another. */
const PREFIXES: [string, string][] = [
  ['US$', 'USD'], ['USD', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'],
  ['NZ$', 'NZD'], ['NZD', 'NZD'], ['S$', 'SGD'], ['SGD', 'SGD'], ['NT$', 'TWD'], ['TWD', 'TWD'], ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['£', 'GBP'], ['GBP', 'GBP'], ['€', 'EUR'], ['EUR', 'EUR'], ['₩', 'KRW'], ['KRW', 'KRW'], ['₹', 'INR'], ['INR', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['¥', 'JPY'], ['JPY', 'JPY'], ['CHF', 'CHF'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['CZK', 'CZK'], ['PLN', 'PLN'], ['TRY', 'TRY'], ['ILS', 'ILS'], ['₪', 'ILS'],
  ['SAR', 'SAR'], ['AED', 'AED'], ['BRL', 'BRL'], ['R$', 'BRL'], ['ZAR', 'ZAR'], ['RUB', 'RUB'], ['₽', 'RUB'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['$', 'USD'],
];
/** Currency names written after the number ("285 million euros", "5 billion won"). */
const SUFFIXES: [RegExp, string][] = [
  [/^(?:US|U\.S\.|American)\s+dollars?\b/i, 'USD'], [/^Australian\s+dollars?\b/i, 'AUD'], [/^Canadian\s+dollars?\b/i, 'CAD'], [/^dollars?\b/i, 'USD'],
  [/^euros?\b/i, 'EUR'], [/^(?:pounds?(?:\s+sterling)?|sterling)\b/i, 'GBP'], [/^(?:South\s+Korean\s+)?won\b/, 'KRW'], [/^(?:Indian\s+)?rupees?\b/i, 'INR'],
  [/^yen\b/i, 'JPY'], [/^yuan\b/i, 'CNY'], [/^(?:Swiss\s+)?francs?\b/i, 'CHF'], [/^Norwegian\s+(?:kron(?:e|er)|crowns?)\b/i, 'NOK'], [/^Swedish\s+(?:kron(?:a|or)|crowns?)\b/i, 'SEK'], [/^Danish\s+(?:kron(?:e|er)|crowns?)\b/i, 'DKK'], [/^Czech\s+(?:korun(?:a|y)|crowns?)\b/i, 'CZK'], [/^zlot(?:y|ys|ych)\b/i, 'PLN'],
  [/^shekels?\b/i, 'ILS'], [/^riyals?\b/i, 'SAR'], [/^dirhams?\b/i, 'AED'], [/^(?:roubles?|rubles?)\b/i, 'RUB'], [/^(?:Turkish\s+)?lira\b/i, 'TRY'], [/^(?:Brazilian\s+)?reais\b/i, 'BRL'],
];

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = PREFIXES.map(([symbol]) => symbol).sort((a, b) => b.length - a.length).map(escape).join('|');
/** A letter before a symbol makes another currency ("HK$" is not "$"); codes need a word boundary. */
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\d])(${PREFIX})?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s*(trillion|billion|million|crore|lakh|bn|mln|mil|mn|m|B|M)\\b)?`,
  'gu',
);

/** A dollar written with no country ("$", "dollars"): whose dollar it is depends on who writes. */
const BARE_DOLLAR = /^dollars?\b/i;

/**
 * Every amount with a currency in `text`, in order. A bare number is no amount. `dollar` is the
 * currency a bare "$" or "dollars" means: USD unless the writer's own dollar is another (an
 * Australian government release writes "$1 billion" for AUD).
 */
export function moneyIn(text: string, dollar = 'USD'): Money[] {
  const found: Money[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, prefix, digits, scale] = match;
    let currency = prefix ? PREFIXES.find(([symbol]) => symbol === prefix)![1] : null;
    let length = whole.length;
    const after = text.slice(match.index + whole.length).replace(/^\s+/, '');
    const skipped = text.length - match.index - whole.length - after.length;
    const named = SUFFIXES.find(([pattern]) => pattern.test(after));
    if (named && (!currency || currency === 'USD')) {
      const suffix = named[0].exec(after)![0];
      // "$3.64 billion dollars" is dollars; "285 million euros" is euros.
      if (!currency || named[1] === 'USD') {
        currency = currency ?? named[1];
        length += skipped + suffix.length;
      }
    }
    if (!currency) continue;
    if (currency === 'USD' && (prefix === '$' || (!prefix && named && BARE_DOLLAR.test(after))) && !(named && named[1] === 'USD' && !BARE_DOLLAR.test(after))) currency = dollar;
    // A code needs a space before the digits and a word boundary before it ("USD 5m", not "FUSD5").
    if (/^[A-Z]{3}$/.test(prefix ?? '') && /\p{L}/u.test(text[match.index - 1] ?? '')) continue;
    found.push({ currency, amount: dollars(digits, scale), index: match.index, length });
  }
  return found;
}
