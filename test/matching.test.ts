// The rules that decide when an event or a sale read in an article is one the graph already holds.
import {
  countryCodeOf,
  datesOverlap,
  eventMatchKeyOf,
  indexCountryNames,
  matchPerson,
  type ArmsSaleFacts,
  type EventFacts,
  sameArmsSale,
  sameEvent,
  typesOfSameHappening,
  sameValue,
} from '../src/domain/matching';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('datesOverlap and sameValue', () => {
  test('spans of days overlap when they share a day; undated spans are not compared', () => {
    const trip = { startDate: day('2025-01-05'), endDate: day('2025-01-09') };
    expect(datesOverlap(trip, { startDate: day('2025-01-09'), endDate: null })).toBe(true);
    expect(datesOverlap(trip, { startDate: day('2025-01-10'), endDate: day('2025-01-12') })).toBe(false);
    expect(datesOverlap(trip, { startDate: null, endDate: null })).toBeNull();
  });

  test('values within 1% of the larger are the same amount; unknown ones are not compared', () => {
    expect(sameValue('3640000000', '3610000000')).toBe(true);
    expect(sameValue('3640000000', '3600000000')).toBe(false);
    expect(sameValue('3640000000', '3500000000')).toBe(false);
    expect(sameValue('3640000000.00', null)).toBeNull();
  });
});

describe('sameEvent', () => {
  const trip: EventFacts = { type: 'DIPLOMATIC_TRIP', startDate: day('2025-01-05'), endDate: day('2025-01-09'), locationId: null, parentId: null, participantIds: [1], supplierId: null, recipientId: null };

  test('the same type with overlapping days, or undated with a participant in common, is the same event', () => {
    expect(sameEvent({ ...trip, startDate: day('2025-01-06'), endDate: day('2025-01-06'), participantIds: [] }, trip)).toBe(true);
    expect(sameEvent({ ...trip, startDate: null, endDate: null }, trip)).toBe(true);
  });

  test('another type, place, trip or days is another event', () => {
    expect(sameEvent({ ...trip, type: 'MEETING' }, trip)).toBe(false);
    expect(sameEvent({ ...trip, locationId: 7 }, { ...trip, locationId: 8 })).toBe(false);
    expect(sameEvent({ ...trip, parentId: 3 }, { ...trip, parentId: 4 })).toBe(false);
    expect(sameEvent({ ...trip, startDate: day('2025-02-01'), endDate: day('2025-02-02') }, trip)).toBe(false);
  });

  test('an undated statement is the announcement it quotes (one happening told two ways), not a meeting', () => {
    const announcement: EventFacts = { ...trip, type: 'ANNOUNCEMENT', startDate: day('2025-01-03'), endDate: day('2025-01-03'), locationId: 5 };
    expect(sameEvent({ ...announcement, type: 'STATEMENT', startDate: null, endDate: null }, announcement)).toBe(true);
    expect(sameEvent({ ...announcement, type: 'STATEMENT', startDate: day('2025-01-20'), endDate: day('2025-01-20') }, announcement)).toBe(false);
    expect(sameEvent({ ...announcement, type: 'MEETING', startDate: null, endDate: null }, announcement)).toBe(false);
    expect(typesOfSameHappening('STATEMENT')).toEqual(['STATEMENT', 'ANNOUNCEMENT']);
    expect(typesOfSameHappening('MEETING')).toEqual(['MEETING']);
  });

  test('undated events need something in common beyond their type: a participant, or the same place in the same trip', () => {
    const protest: EventFacts = { type: 'PROTEST', startDate: null, endDate: null, locationId: 5, parentId: null, participantIds: [], supplierId: null, recipientId: null };
    expect(sameEvent(protest, { ...protest })).toBe(false);
    const visit: EventFacts = { type: 'DIPLOMATIC_VISIT', startDate: null, endDate: null, locationId: 5, parentId: 9, participantIds: [], supplierId: null, recipientId: null };
    expect(sameEvent(visit, { ...visit, startDate: day('2025-01-05'), endDate: day('2025-01-05') })).toBe(true);
    expect(sameEvent(visit, { ...visit, locationId: null, parentId: 9 })).toBe(false);
  });

  test("an arms sale's announcement is the same event when it names the same supplier and recipient", () => {
    const announcement: EventFacts = { type: 'ARMS_SALE', startDate: null, endDate: null, locationId: 1, parentId: null, participantIds: [], supplierId: 1, recipientId: 2 };
    expect(sameEvent(announcement, { ...announcement, startDate: day('2025-01-03'), endDate: day('2025-01-03') })).toBe(true);
    expect(sameEvent(announcement, { ...announcement, recipientId: 3 })).toBe(false);
  });
});

