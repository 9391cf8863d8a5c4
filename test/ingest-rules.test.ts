// The natural keys and matching rules the bulk import applies (src/domain/ingest-rules.ts).
import { armsSaleSlugOf, countryNameIndex, eventSlugOf, matchPerson, mergedAliases, personSlugOf } from '../src/domain/ingest-rules';

const person = (seq: number, slug: string, name: string, aliases: string[] = []) => ({ seq, slug, name, aliases });

test('slugs: the one given, or one derived from the name, the type, day and title, the parties, day and items', () => {
  expect(personSlugOf({ name: 'Antony Blinken' })).toBe('antony-blinken');
  expect(personSlugOf({ slug: 'blinken', name: 'Antony Blinken' })).toBe('blinken');
  expect(eventSlugOf({ type: 'FUNERAL', startDate: new Date('2025-01-09T00:00:00Z'), title: "Jimmy Carter's funeral" })).toBe(
    'funeral-2025-01-09-jimmy-carters-funeral',
  );
  expect(eventSlugOf({ type: 'IMPEACHMENT', title: 'Yoon impeached' })).toBe('impeachment-undated-yoon-impeached');
  expect(armsSaleSlugOf({ items: 'missiles' }, 'US', 'JP')).toBe('us-jp-undated-missiles');
});

test('a person is found by the slug given and only by it; else by derived slug, exact name, then any name in common', () => {
  const known = [person(1, 'tony-b', 'Antony Blinken', ['Tony Blinken']), person(2, 'antony-blinken-2', 'A. Blinken'), person(3, 'yoon', 'Yoon Suk Yeol')];
  expect(matchPerson({ slug: 'other', name: 'Antony Blinken' }, known)).toBeUndefined();
  expect(matchPerson({ name: 'antony blinken ' }, known)?.seq).toBe(1);
  expect(matchPerson({ name: 'Secretary Blinken', aliases: ['A. Blinken'] }, known)?.seq).toBe(2);
  expect(matchPerson({ name: 'Someone', aliases: ['tony blinken'] }, known)?.seq).toBe(1);
  expect(matchPerson({ name: 'Yoon Suk Yeol', slug: null }, [...known, person(4, 'yoon-suk-yeol', 'President Yoon')])?.seq).toBe(4);
});

test("aliases only grow, without the person's own name", () => {
  expect(mergedAliases({ name: 'Antony Blinken', aliases: ['Tony'] }, ['Antony Blinken', 'Blinken', 'Tony'])).toEqual(['Tony', 'Blinken']);
});

test('country names: codes before names before aliases and demonyms', () => {
  const us = { code: 'US', code3: 'USA', name: 'United States', officialName: 'United States of America', aliases: ['America'], demonyms: ['American'] };
  const other = { code: 'AM', code3: 'ARM', name: 'Armenia', officialName: 'Republic of Armenia', aliases: ['US'], demonyms: [] };
  const index = countryNameIndex([other, us]);
  expect(index.get('us')).toBe(us);
  expect(index.get('american')).toBe(us);
  expect(index.get('arm')).toBe(other);
});
