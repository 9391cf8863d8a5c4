// Pure rules of the real-document work: amounts with their currency, hard-wrapped text, sale
// phrasings from any supplier, and the corpus counting rules. Short texts written for these tests.
import { extractArticle } from '../src/extraction';
import { cleanArticle, unwrapLines } from '../src/extraction/clean';
import { moneyIn, roughlyConverted } from '../src/extraction/money';
import { eventFamily, scoreArticle } from '../src/extraction/score';

const salesOf = (text: string) =>
  extractArticle({ text, title: 'Defence deal', publishedAt: new Date('2025-04-28T00:00:00Z') }).graph.armsSales.map((sale) => ({
    supplier: sale.supplier,
    recipient: sale.recipient,
    valueUsd: sale.valueUsd,
    currency: sale.currency,
    valueOriginal: sale.valueOriginal,
  }));

describe('moneyIn', () => {
  it.each([
    ['a $7.4 billion agreement', 'USD', '7400000000'],
    ['worth US$1.25bn in total', 'USD', '1250000000'],
    ['a £1.9 billion contract', 'GBP', '1900000000'],
    ['some 285 million euros', 'EUR', '285000000'],
    ['worth €5 billion', 'EUR', '5000000000'],
    ['A$3.4 billion for frigates', 'AUD', '3400000000'],
    ['3.5 trillion won', 'KRW', '3500000000000'],
    ['Rs 62,700 crore', 'INR', '627000000000'],
    // the scale in the plural, as some Indian papers write it
    ['valued at around Rs 4,500 crores', 'INR', '45000000000'],
    ['Rs 80 lakhs', 'INR', '8000000'],
    ['($23.11B);', 'USD', '23110000000'],
    ['$3.64 billion dollars', 'USD', '3640000000'],
    // session 32: the scale in capitals, as forum posts and headlines write it; a dollar sign before a figure the words call euros
    ['a deal worth $2BN.', 'USD', '2000000000'],
    ['a $450MN order', 'USD', '450000000'],
    ['as much as $4.2 billion euros (about $5 billion)', 'EUR', '4200000000'],
    ['a bid of $1.2 billion won the tender', 'USD', '1200000000'],
    // an ISO code written after the figure
    ['about 1.8 Billion NOK in all', 'NOK', '1800000000'],
    ['a deal of 317 million EUR', 'EUR', '317000000'],
    // a scale joined by a hyphen, and agency shorthand
    ['in a $1.5-billion deal', 'USD', '1500000000'],
    // Swedish and Czech crowns written bare, other buyers' currencies by name or code
    ['a 4 billion kronor contract', 'SEK', '4000000000'],
    ['for 150 billion koruna', 'CZK', '150000000000'],
    ['worth 28 billion Philippine pesos', 'PHP', '28000000000'],
    ['Rp 12 trillion for frigates', 'IDR', '12000000000000'],
    ['1.2 billion Egyptian pounds', 'EGP', '1200000000'],
    ['40 billion Pakistani rupees', 'PKR', '40000000000'],
    ['15 billion Taiwan dollars', 'TWD', '15000000000'],
    ['for $1.5 bln', 'USD', '1500000000'],
    // session 17: a headline's capitalized scale, and a decimal read aloud as a broadcaster's script writes it
    ['Approves Possible $40Mln Sale', 'USD', '40000000'],
    ['a $3.1 Billion Deal', 'USD', '3100000000'],
    ['worth some six-point-two billion dollars', 'USD', '6200000000'],
    ['about 12-point-five million euros', 'EUR', '12500000'],
    // session 19: the won as Seoul's papers and agencies write it, a currency joined by a hyphen, "tln"/"trn" and a bare "b"
    ['a 5.6 tln-won export deal', 'KRW', '5600000000000'],
    ['a 3.2 trillion-won contract', 'KRW', '3200000000000'],
    ['the W845b deal for howitzers', 'KRW', '845000000000'],
    ['worth W1.2 trillion', 'KRW', '1200000000000'],
    ['a 1.5 trn yen budget', 'JPY', '1500000000000'],
    ['a $5b order', 'USD', '5000000000'],
    ['a 3 billion-euro frigate deal', 'EUR', '3000000000'],
    // session 26: the home press's letters and abbreviations for the peso, the rand, the baht, the ringgit and the shekel
    ['a P4.96-billion contract', 'PHP', '4960000000'],
    ['worth R2.4 billion', 'ZAR', '2400000000'],
    ['a Bt13.5-bn submarine', 'THB', '13500000000'],
    ['for Bt36 billion', 'THB', '36000000000'],
    ['some RM1.2 billion', 'MYR', '1200000000'],
    ['NIS 1.5 billion for interceptors', 'ILS', '1500000000'],
    // session 28: a scale in the plural after the figure
    ['a programme that would have cost $3 billions', 'USD', '3000000000'],
    ['some 40 millions euros for radars', 'EUR', '40000000'],
    // session 29: a currency's one letter joined to a figure grouped in thousands
    ['an award of P2,480,000,000 for the radars', 'PHP', '2480000000'],
    // session 33: fractions of a scale in words (not "a billion"), a decimal comma before a scale, the crore shortened, and the
    // signs, short forms and names the home press of more buyers writes
    ['some half a billion dollars for the jets', 'USD', '500000000'],
    ['a half-billion dollars order', 'USD', '500000000'],
    ['a quarter of a billion euros', 'EUR', '250000000'],
    // session 39: a number in words with the currency joined by a hyphen; the article before it is no part of the number
    ['signed a four billion-dollar contract for frigates', 'USD', '4000000000'],
    ['a seven million-euro order for radars', 'EUR', '7000000'],
    ['a hundred million dollars for spares', 'USD', '100000000'],
    ['one and a half billion dollars', 'USD', '1500000000'],
    ['a contract of 1,2 billion euros', 'EUR', '1200000000'],
    ['Rs 1,200 cr for radars', 'INR', '12000000000'],
    ['a Tk 2,000 crore deal', 'BDT', '20000000000'],
    ['3.5 billion Saudi riyals', 'SAR', '3500000000'],
    ['10 billion UAE dirhams', 'AED', '10000000000'],
    ['Dh10 billion for jets', 'AED', '10000000000'],
    ['QR2bn for drones', 'QAR', '2000000000'],
    ['KD 1 billion for tanks', 'KWD', '1000000000'],
    ['₺10 billion of drones', 'TRY', '10000000000'],
    ['40 billion Turkish liras', 'TRY', '40000000000'],
    ['zł 10 billion', 'PLN', '10000000000'],
    ['SFr 6 billion', 'CHF', '6000000000'],
    ['KSh 4 billion for vehicles', 'KES', '4000000000'],
    // session 38: the country after the sign, as Australian and New Zealand papers write it, and a lakh of crores
    ['a deal worth $US1.2 billion', 'USD', '1200000000'],
    ['the $A500 million frigate upgrade', 'AUD', '500000000'],
    ['$NZ300 million for patrol vessels', 'NZD', '300000000'],
    ['orders worth Rs 1.05 lakh crore', 'INR', '1050000000000'],
  ])('%s → %s %s', (text, currency, amount) => {
    expect(moneyIn(text)[0]).toMatchObject({ currency, amount });
  });

  // a range stands for its upper figure, the most the deal is said to be worth (as "up to" does); one amount, not two
  it.each([
    ['worth $2–3 billion', 'USD', '3000000000'],
    ['between $1 billion and $1.5 billion', 'USD', '1500000000'],
    ['for $10bn-$12bn', 'USD', '12000000000'],
    ['£650m to £700m', 'GBP', '700000000'],
    ['€1.5-2 billion', 'EUR', '2000000000'],
  ])('the range %s → %s %s', (text, currency, amount) => {
    expect(moneyIn(text)).toEqual([expect.objectContaining({ currency, amount })]);
  });

  it('reads "half a billion" as the half, not as "a billion"', () => {
    expect(moneyIn('worth half a billion dollars')).toEqual([expect.objectContaining({ currency: 'USD', amount: '500000000' })]);
    expect(moneyIn('1,200 billion euros')).toEqual([expect.objectContaining({ amount: '1200000000000' })]);
  });

  it('reads no range from an amount followed by a number of things or a year', () => {
    expect(moneyIn('$300 million to 24 countries')).toEqual([expect.objectContaining({ amount: '300000000' })]);
    expect(moneyIn('$5 million to 2025')).toEqual([expect.objectContaining({ amount: '5000000' })]);
  });

  it('reads no amount from a bare number, a year or a Hong Kong dollar sign as US dollars', () => {
    expect(moneyIn('26 jets in 2025')).toEqual([]);
    expect(moneyIn('HK$5 million')[0]).toMatchObject({ currency: 'HKD' });
  });

  it('reads a currency’s one letter only joined to a figure with a scale', () => {
    expect(moneyIn('Block W 5 billion times')).toEqual([]);
    expect(moneyIn('the W5 variant of 2024')).toEqual([]);
    expect(moneyIn('the P8 patrol aircraft and R 2 million times')).toEqual([]);
    expect(moneyIn('Plan P5 of the R30 road')).toEqual([]);
    expect(moneyIn('the P-3 of 1,200 hours and P 2,400 crew')).toEqual([]);
    expect(moneyIn('a billion-dollar deal for jets')).toEqual([]);
  });
});

