// The one meaning of an event's endDate, as a rule (src/domain/event-dates.ts) and as every write
// path and the schema state it.
import { getSchema } from '../src/schema/build';
import { editedDates, endDateOf } from '../src/domain/event-dates';
import { GraphQLInputObjectType, GraphQLObjectType } from 'graphql';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('endDateOf', () => {
  test('an end left out is the start: a single-day event', () => {
    expect(endDateOf(day('2025-01-05'), undefined)).toEqual(day('2025-01-05'));
    expect(endDateOf(day('2025-01-05'), null)).toEqual(day('2025-01-05'));
  });
  test('a given end stays', () => {
    expect(endDateOf(day('2025-01-05'), day('2025-01-09'))).toEqual(day('2025-01-09'));
  });
  test('no start, no end', () => {
    expect(endDateOf(null, undefined)).toBeNull();
  });
});

describe('editedDates', () => {
  const single = { startDate: day('2025-01-05'), endDate: day('2025-01-05') };
  const trip = { startDate: day('2025-01-05'), endDate: day('2025-01-09') };
  test('moving the start of a single-day event moves its end along', () => {
    expect(editedDates(single, { startDate: day('2025-01-07') })).toEqual({ startDate: day('2025-01-07'), endDate: day('2025-01-07') });
  });
  test('moving the start of a longer event keeps its end', () => {
    expect(editedDates(trip, { startDate: day('2025-01-06') })).toEqual({ startDate: day('2025-01-06'), endDate: day('2025-01-09') });
  });
  test('an end given with the edit wins; a cleared end means a single day again', () => {
    expect(editedDates(single, { endDate: day('2025-01-08') })).toEqual({ startDate: day('2025-01-05'), endDate: day('2025-01-08') });
    expect(editedDates(trip, { endDate: null })).toEqual({ startDate: day('2025-01-05'), endDate: day('2025-01-05') });
  });
  test('clearing the start clears a single-day end; dating an undated event gives it one day', () => {
    expect(editedDates(single, { startDate: null })).toEqual({ startDate: null, endDate: null });
    expect(editedDates({ startDate: null, endDate: null }, { startDate: day('2025-02-01') })).toEqual({ startDate: day('2025-02-01'), endDate: day('2025-02-01') });
  });
  test('nothing edited, nothing changes', () => {
    expect(editedDates(trip, {})).toEqual(trip);
  });
});

test('the schema says the same of endDate wherever an event is read or written', async () => {
  const schema = await getSchema();
  const description = (type: string, field: string) =>
    (schema.getType(type) as GraphQLObjectType | GraphQLInputObjectType).getFields()[field].description;
  expect(description('Event', 'endDate')).toBe('Last day: the start date for a single-day event; null when the event has no dates.');
  for (const input of ['CreateEventInput', 'IngestEventInput']) {
    expect(description(input, 'endDate')).toBe('Last day, for an event lasting more than a day; left out, the start date (a single-day event).');
  }
  expect(description('UpdateEventInput', 'endDate')).toBe(
    'Last day. Left out, it stays, except that a single-day event whose start moves stays a single-day event; null makes it a single-day event.',
  );
});
