// The natural keys that make re-submitted data find the rows it made before (src/domain/natural-keys.ts).
import { armsSaleSlugOf, articleKeyOf, contentHashOf, eventSlugOf, normalizeName, personSlugOf, slugOf } from '../src/domain/natural-keys';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('slugs are lower-case ASCII words joined by single hyphens, at most 100 characters', () => {
  expect(slugOf("Yoon Suk-yeol's impeachment")).toBe('yoon-suk-yeols-impeachment');
  expect(slugOf('Émile  Zola', null, '')).toBe('emile-zola');
  expect(slugOf('!!!')).toBe('untitled');
  expect(slugOf('a'.repeat(150)).length).toBe(100);
});

test('a person, an event and a sale keep the slug given, else one made from what identifies them', () => {
  expect(personSlugOf({ name: 'Antony Blinken' })).toBe('antony-blinken');
  expect(personSlugOf({ slug: 'blinken', name: 'Antony Blinken' })).toBe('blinken');
  expect(eventSlugOf({ type: 'FUNERAL', startDate: day('2025-01-09'), title: "Jimmy Carter's funeral" })).toBe('funeral-2025-01-09-jimmy-carters-funeral');
  expect(eventSlugOf({ type: 'IMPEACHMENT', startDate: null, title: 'Impeachment of Yoon' })).toBe('impeachment-undated-impeachment-of-yoon');
  expect(armsSaleSlugOf({ supplierCode: 'US', recipientCode: 'JP', announcedDate: day('2025-01-03'), items: 'Medium-range missiles' }))
    .toBe('us-jp-2025-01-03-medium-range-missiles');
});

test("an article's key is its URL, else the hash of its text (the same text in another Unicode form is the same article)", () => {
  expect(articleKeyOf({ url: 'https://example.org/a', body: 'x' })).toEqual({ url: 'https://example.org/a', contentHash: null });
  expect(articleKeyOf({ body: 'Caf\u00e9' })).toEqual({ url: null, contentHash: contentHashOf('Cafe\u0301') });
  expect(contentHashOf('text')).toMatch(/^[0-9a-f]{64}$/);
  expect(articleKeyOf({})).toBeNull();
});

test('names are compared trimmed and in lower case', () => {
  expect(normalizeName('  U.S. ')).toBe('u.s.');
});
