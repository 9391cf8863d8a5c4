// Runs the people case table (test/extraction-people.cases.ts): sentences written here in the corpus's
// genres, each giving exactly its names, and sentences whose words must not become people.
import { extractArticle } from '../src/extraction';
import { PEOPLE_AFFILIATIONS, PEOPLE_CASES, PEOPLE_NON_NAMES } from './extraction-people.cases';

const namesIn = (text: string, published: string) =>
  // (An empty day: an undated text.)
  extractArticle({ text: `Release\n\n${text}`, publishedAt: published ? new Date(`${published}T00:00:00Z`) : undefined }).graph.people.map((person) => person.name);

describe('people: name forms in release and wire styles', () => {
  it.each(PEOPLE_CASES)('$text', ({ text, published, names }) => {
    expect(namesIn(text, published).sort()).toEqual([...names].sort());
  });
});

describe('people: words that are no one', () => {
  it.each(PEOPLE_NON_NAMES)('$text', ({ text, published, notNames }) => {
    const found = namesIn(text, published);
    for (const name of notNames) expect(found).not.toContain(name);
  });
});

describe('people: a country from their own phrase, office or organization', () => {
  it.each(PEOPLE_AFFILIATIONS)('$text ($source)', ({ text, published, source, name, country }) => {
    const { people } = extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date(`${published}T00:00:00Z`), source }).graph;
    expect(people.find((person) => person.name === name)?.country).toBe(country);
  });
});
