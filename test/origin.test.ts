// Whose word wins (src/domain/origin.ts): a person's edit over the extractor's reading.
import { Prisma } from '../src/generated/prisma/client';
import { changedFields, EDITED_BY_A_PERSON, mentionsOnlyGrow, writableFields } from '../src/domain/origin';

const row = { origin: 'EXTRACTED' as const, title: 'Old', summary: null as string | null, aliases: ['A'], startDate: new Date('2025-01-05T00:00:00Z') };

test('only the values that differ as stored are changes; left out (undefined) is not a change', () => {
  expect(changedFields(row, { title: 'Old', summary: undefined, startDate: new Date('2025-01-05T00:00:00Z') })).toEqual({});
  expect(changedFields({ value: new Prisma.Decimal('3.50') }, { value: new Prisma.Decimal('3.5') })).toEqual({});
  expect(changedFields(row, { title: 'New' })).toEqual({ title: 'New' });
});

test("a person's write changes everything it gives and makes the row hand-stated", () => {
  expect(writableFields('MANUAL', row, { title: 'New', summary: 'Said' })).toEqual({ title: 'New', summary: 'Said', origin: 'MANUAL' });
  expect(EDITED_BY_A_PERSON).toEqual({ origin: 'MANUAL' });
});

test("the extractor replaces its own values, but on a person's row (or another reading's) only fills what is empty", () => {
  expect(writableFields('EXTRACTED', row, { title: 'New', summary: 'Said' })).toEqual({ title: 'New', summary: 'Said' });
  const manual = { ...row, origin: 'MANUAL' as const };
  expect(writableFields('EXTRACTED', manual, { title: 'New', summary: 'Said', aliases: ['A', 'B'] })).toEqual({ summary: 'Said', aliases: ['A', 'B'] });
  expect(writableFields('EXTRACTED', row, { title: 'New', summary: 'Said' }, { fillOnly: true })).toEqual({ summary: 'Said' });
});

test("the extractor reading a person's article only adds mentions", () => {
  expect(mentionsOnlyGrow('EXTRACTED', { origin: 'MANUAL' })).toBe(true);
  expect(mentionsOnlyGrow('EXTRACTED', { origin: 'EXTRACTED' })).toBe(false);
  expect(mentionsOnlyGrow('MANUAL', { origin: 'MANUAL' })).toBe(false);
});
