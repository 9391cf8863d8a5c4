// Arms-sale phrasings of src/extraction/arms-sales.ts on sentences written for these tests: suppliers other
// than the US, currencies kept as written, buyers and sellers in every position a sale sentence puts
// them, US programme notices, and supply verbs that name no one sale.
import { extractArticle } from '../src/extraction';

const salesIn = (text: string) =>
  extractArticle({ text: `Deal\n\n${text}`, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales.map(({ supplier, recipient, valueUsd, currency, valueOriginal }) => ({
    supplier,
    recipient,
    valueUsd,
    ...(currency ? { currency, valueOriginal } : {}),
  }));

describe('arms sales: who sells to whom, and for how much', () => {
  test.each([
    ['France has agreed to sell India 26 Rafale Marine fighter jets for $7.4 billion.', { supplier: 'FR', recipient: 'IN', valueUsd: '7400000000' }],
    ['India on Monday signed a $7.4 billion agreement to buy 26 Rafale jets from France.', { supplier: 'FR', recipient: 'IN', valueUsd: '7400000000' }],
    ['South Korea will sell 48 FA-50 light attack aircraft to Poland in a deal worth 3.5 trillion won.', { supplier: 'KR', recipient: 'PL', valueUsd: null, currency: 'KRW', valueOriginal: '3500000000000' }],
    ['Britain signed a £1.6 billion contract with Ukraine to supply more than 5,000 air defence missiles.', { supplier: 'GB', recipient: 'UA', valueUsd: null, currency: 'GBP', valueOriginal: '1600000000' }],
    ["The Philippines purchased two corvettes from South Korea's Hyundai Heavy Industries for $556 million.", { supplier: 'KR', recipient: 'PH', valueUsd: '556000000' }],
    ['Australia will buy 220 Tomahawk cruise missiles from the United States for A$1.3 billion.', { supplier: 'US', recipient: 'AU', valueUsd: null, currency: 'AUD', valueOriginal: '1300000000' }],
    ['Under the agreement, Saudi Arabia will purchase $110 billion of American weapons.', { supplier: 'US', recipient: 'SA', valueUsd: '110000000000' }],
    ['Poland signed a deal with South Korea to buy 180 K2 tanks for $3.37 billion.', { supplier: 'KR', recipient: 'PL', valueUsd: '3370000000' }],
    ["Spain's Navantia will build five corvettes for Saudi Arabia in a deal worth 1.8 billion euros.", { supplier: 'ES', recipient: 'SA', valueUsd: null, currency: 'EUR', valueOriginal: '1800000000' }],
    ['Germany will supply Egypt with four MEKO frigates worth 2 billion euros.', { supplier: 'DE', recipient: 'EG', valueUsd: null, currency: 'EUR', valueOriginal: '2000000000' }],
    ['Turkey and Indonesia signed a $10 billion deal for 48 KAAN fighter jets to be built by Turkish Aerospace.', { supplier: 'TR', recipient: 'ID', valueUsd: '10000000000' }],
    ['Pakistan is buying eight submarines from China in a deal worth about $5 billion.', { supplier: 'CN', recipient: 'PK', valueUsd: '5000000000' }],
    ['The Government of Norway has requested to buy up to 100 AIM-120 missiles under a possible Foreign Military Sale. The estimated total cost is $500 million.', { supplier: 'US', recipient: 'NO', valueUsd: '500000000' }],
    ['The State Department has made a determination approving a possible Foreign Military Sale to the Taipei Economic and Cultural Representative Office in the United States (TECRO) of aircraft spare parts for an estimated cost of $330 million.', { supplier: 'US', recipient: 'TW', valueUsd: '330000000' }],
    ['The United Arab Emirates signed a 16 billion euro deal for 80 Rafale fighters with France on Friday.', { supplier: 'FR', recipient: 'AE', valueUsd: null, currency: 'EUR', valueOriginal: '16000000000' }],
    ["Australia awarded South Korea's Hanwha a A$1 billion contract for 129 infantry fighting vehicles and armoured vehicles.", { supplier: 'KR', recipient: 'AU', valueUsd: null, currency: 'AUD', valueOriginal: '1000000000' }],
    ['The UK and Poland signed a £4 billion agreement for the supply of air defence missiles to the Polish armed forces.', { supplier: 'GB', recipient: 'PL', valueUsd: null, currency: 'GBP', valueOriginal: '4000000000' }],
    ['Serbia signed a deal to purchase 12 Rafale fighter jets from France for 2.7 billion euros.', { supplier: 'FR', recipient: 'RS', valueUsd: null, currency: 'EUR', valueOriginal: '2700000000' }],
    ['Transmittal No. 21-45. (i) Prospective Purchaser: The Government of Egypt. (ii) Total Estimated Value: Major Defense Equipment $0 million, Other $2.5 billion, TOTAL $2.5 billion. Foreign Military Sales.', { supplier: 'US', recipient: 'EG', valueUsd: '2500000000' }],
  ])('%s', (text, sale) => {
    expect(salesIn(text)).toEqual([sale]);
  });

  test('a supply verb without an amount names no one sale', () => {
    expect(salesIn('The system is the same one Washington has supplied to Ukraine to defend against missile attacks.')).toEqual([]);
  });
});

/** Sentences written for these tests in the phrasings of wire reports, government releases and US notices (issue 10). */
describe('arms sales: phrasing families that must generalize', () => {
  test.each([
    // DSCA releases and Congressional notices.
    ['The State Department has made a determination approving a possible Foreign Military Sale to the Government of Denmark of AIM-9X Block II missiles for an estimated cost of $95 million. The Defense Security Cooperation Agency delivered the required certification notifying Congress of this possible sale today.', { supplier: 'US', recipient: 'DK', valueUsd: '95000000' }, 'NOTIFIED'],
    ['The Government of Finland has requested to buy sixty-four F-35A aircraft. The estimated total cost is $12.5 billion.', { supplier: 'US', recipient: 'FI', valueUsd: '12500000000' }, null],
    ['The Kingdom of Morocco has requested a possible sale of 36 AH-64E Apache helicopters. The estimated total case value is $4.25 billion.', { supplier: 'US', recipient: 'MA', valueUsd: '4250000000' }, null],
    ['Transmittal No. 23-41\nNotice of Proposed Issuance of Letter of Offer Pursuant to Section 36(b)(1) of the Arms Export Control Act\n(i) Prospective Purchaser: Government of Bulgaria\n(ii) Total Estimated Value:\nMajor Defense Equipment * $180 million\nOther $80 million\nTotal $260 million', { supplier: 'US', recipient: 'BG', valueUsd: '260000000' }, 'NOTIFIED'],
    ['Transmittal No. 20-12\n(i) Prospective Purchaser: The Government of the Netherlands\n(ii) Total Estimated Value:\nMajor Defense Equipment .......... $50 million\nOther .......... $20 million\nTOTAL .......... $70 million', { supplier: 'US', recipient: 'NL', valueUsd: '70000000' }, 'NOTIFIED'],
    ["Pursuant to Section 36(b)(1) of the Arms Export Control Act, we are forwarding herewith Transmittal No. 19-10, concerning the Army's proposed Letter(s) of Offer and Acceptance to the Government of Poland for defense articles and services estimated to cost $400 million.", { supplier: 'US', recipient: 'PL', valueUsd: '400000000' }, 'NOTIFIED'],
    ['The Biden Administration has informally notified Congress of a possible $20 billion sale of 40 new F-16 aircraft to Turkey.', { supplier: 'US', recipient: 'TR', valueUsd: '20000000000' }, 'NOTIFIED'],
    // Suppliers other than the US, currencies as written.
    ['Germany has approved the sale of 54 Leopard 2 tanks to Qatar for 1.9 billion euros.', { supplier: 'DE', recipient: 'QA', valueUsd: null, currency: 'EUR', valueOriginal: '1900000000' }, 'APPROVED'],
    ["Brazil ordered 36 Gripen E fighters from Sweden's Saab in a deal worth $5.4 billion.", { supplier: 'SE', recipient: 'BR', valueUsd: '5400000000' }, null],
    ['Russia delivered the first S-400 batteries to India under a $5.4 billion deal signed in 2018.', { supplier: 'RU', recipient: 'IN', valueUsd: '5400000000' }, 'DELIVERED'],
    ['Norway will buy 54 Leopard 2A7 tanks from Germany for about 20 billion Norwegian crowns.', { supplier: 'DE', recipient: 'NO', valueUsd: null, currency: 'NOK', valueOriginal: '20000000000' }, null],
    ['Norway has chosen the UK to supply at least 5 Type 26 frigates in a deal worth £10 billion.', { supplier: 'GB', recipient: 'NO', valueUsd: null, currency: 'GBP', valueOriginal: '10000000000' }, null],
    ['The UK has secured a £10 billion deal with Norway to supply Type 26 frigates.', { supplier: 'GB', recipient: 'NO', valueUsd: null, currency: 'GBP', valueOriginal: '10000000000' }, null],
    ['The deal, worth £5 billion, will see Türkiye receive 20 Typhoon jets from the UK.', { supplier: 'GB', recipient: 'TR', valueUsd: null, currency: 'GBP', valueOriginal: '5000000000' }, null],
    ['India has agreed to buy 26 Rafale Marine jets from France for 630 billion rupees.', { supplier: 'FR', recipient: 'IN', valueUsd: null, currency: 'INR', valueOriginal: '630000000000' }, null],
    ['South Korea agreed to sell 218 K9 howitzers to Poland for 3.2 trillion won.', { supplier: 'KR', recipient: 'PL', valueUsd: null, currency: 'KRW', valueOriginal: '3200000000000' }, null],
    ['France has delivered the first three of 24 Rafale jets ordered by Greece in a 2.5 billion euro deal.', { supplier: 'FR', recipient: 'GR', valueUsd: null, currency: 'EUR', valueOriginal: '2500000000' }, 'DELIVERED'],
    ['Germany cancelled a planned €1 billion sale of Eurofighter jets to Saudi Arabia.', { supplier: 'DE', recipient: 'SA', valueUsd: null, currency: 'EUR', valueOriginal: '1000000000' }, 'CANCELLED'],
    ['Greece and France signed a deal for three Belharra frigates worth about 3 billion euros.', { supplier: 'FR', recipient: 'GR', valueUsd: null, currency: 'EUR', valueOriginal: '3000000000' }, 'CONTRACTED'],
    ["Taiwan's defence ministry said it had signed a $1.4 billion contract with the U.S. for 108 M1A2T Abrams tanks.", { supplier: 'US', recipient: 'TW', valueUsd: '1400000000' }, 'CONTRACTED'],
    ['The Czech government approved the purchase of 24 F-35 jets from the United States for 150 billion Czech crowns.', { supplier: 'US', recipient: 'CZ', valueUsd: null, currency: 'CZK', valueOriginal: '150000000000' }, null],
    // Company-to-state contracts: the maker's country sells.
    ['Lockheed Martin was awarded a $1.8 billion contract to build 32 F-35 jets for the Government of Poland.', { supplier: 'US', recipient: 'PL', valueUsd: '1800000000' }, null],
    ['Rheinmetall has won an order from Hungary for 218 Lynx infantry fighting vehicles worth over 2 billion euros.', { supplier: 'DE', recipient: 'HU', valueUsd: null, currency: 'EUR', valueOriginal: '2000000000' }, null],
    // A seller named by the weapon only.
    ['Turkey has requested to purchase 40 new F-16 aircraft, a sale worth an estimated $20 billion.', { supplier: 'US', recipient: 'TR', valueUsd: '20000000000' }, null],
  ])('%s', (text, sale, status) => {
    const sales = extractArticle({ text: `Deal\n\n${text}`, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales;
    expect(salesIn(text)).toEqual([sale]);
    if (status) expect(sales[0].status).toBe(status);
  });

  test('a list of programme cases gives one sale per item, however the items are written', () => {
    expect(salesIn('Notable FMS notifications included:\nAustralia – M1A2 Abrams tanks ($3.5 billion)\nIndia – P-8I patrol aircraft ($2.42 billion)').map((sale) => sale.recipient)).toEqual(['AU', 'IN']);
    expect(salesIn('Notable FMS notifications included: Israel – $3.4 billion for CH-53K helicopters; Germany – $1.77 billion for P-8A aircraft.').map((sale) => sale.valueUsd)).toEqual(['3400000000', '1770000000']);
    expect(salesIn('Examples of FMS notifications: the Philippines – F-16 aircraft ($2.43 billion), Australia – MH-60R helicopters ($1.685 billion).').map((sale) => sale.recipient)).toEqual(['PH', 'AU']);
  });

  test('a sentence with two amounts is read clause by clause', () => {
    const text = "Foreign Military Sales notifications included Australia's $3.5 billion purchase of air defense systems, and a $2.42 billion sale of P-8I aircraft to India.";
    expect(salesIn(text).map(({ recipient, valueUsd }) => `${recipient} ${valueUsd}`)).toEqual(['AU 3500000000', 'IN 2420000000']);
  });

  test('the quantity is the number after "at least" or "up to"', () => {
    const [sale] = extractArticle({ text: 'Deal\n\nNorway will buy at least five Type 26 frigates from the UK in a deal worth £10 billion.' }).graph.armsSales;
    expect(sale.quantity).toBe(5);
  });

  test('a company that makes arms is no person', () => {
    expect(extractArticle({ text: 'Deal\n\nLockheed Martin said it would deliver the jets on time.' }).graph.people).toEqual([]);
  });
});

/** Second round (issue 10): verbs and amounts of wire reports ("inked", "procure", "finalised the acquisition", "€2 mil."). */
describe('arms sales: more verbs and amount styles', () => {
  test.each([
    ['Poland signed a letter of offer and acceptance for 96 Apache helicopters worth $10 billion with the United States.', { supplier: 'US', recipient: 'PL', valueUsd: '10000000000' }],
    ['Romania inked a $1.2bn deal with the United States for 54 Abrams tanks.', { supplier: 'US', recipient: 'RO', valueUsd: '1200000000' }],
    ['Australia finalised a A$4 billion deal to acquire 30 howitzers from South Korea.', { supplier: 'KR', recipient: 'AU', valueUsd: null, currency: 'AUD', valueOriginal: '4000000000' }],
    ['India will procure 31 MQ-9B drones from the United States for 3.5 billion dollars.', { supplier: 'US', recipient: 'IN', valueUsd: '3500000000' }],
    ['Egypt bought 30 Rafale jets from France in a deal valued at 3.75 billion euros.', { supplier: 'FR', recipient: 'EG', valueUsd: null, currency: 'EUR', valueOriginal: '3750000000' }],
    ['Germany approved the export of air defence systems to Ukraine worth €2 mil.', { supplier: 'DE', recipient: 'UA', valueUsd: null, currency: 'EUR', valueOriginal: '2000000' }],
    ['Indonesia signed a contract with France for 42 Rafale jets valued at $8.1bn.', { supplier: 'FR', recipient: 'ID', valueUsd: '8100000000' }],
    ['Greece finalised the acquisition of 20 F-35 jets from the United States for $8.6 billion.', { supplier: 'US', recipient: 'GR', valueUsd: '8600000000' }],
    ['The Philippines inked a deal with India for BrahMos missiles worth $375 million.', { supplier: 'IN', recipient: 'PH', valueUsd: '375000000' }],
    ['Vietnam will procure 12 Su-30 fighters from Russia in a deal valued at 1.2 billion dollars.', { supplier: 'RU', recipient: 'VN', valueUsd: '1200000000' }],
    ['India signed the contract worth Rs 5,000 crore with Russia for Igla-S missiles.', { supplier: 'RU', recipient: 'IN', valueUsd: null, currency: 'INR', valueOriginal: '50000000000' }],
    ['Canada approved the export of light armoured vehicles to Saudi Arabia in a deal valued at C$15 billion.', { supplier: 'CA', recipient: 'SA', valueUsd: null, currency: 'CAD', valueOriginal: '15000000000' }],
    ['Morocco signed letters of offer and acceptance with the United States for 24 Apache helicopters worth $1.5bn.', { supplier: 'US', recipient: 'MA', valueUsd: '1500000000' }],
    ['Japan inked a 2.4 billion dollar contract to procure Tomahawk missiles from the US.', { supplier: 'US', recipient: 'JP', valueUsd: '2400000000' }],
  ])('%s', (text, sale) => {
    expect(salesIn(text)).toEqual([sale]);
  });

  test('a value to an economy names no sale', () => {
    expect(salesIn('The deal is worth £8 billion to the UK economy and will support 20,000 jobs.')).toEqual([]);
  });
});

describe('arms sales: a government release signing as the seller', () => {
  const fromRelease = (text: string, source: string | null, url: string | null) =>
    extractArticle({ text: `Deal\n\n${text}`, source, url, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales.map(({ supplier, recipient }) => `${supplier}→${recipient}`);

  test('the publisher\'s country sells when its government signs with a buyer', () => {
    expect(fromRelease('The Prime Minister signed the £8 billion deal with Turkey for 20 Typhoon jets.', "GOV.UK (Prime Minister's Office)", null)).toEqual(['GB→TR']);
    expect(fromRelease('Today the Defence Secretary has secured a £1.5 billion agreement with Norway for Type 26 frigates.', null, 'https://www.gov.uk/government/news/x')).toEqual(['GB→NO']);
    expect(fromRelease('The Minister for Defence Industry signed a A$2 billion agreement with Japan for 11 frigates.', 'Australian Department of Defence media release', null)).toEqual(['AU→JP']);
  });

  test('without a publisher, or when a third party signs, no seller is guessed', () => {
    expect(fromRelease('The Prime Minister signed the £8 billion deal with Turkey for 20 Typhoon jets.', null, null)).toEqual([]);
    expect(fromRelease('Analysts said Turkey signed a deal for 20 Typhoon jets worth £8 billion.', 'GOV.UK', null)).toEqual([]);
  });
});

/** Third round (issue 10): parties named through people and companies, plural deals, releases' verbs, two sales in one sentence. */
describe('arms sales: parties through people and makers, and more phrasings', () => {
  test.each([
    // A person whose country the text or the office holders make certain stands for that country.
    ['President Joe Biden signed a $23 billion deal for 40 F-16 jets with President Erdoğan on Friday.', { supplier: 'US', recipient: 'TR', valueUsd: '23000000000' }, 'CONTRACTED'],
    ['Defence Minister Rajnath Singh signed a contract worth $3 billion with the United States for 31 MQ-9B drones.', { supplier: 'US', recipient: 'IN', valueUsd: '3000000000' }, 'CONTRACTED'],
    ["India's Defence Minister Rajnath Singh signed the deal for 26 Rafale Marine jets with France worth 7.4 billion dollars.", { supplier: 'FR', recipient: 'IN', valueUsd: '7400000000' }, 'CONTRACTED'],
    ['Defence Minister Richard Marles announced the sale of 100 Boxer vehicles to Germany, worth A$1 billion.', { supplier: 'AU', recipient: 'DE', valueUsd: null, currency: 'AUD', valueOriginal: '1000000000' }, null],
    // A maker signed with, awarded or chosen: its home country sells; a state's service buys.
    ["Poland's Defence Minister Mariusz Blaszczak signed a $4.75 billion contract with Lockheed Martin for 96 Apache helicopters.", { supplier: 'US', recipient: 'PL', valueUsd: '4750000000' }, 'CONTRACTED'],
    ['The Philippine Navy signed a $556 million contract with Hyundai Heavy Industries for two corvettes.', { supplier: 'KR', recipient: 'PH', valueUsd: '556000000' }, 'CONTRACTED'],
    ['The Indonesian defence ministry signed a contract with Naval Group for two Scorpene submarines worth 2 billion euros.', { supplier: 'FR', recipient: 'ID', valueUsd: null, currency: 'EUR', valueOriginal: '2000000000' }, 'CONTRACTED'],
    ['The contract for 12 Gripen fighters worth $2.5 billion was awarded to Saab by Thailand.', { supplier: 'SE', recipient: 'TH', valueUsd: '2500000000' }, null],
    // Release verbs and amounts with a decimal point inside the clause.
    ['The UK has agreed a deal worth £5.4 billion to sell 20 Typhoon jets to Türkiye.', { supplier: 'GB', recipient: 'TR', valueUsd: null, currency: 'GBP', valueOriginal: '5400000000' }, null],
    ['British-made Typhoon jets will be exported to Qatar in a deal worth £6 billion.', { supplier: 'GB', recipient: 'QA', valueUsd: null, currency: 'GBP', valueOriginal: '6000000000' }, null],
    ['Poland signed contracts worth $13.7 billion for 180 K2 tanks and 212 K9 howitzers from South Korea.', { supplier: 'KR', recipient: 'PL', valueUsd: '13700000000' }, 'CONTRACTED'],
    ['Poland placed a 2.6 billion zloty order for 96 Apache helicopters with the US.', { supplier: 'US', recipient: 'PL', valueUsd: null, currency: 'PLN', valueOriginal: '2600000000' }, null],
    ['Qatar signed a letter of intent with Italy for 28 NH90 helicopters, valued at €3 billion.', { supplier: 'IT', recipient: 'QA', valueUsd: null, currency: 'EUR', valueOriginal: '3000000000' }, null],
    ['Israel sold Iron Dome batteries worth $1.2 billion to Morocco.', { supplier: 'IL', recipient: 'MA', valueUsd: '1200000000' }, null],
    ['WASHINGTON - The State Department has made a determination approving a possible Foreign Military Sale to the Kingdom of Denmark of AIM-120 missiles. The estimated total cost is $200 million.', { supplier: 'US', recipient: 'DK', valueUsd: '200000000' }, 'APPROVED'],
  ])('%s', (text, sale, status) => {
    const sales = extractArticle({ text: `Deal\n\n${text}`, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales;
    expect(salesIn(text)).toEqual([sale]);
    if (status) expect(sales[0].status).toBe(status);
  });

  test('one sale verb with two objects gives two sales, each with the sentence\'s seller and status', () => {
    const text = 'The State Department approved the possible sale of 40 F-16 jets to Turkey for $23 billion and of 40 F-35 jets to Greece for $8.6 billion.';
    const sales = extractArticle({ text: `Deal\n\n${text}`, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales;
    expect(sales.map(({ supplier, recipient, valueUsd, status }) => `${supplier}→${recipient} ${valueUsd} ${status}`)).toEqual(['US→TR 23000000000 APPROVED', 'US→GR 8600000000 APPROVED']);
  });

  test('a licensed-exports list (Direct Commercial Sales) is the US programme\'s, one sale a line', () => {
    const text = 'Notable Direct Commercial Sales authorizations included:\nSaudi Arabia: Patriot missiles, $5 billion\nUnited Arab Emirates: THAAD interceptors, $2 billion';
    expect(salesIn(text).map(({ supplier, recipient }) => `${supplier}→${recipient}`)).toEqual(['US→SA', 'US→AE']);
  });

  test('a buyer\'s service signing for another state is no buyer', () => {
    expect(salesIn('The US Navy signed a $1 billion contract with Lockheed Martin for 10 F-35 jets for Japan.').map(({ supplier, recipient }) => `${supplier}→${recipient}`)).not.toContain('US→US');
  });
});

test('an Australian government release writes "$" for Australian dollars: no USD value is guessed', () => {
  const text = 'Deal\n\nThe Albanese Government has signed a contract with Germany to export 100 Boxer vehicles worth more than $1 billion.';
  const [sale] = extractArticle({ text, source: 'Australian Department of Defence media release', publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales;
  expect(sale).toMatchObject({ supplier: 'AU', recipient: 'DE', valueUsd: null, currency: 'AUD', valueOriginal: '1000000000' });
});

test('every country listed with the one objecting to a sale objects too', () => {
  const text = 'Deal\n\nGermany approved the sale of 54 Leopard tanks to Qatar for 1.9 billion euros. Israel, Egypt and Saudi Arabia protested against the deal.';
  const [event] = extractArticle({ text, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
  expect(event.countries.filter((country) => country.role === 'OBJECTOR').map((country) => country.country)).toEqual(['IL', 'EG', 'SA']);
});

describe('arms sales: the deal named again in the next sentence', () => {
  it('takes the signing day from "The contract was signed on …" after the sale', () => {
    const { armsSales } = extractArticle({
      text: 'Deal\n\nPoland has signed a contract worth $1.1 billion with South Korea to buy K9 howitzers. The contract was signed on 14 May in Warsaw.',
      publishedAt: new Date('2024-06-05T00:00:00Z'),
    }).graph;
    expect(armsSales.map(({ supplier, recipient, status, announcedDate }) => ({ supplier, recipient, status, announcedDate: announcedDate?.toISOString().slice(0, 10) }))).toEqual([
      { supplier: 'KR', recipient: 'PL', status: 'CONTRACTED', announcedDate: '2024-05-14' },
    ]);
  });

  // Published on a Wednesday: Tuesday is 2024-06-04, Monday 2024-06-03.
  const signingDay = (text: string) =>
    extractArticle({ text, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales.map(({ supplier, recipient, announcedDate }) => ({ supplier, recipient, announcedDate: announcedDate?.toISOString().slice(0, 10) }));
  it('takes the day the deal was signed, not the day it was told or a dateline\'s', () => {
    expect(
      signingDay('Deal\n\nOSLO, June 4 (Wire) -- Kongsberg Defence said Tuesday it has signed a $900 million contract with Poland to supply NSM missiles. The agency and Kongsberg signed the deal in Warsaw on Monday, the company said.'),
    ).toEqual([{ supplier: 'NO', recipient: 'PL', announcedDate: '2024-06-03' }]);
  });
  it('keeps the day told when the text gives no other', () => {
    expect(signingDay('Deal\n\nKongsberg Defence said Tuesday it has signed a $900 million contract with Poland to supply NSM missiles.')).toEqual([
      { supplier: 'NO', recipient: 'PL', announcedDate: '2024-06-04' },
    ]);
  });
  it('takes no day from a delivery year after the text was published', () => {
    expect(signingDay('Deal\n\nKongsberg Defence has signed a $900 million contract with Poland to supply NSM missiles by 2029.')).toEqual([
      { supplier: 'NO', recipient: 'PL', announcedDate: undefined },
    ]);
  });
});

describe('arms sales: two deals of one pair told alike', () => {
  it('gives each sale and its event a slug of its own', () => {
    const { armsSales, events } = extractArticle({
      text: 'Deal\n\nIndia signed a $500 million contract with Russia for two frigates. India and Russia also signed a nearly $1 billion deal for more arms.',
      publishedAt: new Date('2024-06-05T00:00:00Z'),
    }).graph;
    const saleSlugs = armsSales.map((sale) => sale.slug);
    const eventSlugs = events.filter((event) => event.type === 'ARMS_SALE').map((event) => event.slug);
    expect(new Set(saleSlugs).size).toBe(saleSlugs.length);
    expect(new Set(eventSlugs).size).toBe(eventSlugs.length);
  });
});

describe('arms sales: a headline read the wrong way round, an export signed, a buyer writing', () => {
  const sales = (text: string) =>
    extractArticle({ text, publishedAt: new Date('2024-06-05T00:00:00Z') }).graph.armsSales.map(({ supplier, recipient, valueUsd, currency, valueOriginal }) => ({ supplier, recipient, valueUsd, currency, valueOriginal }));
  it('drops a sale read from the headline alone whose parties are the body sale turned around', () => {
    expect(sales('Spain and Turkey sign €1.5 billion deal for 10 trainer jets\n\nTurkey and Spain have finalised a €1.5 billion deal for the Spanish air force to acquire 10 trainer jets from Turkish Aerospace Industries.')).toEqual([
      { supplier: 'TR', recipient: 'ES', valueUsd: null, currency: 'EUR', valueOriginal: '1500000000' },
    ]);
  });
  it('reads the state signing an export deal as the seller', () => {
    expect(sales('Deal\n\nBrazil has inked its largest defence export deal with Colombia, valued at $900 million.')).toEqual([
      { supplier: 'BR', recipient: 'CO', valueUsd: '900000000', currency: undefined, valueOriginal: undefined },
    ]);
  });
  it("reads a state's defence ministry writing to the seller about a deal as the buyer", () => {
    expect(sales("Deal\n\nIndonesia's defence ministry sent a letter to India with the details of a $450 million deal for BrahMos missiles.")).toEqual([
      { supplier: 'IN', recipient: 'ID', valueUsd: '450000000', currency: undefined, valueOriginal: undefined },
    ]);
  });
});