describe('unwrapLines', () => {
  it('joins a text wrapped at a fixed width and keeps its headings and short lines', () => {
    const wrapped = [
      'ARMS SALES NOTIFICATION',
      'Dear Mr. Chairman: Pursuant to the reporting requirements of the',
      'Act, as amended, we are forwarding herewith the notice concerning',
      'the proposed offer to the Government of Ruritania for defense',
      'articles and services estimated to cost $554 million. After this',
      'letter is delivered to your office, we plan to issue a release.',
      'Sincerely,',
    ];
    expect(unwrapLines(wrapped)).toEqual([
      'ARMS SALES NOTIFICATION',
      `${wrapped.slice(1, 6).join(' ')}`,
      'Sincerely,',
    ]);
  });

  it('leaves ordinary paragraphs alone', () => {
    const paragraphs = ['The minister arrived in Oslo on Monday.', 'Talks will continue on Tuesday.'];
    expect(unwrapLines(paragraphs)).toEqual(paragraphs);
  });

  it('joins a sentence in progress (a word or comma, then lower case) but never across a blank line', () => {
    expect(unwrapLines(['Ruritanian President Ola', 'met the envoy, who said', 'talks would resume.', '', 'Rain fell.'])).toEqual([
      'Ruritanian President Ola met the envoy, who said talks would resume.',
      'Rain fell.',
    ]);
    expect(unwrapLines(['Talks in Oslo', '', 'the two sides met.'])).toEqual(['Talks in Oslo', 'the two sides met.']);
  });

  // (session 30) no sentence ends in a preposition, an article or "and": the next line goes on whatever its case
  it('joins a line ending in a preposition, article or "and" to the next, even in capitals', () => {
    expect(unwrapLines(['The navy shelled two ports in Borduria on', 'March 3.', 'Talks resumed.'])).toEqual(['The navy shelled two ports in Borduria on March 3.', 'Talks resumed.']);
    expect(unwrapLines(['The envoy met officials of the', 'Ruritanian government.'])).toEqual(['The envoy met officials of the Ruritanian government.']);
    expect(unwrapLines(['Talks on', '', 'March 3.'])).toEqual(['Talks on', 'March 3.']);
  });
});

