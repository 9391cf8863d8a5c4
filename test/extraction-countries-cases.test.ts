// Runs the country case table (test/extraction-countries.cases.ts): sentences written here, each giving exactly its
// article's list of countries.
import { extractArticle } from '../src/extraction';
import { COUNTRY_CASES } from './extraction-countries.cases';

const countriesIn = (text: string) =>
  extractArticle({ text: `Report\n\n${text}`, publishedAt: new Date('2025-04-28T00:00:00Z') }).graph.countries.map((mention) => mention.country).sort();

describe('countries: what names a country and what only looks as if it did', () => {
  it.each(COUNTRY_CASES)('$text', ({ text, countries }) => {
    expect(countriesIn(text)).toEqual(countries);
  });
});
