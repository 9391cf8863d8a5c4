// Amounts of money as written: a currency (symbol, ISO code or name) and a scale ("$3.64 billion",
// "£1.9bn", "€285 million", "KRW 1.2 trillion", "Rs 5,000 crore", "$23.11B"), kept exactly in their own
// currency. A USD value is only ever one the text writes: no exchange rate is applied.
import { dollars } from './amounts';
import { escapeRegExp } from './regexp';

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
  ['SAR', 'SAR'], ['AED', 'AED'], ['BRL', 'BRL'], ['R$', 'BRL'], ['ZAR', 'ZAR'], ['RUB', 'RUB'], ['₽', 'RUB'], ['CNY', 'CNY'], ['RMB', 'CNY'],
  ['PHP', 'PHP'], ['₱', 'PHP'], ['IDR', 'IDR'], ['Rp', 'IDR'], ['MYR', 'MYR'], ['RM', 'MYR'], ['THB', 'THB'], ['฿', 'THB'], ['Bt', 'THB'], ['NIS', 'ILS'], ['HUF', 'HUF'], ['RON', 'RON'], ['UAH', 'UAH'], ['₴', 'UAH'],
  // Australian and New Zealand papers put the country after the sign ("$US1.2 billion", "$A500 million", "$NZ300m"); the bare
  // "$" is their own dollar.
  ['$US', 'USD'], ['$A', 'AUD'], ['$AU', 'AUD'], ['$NZ', 'NZD'],
  ['NGN', 'NGN'], ['₦', 'NGN'], ['EGP', 'EGP'], ['PKR', 'PKR'], ['QAR', 'QAR'], ['KWD', 'KWD'], ['MXN', 'MXN'], ['VND', 'VND'], ['$', 'USD'],
  // Signs and short forms the home press of the buyers and sellers writes: the lira, zloty and Swiss franc signs, the Gulf
  // papers' dirham, Qatari riyal and Kuwaiti dinar ("Dh10 billion", "QR2bn", "KD1bn"), Dhaka's taka ("Tk 2,000 crore"), Nairobi's shilling.
  ['₺', 'TRY'], ['zł', 'PLN'], ['SFr', 'CHF'], ['Dhs', 'AED'], ['Dh', 'AED'], ['QR', 'QAR'], ['KD', 'KWD'], ['Tk', 'BDT'], ['BDT', 'BDT'], ['KSh', 'KES'], ['KES', 'KES'],
  // One letter for a currency, as the home press writes it: the won in Seoul's English papers ("W845b", "W1.2 trillion"), the
  // peso in Manila's ("P4.96-billion"), the rand in Johannesburg's ("R2.4 billion"); only joined to the figure and with a scale.
  ['W', 'KRW'], ['P', 'PHP'], ['R', 'ZAR'],
];
/** Currency names written after the number ("285 million euros", "5 billion won"). */
const SUFFIXES: [RegExp, string][] = [
  [/^(?:US|U\.S\.|American)\s+dollars?\b/i, 'USD'], [/^Australian\s+dollars?\b/i, 'AUD'], [/^Canadian\s+dollars?\b/i, 'CAD'], [/^dollars?\b/i, 'USD'],
  [/^euros?\b/i, 'EUR'], [/^(?:pounds?(?:\s+sterling)?|sterling)\b/i, 'GBP'], [/^(?:South\s+Korean\s+)?won\b/, 'KRW'], [/^(?:Indian\s+)?rupees?\b/i, 'INR'],
  [/^yen\b/i, 'JPY'], [/^yuan\b/i, 'CNY'], [/^(?:Swiss\s+)?francs?\b/i, 'CHF'], [/^Norwegian\s+(?:kron(?:e|er)|crowns?)\b/i, 'NOK'], [/^Swedish\s+(?:kron(?:a|or)|crowns?)\b/i, 'SEK'], [/^Danish\s+(?:kron(?:e|er)|crowns?)\b/i, 'DKK'], [/^Czech\s+(?:korun(?:a|y)|crowns?)\b/i, 'CZK'], [/^zlot(?:y|ys|ych)\b/i, 'PLN'],
  // Swedish crowns are "kronor" in the plural, Czech ones "koruna": neither is another state's word.
  [/^kronor\b/i, 'SEK'], [/^korun(?:a|y)\b/i, 'CZK'],
  [/^(?:New\s+)?Taiwan(?:ese)?\s+dollars?\b/i, 'TWD'], [/^Singapore\s+dollars?\b/i, 'SGD'], [/^Hong\s+Kong\s+dollars?\b/i, 'HKD'], [/^New\s+Zealand\s+dollars?\b/i, 'NZD'],
  [/^Pakistani\s+rupees?\b/i, 'PKR'], [/^Egyptian\s+pounds?\b/i, 'EGP'], [/^Qatari\s+riyals?\b/i, 'QAR'], [/^Kuwaiti\s+dinars?\b/i, 'KWD'], [/^Algerian\s+dinars?\b/i, 'DZD'], [/^Iraqi\s+dinars?\b/i, 'IQD'],
  [/^Philippine\s+pesos?\b/i, 'PHP'], [/^Mexican\s+pesos?\b/i, 'MXN'], [/^Argentine\s+pesos?\b/i, 'ARS'], [/^Chilean\s+pesos?\b/i, 'CLP'], [/^Colombian\s+pesos?\b/i, 'COP'],
  [/^(?:Indonesian\s+)?rupiah\b/i, 'IDR'], [/^(?:Malaysian\s+)?ringgit\b/i, 'MYR'], [/^(?:Thai\s+)?baht\b/i, 'THB'], [/^(?:Nigerian\s+)?naira\b/i, 'NGN'], [/^(?:Ukrainian\s+)?hryvnias?\b/i, 'UAH'], [/^(?:Hungarian\s+)?forints?\b/i, 'HUF'], [/^(?:Romanian\s+)?lei\b/, 'RON'],
  [/^(?:Israeli\s+)?(?:new\s+)?shekels?\b/i, 'ILS'], [/^(?:Saudi\s+)?riyals?\b/i, 'SAR'], [/^(?:UAE\s+|Emirati\s+)?dirhams?\b/i, 'AED'], [/^(?:Russian\s+)?(?:roubles?|rubles?)\b/i, 'RUB'], [/^(?:Turkish\s+)?liras?\b/i, 'TRY'], [/^(?:Brazilian\s+)?reais\b/i, 'BRL'],
  [/^(?:Bangladeshi\s+)?taka\b/i, 'BDT'], [/^Kenyan\s+shillings?\b/i, 'KES'], [/^(?:Polish\s+)?zł(?![\p{L}])/u, 'PLN'], [/^(?:South\s+African\s+)?rand\b/, 'ZAR'],
  // An ISO code after the figure ("1.8 billion NOK", "317 million EUR"), in capitals as codes are written.
  ...[...new Set(PREFIXES.map(([, code]) => code))].map((code): [RegExp, string] => [new RegExp(`^${code}(?![\\p{L}])`, 'u'), code]),
];