describe('wire copy that sets in the first line of each paragraph', () => {
  const wire = [
    'Ruritania\'s Foreign Minister Anton',
    'Vesely said on Monday his talks with Borduria\'s Prime Minister',
    'Ilse K.',
    'Brandt would go on next week.',
    '    Vesely told reporters the two sides agreed on a new',
    'border commission, to be chaired by former Senator Marta',
    'Holm.',
    '    TRADE TALKS',
    '    Trade was not discussed, he said.',
    'REUTER',
  ].join('\n');
  const paragraphsOf = (text: string, title?: string) => cleanArticle({ text, format: 'text', title }).body.split('\n\n');

  it('reads each paragraph across its line breaks, names and initials included, and keeps headings and sign-offs apart', () => {
    expect(paragraphsOf(wire, 'Talks to go on')).toEqual([
      "Ruritania's Foreign Minister Anton Vesely said on Monday his talks with Borduria's Prime Minister Ilse K. Brandt would go on next week.",
      'Vesely told reporters the two sides agreed on a new border commission, to be chaired by former Senator Marta Holm.',
      'TRADE TALKS',
      'Trade was not discussed, he said.',
      'REUTER',
    ]);
    expect(extractArticle({ text: wire, title: 'Talks to go on', publishedAt: new Date('2025-03-03T00:00:00Z') }).graph.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Anton Vesely', 'Ilse K. Brandt', 'Marta Holm']),
    );
  });

  it('leaves a text of one paragraph a line alone when one line of it is set in', () => {
    const text = [
      'The ministers of Ruritania and Borduria met in Geneva on Monday to discuss the border commission and the return of refugees.',
      '    "We have agreed on the essentials," the Ruritanian minister said after the meeting.',
      'The Bordurian delegation left for home on Tuesday without making any statement to the press gathered at the airport.',
      'A further round of talks is expected in the spring, diplomats from both sides said on condition of anonymity.',
    ].join('\n');
    expect(paragraphsOf(text, 'Ministers meet')).toHaveLength(4);
  });
});

