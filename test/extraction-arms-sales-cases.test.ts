// Runs the arms-sale case tables (test/extraction-arms-sales.cases.ts, test/extraction-arms-sales-frames.cases.ts): sentences written here in the
// corpus's arms-sale genres, each giving exactly its sales, and sentences that must give none.
import { extractArticle } from '../src/extraction';
import { SALE_CASES, SALE_NON_CASES } from './extraction-arms-sales.cases';
import { DEAL_DAY_CASES, FRAME_CASES, FRAME_NON_CASES, HEADLINE_CASES, NOTIFIED_DAY_CASES, PLACE_CASES, TRANSFER_CASES } from './extraction-arms-sales-frames.cases';

const salesIn = (text: string, source?: string) =>
  extractArticle({ text: `Release\n\n${text}`, source, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.armsSales.map((sale) => ({
    supplier: sale.supplier,
    recipient: sale.recipient,
    valueUsd: sale.valueUsd,
    ...(sale.currency ? { currency: sale.currency, valueOriginal: sale.valueOriginal } : {}),
    status: sale.status,
  }));

describe('arms sales: phrasings of releases, notices and wire reports', () => {
  it.each([...SALE_CASES, ...FRAME_CASES])('$text', ({ text, source, sales }) => {
    // A case's status is compared only where the case gives one.
    const found = salesIn(text, source).map((sale, index) => (sales[index]?.status ? sale : { ...sale, status: undefined }));
    expect(found).toEqual(sales.map((sale) => ({ valueUsd: null, status: undefined, ...sale })));
  });
});

describe('arms sales: one deal told by a headline and the body', () => {
  it.each(HEADLINE_CASES)('$text', ({ text, sales }) => {
    const found = extractArticle({ text, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.armsSales.map((sale) => ({
      supplier: sale.supplier,
      recipient: sale.recipient,
      valueUsd: sale.valueUsd,
      ...(sale.currency ? { currency: sale.currency, valueOriginal: sale.valueOriginal } : {}),
    }));
    expect(found).toEqual(sales.map((sale) => ({ valueUsd: null, ...sale })));
  });
});

describe('arms sales: sentences that report none', () => {
  it.each([...SALE_NON_CASES, ...FRAME_NON_CASES])('$text', ({ text, source }) => {
    expect(salesIn(text, source)).toEqual([]);
  });
});

describe('arms sales: transfers a text refers to beside its own sale', () => {
  it.each(TRANSFER_CASES)('$text', ({ text, events }) => {
    const found = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
    expect(found.map((event) => event.countries.map(({ role, country }) => `${role}:${country}`).join(' '))).toEqual(events);
  });
});

describe("arms sales: where a sale's event happens", () => {
  it.each(PLACE_CASES)('$text', ({ text, place }) => {
    const found = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
    expect(found.map((event) => event.location)).toEqual([place]);
  });
});

describe("arms sales: a clearing of the deal placed at the one clearing it", () => {
  it.each([
    { text: 'Peru signed a $300 million deal for 24 used F-16 jets from Norway. Following approval from the Norwegian parliament in May, the contract was signed in Lima.', places: ['PE', 'NO'] },
    { text: 'Kenya signed a contract with France for 12 howitzers worth €90 million. The minister flew to Paris to sign it, after the cabinet gave the go-ahead.', places: ['KE', 'KE'] },
    // (session 47: the seller's organ clearing the sale, "The State Department approved the sale", clears it at the seller)
    { text: 'Peru will cancel its planned $900 million purchase of eight helicopters from the United States. The State Department approved the sale of the helicopters in April.', places: ['PE', 'US'] },
  ])('$text', ({ text, places }) => {
    const found = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
    expect(found.map((event) => event.location)).toEqual(places);
  });
});

describe('arms sales: an earlier signing placed where the signer went', () => {
  it('places a letter of intent signed on a visit in the country visited', () => {
    const text = 'Peru signed a $300 million deal on Tuesday to buy 24 used F-16 jets from Norway. In March, the Norwegian minister visited Peru and signed a letter of intent to sell the jets.';
    const found = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
    expect(found.map((event) => event.location)).toEqual(['PE', 'PE']);
  });
});

describe("arms sales: a service's receipt beside the sale", () => {
  it('keeps what a service by its adjective received out of the sale, a happening of its own', () => {
    const text = 'Italy signed a €300 million contract with Kenya for the maintenance of two frigates. The Kenyan Navy received two ex-Italian Navy frigates in April 2021.';
    const { graph } = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') });
    expect(graph.armsSales.map((sale) => [sale.supplier, sale.recipient, sale.mentionCount, sale.status])).toEqual([['IT', 'KE', 1, 'CONTRACTED']]);
    expect(graph.events.map((event) => event.type)).toEqual(['ARMS_SALE', 'OTHER']);
  });
});

describe('arms sales: the day Congress was notified of the sale', () => {
  it.each(NOTIFIED_DAY_CASES)('$text', ({ text, day }) => {
    const found = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-04T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
    expect(found.map((event) => event.startDate?.toISOString().slice(0, 10))).toEqual([day]);
  });
});

describe("arms sales: the deal's own day, not an earlier deal's or a deadline", () => {
  it.each(DEAL_DAY_CASES)('$text', ({ text, day }) => {
    const found = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-04T00:00:00Z') }).graph.events.filter((event) => event.type === 'ARMS_SALE');
    expect(found.map((event) => event.startDate?.toISOString().slice(0, 10) ?? null)).toEqual([day]);
  });
});

describe("arms sales: the seller's counter-purchase under the deal", () => {
  it('keeps its event and is no sale of the graph', () => {
    const text = 'Chile has signed a $900 million deal to buy 12 patrol boats from Spain. Under the deal, Spain has committed to purchase $400 million worth of military equipment from Chilean defence firms.';
    const { graph } = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') });
    expect(graph.armsSales.map((sale) => [sale.supplier, sale.recipient, sale.valueUsd])).toEqual([['ES', 'CL', '900000000']]);
    expect(graph.events.filter((event) => event.type === 'ARMS_SALE')).toHaveLength(2);
  });
});
