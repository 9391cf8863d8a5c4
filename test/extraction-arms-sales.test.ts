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