describe('sameArmsSale', () => {
  const approval: ArmsSaleFacts = { supplierId: 1, recipientId: 2, announcedDate: day('2025-01-03'), valueUsd: '3640000000.00' };

  test('the same parties with the value (within 1%) or the day in common is the same sale', () => {
    expect(sameArmsSale({ ...approval, announcedDate: null }, approval)).toBe(true);
    expect(sameArmsSale({ ...approval, valueUsd: '3620000000' }, approval)).toBe(true);
    expect(sameArmsSale({ ...approval, valueUsd: null }, approval)).toBe(true);
    // Reported in euros, no dollar value: the amounts in the same currency are compared.
    const euros = { ...approval, announcedDate: null, valueUsd: null, valueOriginal: '5500000000', currency: 'EUR' };
    expect(sameArmsSale(euros, { ...euros, valueOriginal: '5510000000' })).toBe(true);
    expect(sameArmsSale(euros, { ...euros, currency: 'GBP' })).toBe(false);
  });

  test('other parties, another day, or a value more than 1% apart is another sale; nothing in common is not enough', () => {
    expect(sameArmsSale({ ...approval, recipientId: 3 }, approval)).toBe(false);
    expect(sameArmsSale({ ...approval, supplierId: 2, recipientId: 1 }, approval)).toBe(false);
    expect(sameArmsSale({ ...approval, announcedDate: day('2025-03-01') }, approval)).toBe(false);
    expect(sameArmsSale({ ...approval, announcedDate: null, valueUsd: '1000000000' }, approval)).toBe(false);
    expect(sameArmsSale({ ...approval, announcedDate: null, valueUsd: null }, approval)).toBe(false);
  });
});

describe('matchPerson', () => {
  const blinken = { slug: 'antony-blinken', name: 'Antony Blinken', aliases: ['Blinken', 'Tony Blinken'] };
  const yoon = { slug: 'yoon-suk-yeol', name: 'Yoon Suk Yeol', aliases: ['Yoon'] };
  const known = [blinken, yoon];

  test('by the slug made from the name, then the exact name, then any name or alias in common', () => {
    expect(matchPerson(known, { name: 'Antony Blinken' }, 'antony-blinken')).toBe(blinken);
    expect(matchPerson(known, { name: 'yoon suk yeol' }, 'yoon-suk-yeol-2')).toBe(yoon);
    expect(matchPerson(known, { name: 'Secretary Blinken', aliases: ['Blinken'] }, 'secretary-blinken')).toBe(blinken);
    expect(matchPerson(known, { name: 'Jimmy Carter' }, 'jimmy-carter')).toBeUndefined();
  });

  test('a slug given is a decision: only that slug matches', () => {
    expect(matchPerson(known, { slug: 'blinken-2', name: 'Antony Blinken' }, 'blinken-2')).toBeUndefined();
  });
});

describe('indexCountryNames and countryCodeOf', () => {
  const base = { officialName: null, demonyms: [] as string[] };
  const us = { ...base, code: 'US', code3: 'USA', name: 'United States', aliases: ['U.S.', 'America'], demonyms: ['American'] };
  const ua = { ...base, code: 'UA', code3: 'UKR', name: 'Ukraine', aliases: ['US'] };

  test('codes win over names, names over aliases and demonyms; lookups are by normalized name', () => {
    const index = indexCountryNames([us, ua]);
    expect(index.get('us')).toBe(us);
    expect(index.get('u.s.')).toBe(us);
    expect(index.get('american')).toBe(us);
    expect(index.get('ukr')).toBe(ua);
  });

  test('an ISO alpha-2 or alpha-3 code in any case; anything else is not a code', () => {
    expect(countryCodeOf(' jp ')).toBe('JP');
    expect(countryCodeOf('jpn')).toBe('JPN');
    expect(countryCodeOf('Japan')).toBeNull();
  });
});

describe('eventMatchKeyOf', () => {
  const event = { type: 'ANNOUNCEMENT', startDate: null as Date | null, supplierCode: null as string | null, recipientCode: null as string | null, locationCode: null as string | null };

  test('the kind of happening (an announcement and its statement alike) and the first day', () => {
    expect(eventMatchKeyOf({ ...event, startDate: day('2025-01-03') })).toBe(eventMatchKeyOf({ ...event, type: 'STATEMENT', startDate: day('2025-01-03') }));
    expect(eventMatchKeyOf({ ...event, startDate: day('2025-01-03') })).not.toBe(eventMatchKeyOf({ ...event, startDate: day('2025-01-04') }));
  });

  test('undated: the parties of a sale, else the place', () => {
    const sale = { ...event, type: 'ARMS_SALE', locationCode: 'US' };
    expect(eventMatchKeyOf({ ...sale, supplierCode: 'US', recipientCode: 'JP' })).not.toBe(eventMatchKeyOf({ ...sale, supplierCode: 'US', recipientCode: 'KR' }));
    expect(eventMatchKeyOf({ ...event, locationCode: 'KR' })).not.toBe(eventMatchKeyOf({ ...event, locationCode: 'JP' }));
  });
});