describe('arms sales from any supplier, in their own currency', () => {
  it.each([
    ['France has agreed to sell India 26 Rafale Marine fighter jets for $7.4 billion.', { supplier: 'FR', recipient: 'IN', valueUsd: '7400000000' }],
    ['India on Monday signed a $7.4 billion agreement to buy 26 Rafale Marine jets from France.', { supplier: 'FR', recipient: 'IN', valueUsd: '7400000000' }],
    ['Turkey has signed a deal worth £8 billion to buy 20 Typhoon jets from the United Kingdom.', { supplier: 'GB', recipient: 'TR', valueUsd: null, currency: 'GBP', valueOriginal: '8000000000' }],
    ["South Korea's Hanwha Aerospace signed a contract worth 3.5 trillion won with Poland to supply K9 howitzers.", { supplier: 'KR', recipient: 'PL', valueUsd: null, currency: 'KRW', valueOriginal: '3500000000000' }],
    ['The Philippines ordered 20 more FA-50 fighter jets from South Korea for $700 million.', { supplier: 'KR', recipient: 'PH', valueUsd: '700000000' }],
  ])('%s', (text, expected) => {
    expect(salesOf(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('reads a programme notice: the seller is the United States, the value is the estimated cost', () => {
    const text = [
      'WASHINGTON - The State Department has made a determination approving a possible Foreign Military Sale to Ruritania of transport aircraft spares.',
      'The estimated cost is $81 million.',
    ].join('\n');
    expect(salesOf(text.replace('Ruritania', 'Qatar'))).toEqual([expect.objectContaining({ supplier: 'US', recipient: 'QA', valueUsd: '81000000' })]);
  });

  it('reads a fact sheet list of programme cases, one sale per item', () => {
    const text = 'Foreign Military Sales cases implemented this year include: Norway – P-8 aircraft ($1.2B); Chile – F-16 upgrades ($0.5B); Peru – radars ($120M).';
    expect(salesOf(text).map((sale) => [sale.recipient, sale.valueUsd])).toEqual([
      ['NO', '1200000000'],
      ['CL', '500000000'],
      ['PE', '120000000'],
    ]);
  });

  it('keeps no sale between a ministry and its own country’s maker', () => {
    expect(salesOf("India's Defence Ministry signed a Rs 62,700 crore contract with Hindustan Aeronautics for 156 helicopters.")).toEqual([]);
  });
});

describe('corpus counting rules', () => {
  it('groups trip and visit, meeting and summit, announcement and statement', () => {
    expect(eventFamily('DIPLOMATIC_TRIP')).toBe(eventFamily('DIPLOMATIC_VISIT'));
    expect(eventFamily('SUMMIT')).toBe(eventFamily('MEETING'));
    expect(eventFamily('ANNOUNCEMENT')).toBe(eventFamily('STATEMENT'));
    expect(eventFamily('PROTEST')).toBe('PROTEST');
  });

  it('compares an event’s date and place only when the gold has them, and a sale’s value only when the gold has one', () => {
    const extracted = {
      people: [],
      countries: [],
      events: [
        { type: 'SUMMIT', startDate: new Date('2025-01-03'), location: 'FR', children: [] },
        { type: 'STATEMENT', startDate: null, location: null, children: [] },
      ],
      armsSales: [{ supplier: 'GB', recipient: 'NO', valueUsd: null }],
    } as never;
    const gold = {
      events: [
        { type: 'MEETING', startDate: null, location: 'FR' },
        { type: 'ANNOUNCEMENT', startDate: '2025-01-04', location: null },
      ],
      armsSales: [{ supplier: 'GB', recipient: 'NO', valueUsd: null }],
    };
    const score = scoreArticle('a', extracted, gold, 'corpus');
    expect(score.counts.events).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(score.counts.armsSales).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });
});

describe('capitals and cities as countries', () => {
  const countriesOf = (text: string) =>
    extractArticle({ text, title: 'Diplomacy', publishedAt: new Date('2025-04-28T00:00:00Z') }).graph.countries.map((mention) => mention.country).sort();

  it('does not count a capital that is only a destination or a place', () => {
    expect(countriesOf('The minister will travel to Nairobi, Mogadishu and Riyadh next week for talks.')).toEqual([]);
    expect(countriesOf('Talks were held in Vienna on Friday.')).toEqual([]);
    // a city's own ruler or mayor is no state's government
    expect(countriesOf('The minister also spoke with the Crown Prince of Abu Dhabi and the mayor of Ankara.')).toEqual([]);
  });

  it('counts a capital standing for its government, and a city-state’s name', () => {
    expect(countriesOf('Moscow has rejected the proposal, and Washington-Seoul relations remain strong.')).toEqual(['KR', 'RU', 'US']);
    expect(countriesOf('Ministers met at a conference in Singapore.')).toEqual(['SG']);
  });
});

describe('floor statements in a legislature’s record', () => {
  it('makes the member’s speech a statement on the record’s day, in the legislature’s country', () => {
    const text = [
      'From the Congressional Record Online',
      'Mr. SMITHSON. Madam President, I ask unanimous consent to have printed in the Record the letter which has been received.',
      'There being no objection, the material was ordered to be printed.',
    ].join('\n');
    const events = extractArticle({ text, title: 'Record', publishedAt: new Date('2024-03-05T00:00:00Z') }).graph.events;
    expect(events).toContainEqual(expect.objectContaining({ type: 'STATEMENT', location: 'US', startDate: new Date('2024-03-05T00:00:00Z') }));
  });
});

describe('money: whose dollar a bare "$" is', () => {
  test('a bare "$" or "dollars" is the writer\'s own dollar; "US$" and "US dollars" stay USD', () => {
    expect(moneyIn('worth $1 billion', 'AUD').map(({ currency, amount }) => `${currency} ${amount}`)).toEqual(['AUD 1000000000']);
    expect(moneyIn('worth 2 billion dollars', 'AUD').map(({ currency }) => currency)).toEqual(['AUD']);
    expect(moneyIn('worth US$740 million and 5 billion US dollars', 'AUD').map(({ currency }) => currency)).toEqual(['USD', 'USD']);
    expect(moneyIn('worth $1 billion').map(({ currency }) => currency)).toEqual(['USD']);
  });
});

describe('money: two amounts that may be one value converted', () => {
  test('near enough at a rough rate in two currencies, never in one currency or a currency without a rate here', () => {
    const [pounds, dollars, crowns, won] = moneyIn('£10 billion, $13 billion, 20 billion Swedish crowns, 30 trillion won');
    expect(roughlyConverted(pounds, dollars)).toBe(true);
    expect(roughlyConverted(crowns, dollars)).toBe(false);
    expect(roughlyConverted(won, dollars)).toBe(false);
    expect(roughlyConverted(dollars, moneyIn('$12 billion')[0])).toBe(false);
    expect(roughlyConverted(dollars, moneyIn('13 billion roubles')[0])).toBe(false);
  });
});