/** Scale words after the figure; Title Case headlines and agencies capitalize them ("$75Mln Sale", "$2.8 Bln"). */
// Agencies' shorthand for a trillion too ("5.6 tln-won", "1.2 trn yen"), and a bare "b" after a figure ("W845b", "$5b").
// A scale in the plural as some writers put it after a figure ("a deal that would have been worth $2 billions").
// Forum posts and headlines write the scale in capitals too ("worth $2BN", "$500MN"); Indian papers shorten crore ("Rs 1,200 cr").
const SCALE_WORDS = 'lakh crores|lakh crore|trillions|billions|millions|trillion|billion|million|crores|crore|cr|lakhs|lakh|tln|trn|bln|bn|mln|mil|mn|m|b|B|M|Trillion|Billion|Million|Tln|Bln|Bn|Mln|Mn|TLN|BLN|BN|MLN|MN';
/** The currencies written with one capital letter: an amount only when joined to a figure with a scale. */
const ONE_LETTER = new Set(PREFIXES.map(([symbol]) => symbol).filter((symbol) => /^\p{Lu}$/u.test(symbol)));
const PREFIX = PREFIXES.map(([symbol]) => symbol).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** A letter before a symbol makes another currency ("HK$" is not "$"); codes need a word boundary. */
// A decimal comma before a scale, as texts translated from other European languages write it ("1,2 billion euros" is 1.2 billion).
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\d])(${PREFIX})?\\s?(\\d{1,3},\\d{1,2}(?=(?:\\s*|-)(?:${SCALE_WORDS})\\b)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s*|-)(${SCALE_WORDS})\\b)?`,
  'gu',
);

/** Numbers written in words before a scale ("two billion dollars", "twenty-five million euros"). */
const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1,
};
/**
 * "some two billion dollars", "five billion euros", "a billion pounds": a number in words is an amount
 * only with a scale word and a currency named after it (a bare "two million" is a count). The currency may be joined by a
 * hyphen as an adjective ("a five billion-dollar deal"), but not after "a" ("a billion-dollar deal" says only its size).
 */
const WORD_AMOUNT = new RegExp(
  `\\b((?:${Object.keys(WORD_NUMBERS).join('|')})(?:[- ](?:${Object.keys(WORD_NUMBERS).filter((word) => word !== 'a').join('|')}))?)\\s+(trillion|billion|million)(\\s+|-(?=\\p{L}))`,
  'giu',
);

/**
 * Fractions of a scale in words: "half a billion dollars", "a half-billion dollars", "a quarter of a billion euros", "one and a
 * half billion dollars", "1 and a half billion dollars" (not "a billion": the words before it make the amount smaller or larger).
 */
const FRACTION_AMOUNT = new RegExp(
  `\\b(?:(half\\s+an?|an?\\s+half[- ])|(an?\\s+quarter(?:\\s+of\\s+an?|[- ]))|(three[- ]quarters\\s+of\\s+an?)|(\\d+|${Object.keys(WORD_NUMBERS).filter((word) => word !== 'a' && word !== 'hundred').join('|')})\\s+and\\s+an?\\s+half)\\s*(trillion|billion|million)\\s+`,
  'giu',
);

/** Digits of a decimal read aloud ("five-point-seven", "14-point-eight"), as broadcasters' scripts write figures. */
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_DECIMAL = new RegExp(
  `\\b(\\d+|${Object.keys(WORD_NUMBERS).filter((word) => word !== 'a' && word !== 'hundred').join('|')})-point-((?:${DIGIT_WORDS.join('|')})(?:-(?:${DIGIT_WORDS.join('|')}))*)\\s+(trillion|billion|million)\\s+`,
  'giu',
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
    // A currency's name may be joined by a hyphen ("5.6 trillion-won", "a 3 billion-euro deal").
    const after = text.slice(match.index + whole.length).replace(/^(?:\s+|-(?=\p{L}))/u, '');
    const skipped = text.length - match.index - whole.length - after.length;
    const named = SUFFIXES.find(([pattern]) => pattern.test(after));
    if (named && (!currency || currency === 'USD')) {
      const suffix = named[0].exec(after)![0];
      // "$3.64 billion dollars" is dollars; "285 million euros" is euros; a bare dollar sign before a figure the words after call
      // another currency ("$6.7 billion euros (about $9 billion)") is a slip of the writer's: the currency named is the amount's.
      // (Not the verb "won": "a bid of $1.2 billion won the tender".)
      const slip = prefix === '$' && named[1] !== 'USD' && !/^won\b/.test(suffix);
      if (!currency || named[1] === 'USD' || slip) {
        currency = slip ? named[1] : currency ?? named[1];
        length += skipped + suffix.length;
      }
    }
    if (!currency) continue;
    // "W845b", "P4.96-billion": a currency's one letter counts only joined to a figure with a scale ("W 5", "P5", "R 2 million" are no amounts).
    // ("P15,744,571,584": joined to a figure grouped in thousands, the letter is a currency too.)
    if (ONE_LETTER.has(prefix ?? '') && ((!scale && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) || /^\p{L}\s/u.test(whole))) continue;
    if (currency === 'USD' && (prefix === '$' || (!prefix && named && BARE_DOLLAR.test(after))) && !(named && named[1] === 'USD' && !BARE_DOLLAR.test(after))) currency = dollar;
    // A code needs a space before the digits and a word boundary before it ("USD 5m", not "FUSD5").
    if (/^[A-Z]{3}$/.test(prefix ?? '') && /\p{L}/u.test(text[match.index - 1] ?? '')) continue;
    found.push({ currency, amount: dollars(/^\d{1,3},\d{1,2}$/.test(digits) ? digits.replace(',', '.') : digits, scale), index: match.index, length });
  }
  for (const amount of found) widenToRange(text, amount);
  for (const match of text.matchAll(FRACTION_AMOUNT)) {
    const named = SUFFIXES.find(([pattern]) => pattern.test(text.slice(match.index + match[0].length)));
    if (!named) continue;
    const suffix = named[0].exec(text.slice(match.index + match[0].length))![0];
    const [, half, quarter, threeQuarters, whole, scale] = match;
    const number = half ? '0.5' : quarter ? '0.25' : threeQuarters ? '0.75' : `${/^\d+$/.test(whole) ? whole : WORD_NUMBERS[whole.toLowerCase()]}.5`;
    const currency = BARE_DOLLAR.test(suffix) ? dollar : named[1];
    found.push({ currency, amount: dollars(number, scale), index: match.index, length: match[0].length + suffix.length });
  }
  for (const match of text.matchAll(WORD_AMOUNT)) {
    if (match[3] === '-' && match[1].toLowerCase() === 'a') continue;
    const named = SUFFIXES.find(([pattern]) => pattern.test(text.slice(match.index + match[0].length)));
    if (!named) continue;
    const suffix = named[0].exec(text.slice(match.index + match[0].length))![0];
    // "a five billion-dollar deal": the article is no part of the number (but "a hundred million dollars" is 100 million).
    const words = match[1].toLowerCase().split(/[- ]/);
    const article = words.length === 2 && words[0] === 'a' && words[1] !== 'hundred' ? match[1].length - words[1].length : 0;
    const number = words.slice(article ? 1 : 0).reduce((total, word) => (word === 'hundred' ? total * 100 : total + WORD_NUMBERS[word]), 0);
    const currency = BARE_DOLLAR.test(suffix) ? dollar : named[1];
    found.push({ currency, amount: dollars(String(number), match[2]), index: match.index + article, length: match[0].length - article + suffix.length });
  }
  for (const match of text.matchAll(SPOKEN_DECIMAL)) {
    const named = SUFFIXES.find(([pattern]) => pattern.test(text.slice(match.index + match[0].length)));
    if (!named) continue;
    const suffix = named[0].exec(text.slice(match.index + match[0].length))![0];
    const whole = /^\d+$/.test(match[1]) ? match[1] : String(WORD_NUMBERS[match[1].toLowerCase()]);
    const fraction = match[2].toLowerCase().split('-').map((word) => DIGIT_WORDS.indexOf(word)).join('');
    const currency = BARE_DOLLAR.test(suffix) ? dollar : named[1];
    found.push({ currency, amount: dollars(`${whole}.${fraction}`, match[3]), index: match.index, length: match[0].length + suffix.length });
  }
  // The upper figure of a range stands for it, so its own match (if it had a currency) goes.
  return found.filter((amount, index) => !found.some((other, at) => at !== index && other.index < amount.index && amount.index < other.index + other.length)).sort((a, b) => a.index - b.index);
}

/**
 * The second figure of a range right after an amount: "$2–3 billion", "$10bn-$12bn", "$1 billion to $1.5 billion",
 * "between €1 billion and €1.2 billion". A scale written once belongs to both figures ("$2–3 billion").
 */
const RANGE_END = new RegExp(`^\\s*(?:-|–|—|to)\\s*(${PREFIX})?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s*|-)(${SCALE_WORDS})\\b)?`, 'u');
const BETWEEN_END = new RegExp(`^\\s+and\\s+(${PREFIX})?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s*|-)(${SCALE_WORDS})\\b)?`, 'u');

/**
 * A range is read as its upper figure, the most the deal is said to be worth, as "up to $1.2 billion" is:
 * the value a notice or report gives as the deal's ceiling. The amount grows to cover the whole range.
 */
function widenToRange(text: string, amount: Money): void {
  const written = text.slice(amount.index, amount.index + amount.length);
  // The first figure's own scale, if written ("$10bn" in "$10bn-$12bn"); a range of a figure with a currency name after it is none.
  const own = AMOUNT.exec(written);
  AMOUNT.lastIndex = 0;
  if (!own || own[0].length < written.trimEnd().length) return;
  const after = text.slice(amount.index + amount.length);
  const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, amount.index - 12), amount.index));
  const end = RANGE_END.exec(after) ?? (between ? BETWEEN_END.exec(after) : null);
  if (!end) return;
  const [whole, prefix, digits, scale] = end;
  if (prefix && PREFIXES.find(([symbol]) => symbol === prefix)![1] !== PREFIXES.find(([symbol]) => symbol === own[1])?.[1]) return;
  const ownScale = own[3];
  // "$2–3 billion": the scale after the second figure is the first's too; "$2 million–3" names no second amount.
  if (!scale && ownScale) return;
  const low = BigInt(dollars(own[2], ownScale ?? scale));
  const high = BigInt(dollars(digits, scale));
  if (high <= low) return;
  amount.amount = high.toString();
  amount.length += whole.length;
}

/**
 * "285 million euros ($335 million)", "1.2 trillion yen (about $8 billion)", "£4bn, or about $5bn": the
 * words between an amount and the next one that make the second the first converted (a bracket, a
 * comma, an "or", a hedge — in words, or as the sign "≈" or "~" before the figure: "A$10 billion (≈$6.5 billion)"), not
 * another amount.
 */
const HEDGE = '(?:(?:or|about|around|some|approximately|approx\\.|roughly|nearly|almost|just over|over|more than|equal to|equivalent to|the equivalent of|worth)\\s+|[≈~]\\s*)';
const CONVERSION_GAP = new RegExp(`^\\s*(?:[([]\\s*(?:${HEDGE})*|(?:,|—|–|-)?\\s*(?:${HEDGE})+)$`, 'i');
export function convertedBy(text: string, amount: Money, next: Money): boolean {
  return next.index > amount.index && next.currency !== amount.currency && CONVERSION_GAP.test(text.slice(amount.index + amount.length, next.index));
}

/**
 * Rough dollars per unit of the currencies whose rate has stayed within about a third of these over the years the texts
 * cover. Used only to tell whether two amounts in different currencies may be one deal's value told twice, never as a
 * sale's value (a USD value is only ever one the text writes).
 */
const ROUGH_DOLLARS: Record<string, number> = {
  USD: 1, EUR: 1.15, GBP: 1.4, CHF: 1.05, AUD: 0.75, CAD: 0.78, NZD: 0.68, SGD: 0.73, HKD: 0.128, TWD: 0.033, JPY: 0.008,
  KRW: 0.00085, CNY: 0.15, INR: 0.014, SEK: 0.11, NOK: 0.11, DKK: 0.155, CZK: 0.045, PLN: 0.27, HUF: 0.0031, RON: 0.23,
  ILS: 0.28, SAR: 0.267, AED: 0.272, QAR: 0.275, KWD: 3.3, PHP: 0.02, THB: 0.03, MYR: 0.25, IDR: 0.00007,
};
/** How far apart two such amounts may be and still be one value told in two currencies (rates drift, writers round). */
const ROUGH_SPREAD = 1.7;

/**
 * "a £10 billion deal" and "about $13 billion", "20 billion Swedish crowns" and "$1.9 billion": two amounts in different
 * currencies that could be one value converted by the writer; false when either currency's rate is not on record here.
 */
export function roughlyConverted(one: Money, other: Money): boolean {
  if (one.currency === other.currency) return false;
  const [rateOne, rateOther] = [ROUGH_DOLLARS[one.currency], ROUGH_DOLLARS[other.currency]];
  if (!rateOne || !rateOther) return false;
  const [a, b] = [Number(one.amount) * rateOne, Number(other.amount) * rateOther];
  if (!(a > 0 && b > 0)) return false;
  return Math.max(a, b) / Math.min(a, b) <= ROUGH_SPREAD;
}
