// The event catalogue: every event (and arms sale) synthetic coverage can report, defined once per
// seed before any article is written, so that all articles reporting an event carry the identical
// definition and re-ingesting them never rewrites it.
import type { CountryRole, EventType, ParticipantRole } from '../generated/prisma/enums';
import { Rng, WeightedPicker } from './random';
import type { ArmsSaleDefinition, EventDefinition } from './types';
import {
  CONFLICTS,
  EXPORTERS,
  IMPORTERS,
  MEETING_TOPICS,
  OfficeKey,
  PROTEST_ISSUES,
  SALE_STATUSES,
  SUMMIT_TOPICS,
  WeaponSystem,
} from './vocabulary';
import { Country, END_DAY, isoDay, Person, slugify, START_DAY, World, yearOf } from './world';

export interface Stop {
  country: Country;
  start: number;
  end: number;
  host?: Person;
}

/** What headlines about an event may say. */
export interface Facts {
  who?: Person;
  other?: Person;
  origin?: Country;
  place?: Country;
  target?: Country;
  stops?: Stop[];
  topic?: string;
  /** A short phrase naming the event in headlines ("the Rome Summit on energy", "sanctions on Iran"). */
  phrase: string;
  system?: WeaponSystem;
  quantity?: number;
  money?: string;
  status?: ArmsSaleDefinition['status'];
  kind?: string;
}

export interface CatalogueEvent {
  index: number;
  definition: EventDefinition;
  sale?: ArmsSaleDefinition;
  /** Days since 1970. */
  start: number;
  end: number;
  /** Everyone the definition names, its parts included, the principal first. */
  people: Person[];
  /** Every country the definition names, the main one first. */
  countries: Country[];
  /** How much coverage the event draws, relative to the others. */
  weight: number;
  facts: Facts;
}

const TYPE_WEIGHTS: { type: EventType; weight: number; coverage: number }[] = [
  { type: 'DIPLOMATIC_TRIP', weight: 12, coverage: 2 },
  { type: 'DIPLOMATIC_VISIT', weight: 8, coverage: 1 },
  { type: 'MEETING', weight: 14, coverage: 1 },
  { type: 'SUMMIT', weight: 4, coverage: 3 },
  { type: 'ANNOUNCEMENT', weight: 10, coverage: 1 },
  { type: 'STATEMENT', weight: 12, coverage: 0.8 },
  { type: 'ARMS_SALE', weight: 9, coverage: 1.2 },
  { type: 'FUNERAL', weight: 1.5, coverage: 2 },
  { type: 'ELECTION', weight: 4, coverage: 2.5 },
  { type: 'PROTEST', weight: 5, coverage: 1 },
  { type: 'MILITARY_ACTION', weight: 6, coverage: 2 },
  { type: 'IMPEACHMENT', weight: 0.4, coverage: 3 },
  { type: 'MARTIAL_LAW', weight: 0.3, coverage: 3 },
];

/** "$3.64 billion", "$250 million". */
export function money(value: number): string {
  if (value >= 1e9) return `$${Number((value / 1e9).toPrecision(3))} billion`;
  return `$${Number((value / 1e6).toPrecision(3))} million`;
}

/** "Egypt, Tunisia and Togo". */
export function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "5 January 2025" (by hand: toLocaleDateString is slow). */
const longDate = (day: number): string => {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

const describe = (person: Person): string => `${person.country.demonym} ${person.title} ${person.name}`;

class CatalogueBuilder {
  private readonly rng: Rng;
  private readonly eventSlugs = new Set<string>();
  private readonly saleSlugs = new Set<string>();
  private readonly deceased = new Set<Person>();
  private readonly typePicker = new WeightedPicker(TYPE_WEIGHTS, (entry) => entry.weight);
  private readonly exporterPicker = new WeightedPicker(EXPORTERS, (entry) => entry.weight);
  private readonly conflictPicker = new WeightedPicker(CONFLICTS, (entry) => entry[2]);
  private readonly importerPicker: WeightedPicker<Country>;
  readonly events: CatalogueEvent[] = [];

  constructor(
    private readonly world: World,
    seed: string | number,
  ) {
    this.rng = new Rng(seed, 'events');
    const importers = Object.keys(IMPORTERS).filter((code) => world.byCode.has(code));
    this.importerPicker = new WeightedPicker(
      importers.map((code) => world.byCode.get(code)!),
      (country) => IMPORTERS[country.code],
    );
  }

  build(count: number): CatalogueEvent[] {
    while (this.events.length < count) {
      const entry = this.typePicker.pick(this.rng);
      const day = this.rng.int(START_DAY, END_DAY - 14);
      const event = this.make(entry.type, day);
      if (!event) continue;
      const main = event.countries[0];
      event.weight = Math.min(50, this.rng.pareto(1.2)) * entry.coverage * (0.5 + 20 * (main?.weight ?? 0));
      this.events.push(event);
    }
    return this.events;
  }

  private make(type: EventType, day: number): CatalogueEvent | null {
    switch (type) {
      case 'DIPLOMATIC_TRIP':
        return this.trip(day);
      case 'DIPLOMATIC_VISIT':
        return this.visit(day);
      case 'MEETING':
        return this.meeting(day);
      case 'SUMMIT':
        return this.summit(day);
      case 'ANNOUNCEMENT':
        return this.announcement(day);
      case 'STATEMENT':
        return this.statement(day);
      case 'ARMS_SALE':
        return this.armsSale(day);
      case 'FUNERAL':
        return this.funeral(day);
      case 'ELECTION':
        return this.election(day);
      case 'PROTEST':
        return this.protest(day);
      case 'MILITARY_ACTION':
        return this.militaryAction(day);
      case 'IMPEACHMENT':
      case 'MARTIAL_LAW':
        return this.crisis(type, day);
      default:
        return null;
    }
  }

  /** A unique event slug from its parts, at most 100 characters. */
  private slug(taken: Set<string>, ...parts: string[]): string {
    const base = slugify(parts.join(' '), 90);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  }

  private event(
    fields: {
      slug: string;
      title: string;
      type: EventType;
      summary: string;
      start: number;
      end: number;
      location?: Country;
      participants: [Person | undefined, ParticipantRole][];
      countries: [Country | undefined, CountryRole][];
      children?: EventDefinition[];
    },
    people: Person[],
    facts: Facts,
  ): CatalogueEvent {
    const participants = fields.participants.filter((entry): entry is [Person, ParticipantRole] => entry[0] !== undefined);
    const seenPeople = new Set<Person>();
    const countries: [Country, CountryRole][] = [];
    const seenCountries = new Set<Country>();
    for (const [country, role] of fields.countries) {
      if (country && !seenCountries.has(country)) {
        seenCountries.add(country);
        countries.push([country, role]);
      }
    }
    const definition: EventDefinition = {
      slug: fields.slug,
      title: fields.title,
      type: fields.type,
      summary: fields.summary,
      startDate: isoDay(fields.start),
      endDate: isoDay(fields.end),
      datePrecision: 'DAY',
      ...(fields.location ? { location: fields.location.code } : {}),
      participants: participants
        .filter(([person]) => !seenPeople.has(person) && seenPeople.add(person))
        .map(([person, role]) => ({ person: person.slug, role })),
      countries: countries.map(([country, role]) => ({ country: country.code, role })),
      ...(fields.children ? { children: fields.children } : {}),
    };
    const everyone = [...new Set([...participants.map(([person]) => person), ...people])];
    const allCountries = [...seenCountries];
    if (fields.location && !seenCountries.has(fields.location)) allCountries.push(fields.location);
    return {
      index: this.events.length,
      definition,
      start: fields.start,
      end: fields.end,
      people: everyone,
      countries: allCountries,
      weight: 1,
      facts,
    };
  }

  private traveller(origin: Country, day: number): Person | undefined {
    const roll = this.rng.next();
    const office: OfficeKey | 'leader' = roll < 0.6 ? 'foreign' : roll < 0.9 ? 'leader' : 'defence';
    return office === 'leader' ? this.world.leader(origin.code, day) : this.world.holder(origin.code, office, day);
  }

  /** A counterpart of the same rank in another country, on that day. */
  private counterpart(of: Person, country: Country, day: number): Person | undefined {
    const isLeader = of.office === 'headOfState' || of.office === 'headOfGovernment';
    return isLeader
      ? this.world.leader(country.code, day)
      : (this.world.holder(country.code, of.office, day) ?? this.world.holder(country.code, 'foreign', day));
  }

  /** A country near `from` (a neighbour half of the time), none of `not`. */
  private nearby(from: Country, not: Country[]): Country {
    const neighbours = from.borders.map((code) => this.world.byCode.get(code)!).filter((country) => !not.includes(country));
    if (neighbours.length && this.rng.chance(0.5)) return this.rng.pick(neighbours);
    return this.world.otherCountry(this.rng, ...not);
  }

  private trip(day: number): CatalogueEvent | null {
    const origin = this.world.countryPicker.pick(this.rng);
    const who = this.traveller(origin, day);
    if (!who) return null;
    const count = this.rng.pick([2, 2, 2, 3, 3, 3, 3, 4, 4, 5]);
    const stops: Stop[] = [];
    let cursor = day;
    for (let i = 0; i < count; i++) {
      const not = [origin, ...stops.map((stop) => stop.country)];
      const country = i === 0 ? this.world.otherCountry(this.rng, ...not) : this.nearby(stops[i - 1].country, not);
      const start = cursor;
      const end = start + this.rng.int(0, 1);
      stops.push({ country, start, end, host: this.counterpart(who, country, start) });
      cursor = end + this.rng.int(0, 1);
    }
    const names = stops.map((stop) => stop.country.name);
    const start = stops[0].start;
    const end = stops[stops.length - 1].end;
    const slug = this.slug(this.eventSlugs, who.family, 'trip', isoDay(start));
    const children = stops.map((stop, index) =>
      this.event(
        {
          slug: this.slug(this.eventSlugs, slug, stop.country.capital),
          title: `${who.name} visits ${stop.country.capital}`,
          type: 'DIPLOMATIC_VISIT',
          summary:
            `Stop ${index + 1} of ${count}: talks in ${stop.country.capital}` +
            (stop.host ? ` with ${describe(stop.host)}.` : ` with ${stop.country.demonym} officials.`),
          start: stop.start,
          end: stop.end,
          location: stop.country,
          participants: [
            [who, 'VISITOR'],
            [stop.host, 'HOST'],
          ],
          countries: [
            [stop.country, 'HOST'],
            [origin, 'VISITOR'],
          ],
        },
        [],
        { phrase: '' },
      ),
    );
    return this.event(
      {
        slug,
        title: `${who.name}'s tour of ${listOf(names)}`,
        type: 'DIPLOMATIC_TRIP',
        summary: `${describe(who)} travels to ${listOf(names)} from ${longDate(start)} to ${longDate(end)}.`,
        start,
        end,
        participants: [[who, 'VISITOR']],
        countries: [[origin, 'VISITOR'], ...stops.map((stop): [Country, CountryRole] => [stop.country, 'HOST'])],
        children: children.map((child) => child.definition),
      },
      children.flatMap((child) => child.people),
      { who, origin, stops, phrase: `${count}-nation tour` },
    );
  }

  private visit(day: number): CatalogueEvent | null {
    const origin = this.world.countryPicker.pick(this.rng);
    const who = this.traveller(origin, day);
    if (!who) return null;
    const place = this.nearby(origin, [origin]);
    const host = this.counterpart(who, place, day);
    const end = day + this.rng.int(0, 2);
    return this.event(
      {
        slug: this.slug(this.eventSlugs, who.family, 'visits', place.name, isoDay(day)),
        title: `${who.name} visits ${place.name}`,
        type: 'DIPLOMATIC_VISIT',
        summary:
          `${describe(who)} visits ${place.capital}` + (host ? ` for talks with ${describe(host)}.` : '.'),
        start: day,
        end,
        location: place,
        participants: [
          [who, 'VISITOR'],
          [host, 'HOST'],
        ],
        countries: [
          [place, 'HOST'],
          [origin, 'VISITOR'],
        ],
      },
      [],
      { who, other: host, origin, place, phrase: `visit to ${place.name}` },
    );
  }

  private meeting(day: number): CatalogueEvent | null {
    const first = this.world.countryPicker.pick(this.rng);
    const second = this.nearby(first, [first]);
    const office = this.rng.pick<OfficeKey | 'leader'>(['leader', 'foreign', 'foreign', 'defence', 'finance', 'trade']);
    const find = (country: Country) =>
      office === 'leader' ? this.world.leader(country.code, day) : this.world.holder(country.code, office, day);
    const a = find(first);
    const b = find(second);
    if (!a || !b) return null;
    const topic = this.rng.pick(MEETING_TOPICS);
    const roll = this.rng.next();
    const place = roll < 0.45 ? first : roll < 0.8 ? second : this.world.otherCountry(this.rng, first, second);
    const hosted = place === first || place === second;
    return this.event(
      {
        slug: this.slug(this.eventSlugs, a.family, b.family, 'meeting', isoDay(day)),
        title: `${a.name} and ${b.name} meet in ${place.capital}`,
        type: 'MEETING',
        summary: `${describe(a)} and ${describe(b)} discuss ${topic} in ${place.capital}.`,
        start: day,
        end: day,
        location: place,
        participants: [
          [a, hosted ? (place === first ? 'HOST' : 'VISITOR') : 'PARTICIPANT'],
          [b, hosted ? (place === second ? 'HOST' : 'VISITOR') : 'PARTICIPANT'],
        ],
        countries: hosted
          ? [
              [first, place === first ? 'HOST' : 'VISITOR'],
              [second, place === second ? 'HOST' : 'VISITOR'],
            ]
          : [
              [first, 'PARTICIPANT'],
              [second, 'PARTICIPANT'],
              [place, 'HOST'],
            ],
      },
      [],
      { who: a, other: b, origin: first, target: second, place, topic, phrase: `talks on ${topic}` },
    );
  }

  private summit(day: number): CatalogueEvent | null {
    const host = this.world.countryPicker.pick(this.rng);
    const organizer = this.world.leader(host.code, day);
    if (!organizer) return null;
    const topic = this.rng.pick(SUMMIT_TOPICS);
    const size = this.rng.int(3, 11);
    const guests: Country[] = [];
    for (let i = 0; i < size * 2 && guests.length < size; i++) {
      const country = this.world.otherCountry(this.rng, host, ...guests);
      guests.push(country);
    }
    const leaders = guests.map((country) => this.world.leader(country.code, day));
    const end = day + this.rng.int(0, 2);
    const name = `${yearOf(day)} ${host.capital} Summit on ${topic}`;
    return this.event(
      {
        slug: this.slug(this.eventSlugs, host.capital, 'summit', topic, isoDay(day)),
        title: name,
        type: 'SUMMIT',
        summary: `Leaders of ${guests.length + 1} countries meet in ${host.capital}, hosted by ${describe(organizer)}, to discuss ${topic}.`,
        start: day,
        end,
        location: host,
        participants: [[organizer, 'ORGANIZER'], ...leaders.map((leader): [Person | undefined, ParticipantRole] => [leader, 'ATTENDEE'])],
        countries: [[host, 'HOST'], ...guests.map((country): [Country, CountryRole] => [country, 'PARTICIPANT'])],
      },
      [],
      { who: organizer, place: host, topic, phrase: `the ${host.capital} summit on ${topic}` },
    );
  }

  private speaker(origin: Country, day: number): Person | undefined {
    const office = this.rng.pick<OfficeKey | 'leader'>(['leader', 'leader', 'foreign', 'foreign', 'defence', 'spokesperson', 'finance']);
    return (
      (office === 'leader' ? this.world.leader(origin.code, day) : this.world.holder(origin.code, office, day, this.rng)) ??
      this.world.holder(origin.code, 'foreign', day)
    );
  }

  private announcement(day: number): CatalogueEvent | null {
    const origin = this.world.countryPicker.pick(this.rng);
    const who = this.speaker(origin, day);
    if (!who) return null;
    const target = this.world.otherCountry(this.rng, origin);
    const amount = money(this.rng.pick([5, 10, 20, 25, 50, 100, 150, 200, 250, 500, 750, 1000, 2500]) * 1e6);
    const forms: [string, string][] = [
      [`${origin.name} announces sanctions on ${target.name}`, `sanctions on ${target.name}`],
      [`${origin.name} pledges ${amount} in aid to ${target.name}`, `aid for ${target.name}`],
      [`${origin.name} announces trade agreement with ${target.name}`, `a trade deal with ${target.name}`],
      [`${origin.name} expels ${target.demonym} diplomats`, `the expulsion of ${target.demonym} diplomats`],
      [`${origin.name} reopens embassy in ${target.capital}`, `the embassy in ${target.capital}`],
      [`${origin.name} lifts visa requirements for ${target.demonym} citizens`, `visa-free travel for ${target.demonym} citizens`],
    ];
    const [title, phrase] = this.rng.pick(forms);
    return this.event(
      {
        slug: this.slug(this.eventSlugs, title, isoDay(day)),
        title,
        type: 'ANNOUNCEMENT',
        summary: `${describe(who)} makes the announcement in ${origin.capital}.`,
        start: day,
        end: day,
        location: origin,
        participants: [[who, 'SPEAKER']],
        countries: [
          [origin, 'PARTICIPANT'],
          [target, 'SUBJECT'],
        ],
      },
      [],
      { who, origin, target, phrase },
    );
  }

  private statement(day: number): CatalogueEvent | null {
    const origin = this.world.countryPicker.pick(this.rng);
    const who = this.speaker(origin, day);
    if (!who) return null;
    const target = this.nearby(origin, [origin]);
    const third = this.nearby(target, [origin, target]);
    const forms: [string, string, CountryRole, Country | undefined][] = [
      [`${origin.name} condemns ${target.demonym} missile test`, `the ${target.demonym} missile test`, 'OBJECTOR', undefined],
      [`${origin.name} welcomes ceasefire between ${target.name} and ${third.name}`, 'the ceasefire', 'PARTICIPANT', third],
      [`${origin.name} calls for restraint in ${target.name}`, `the situation in ${target.name}`, 'PARTICIPANT', undefined],
      [`${origin.name} rejects ${target.demonym} maritime claims`, `${target.demonym} maritime claims`, 'OBJECTOR', undefined],
      [`${origin.name} protests detention of its citizens in ${target.name}`, `detained citizens in ${target.name}`, 'OBJECTOR', undefined],
      [`${origin.name} backs ${target.demonym} bid for UN Security Council seat`, `${target.name}'s UN bid`, 'PARTICIPANT', undefined],
    ];
    const [title, phrase, role, also] = this.rng.pick(forms);
    return this.event(
      {
        slug: this.slug(this.eventSlugs, title, isoDay(day)),
        title,
        type: 'STATEMENT',
        summary: `A statement from ${describe(who)}.`,
        start: day,
        end: day,
        participants: [[who, 'SPEAKER']],
        countries: [
          [origin, role],
          [target, 'SUBJECT'],
          [also, 'SUBJECT'],
        ],
      },
      [],
      { who, origin, target, phrase },
    );
  }

  private armsSale(day: number): CatalogueEvent | null {
    const exporter = this.exporterPicker.pick(this.rng);
    const supplier = this.world.byCode.get(exporter.code);
    if (!supplier) return null;
    let recipient = this.rng.chance(0.75) ? this.importerPicker.pick(this.rng) : this.world.countryPicker.pick(this.rng);
    if (recipient === supplier) recipient = this.world.otherCountry(this.rng, supplier);
    const system = this.rng.pick(exporter.systems);
    const quantity = this.rng.int(system.quantity[0], system.quantity[1]);
    const unit = system.unitPrice[0] + this.rng.next() * (system.unitPrice[1] - system.unitPrice[0]);
    const raw = quantity * unit * (1 + this.rng.next() * 0.8);
    const value = Math.min(2e10, Math.max(1e6, Number(raw.toPrecision(3))));
    const status = new WeightedPicker(SALE_STATUSES, (entry) => entry.weight).pick(this.rng).status;
    const amount = money(value);
    const what = `${quantity} ${system.items}`;
    const titles: Record<string, string> = {
      PROPOSED: `${supplier.name} offers ${recipient.name} ${what}`,
      APPROVED: `${supplier.name} approves ${amount} sale of ${system.items} to ${recipient.name}`,
      NOTIFIED: `${supplier.name} notifies ${amount} sale of ${system.items} to ${recipient.name}`,
      CONTRACTED: `${recipient.name} signs ${amount} deal for ${what} from ${supplier.name}`,
      DELIVERED: `${recipient.name} takes delivery of ${what} from ${supplier.name}`,
      CANCELLED: `${recipient.name} cancels ${amount} order of ${system.items}`,
    };
    const seller = this.world.holder(supplier.code, 'defence', day);
    const buyer = this.rng.chance(0.5) ? this.world.holder(recipient.code, 'defence', day) : undefined;
    const eventSlug = this.slug(this.eventSlugs, supplier.code, recipient.code, system.designation, 'sale', isoDay(day));
    const event = this.event(
      {
        slug: eventSlug,
        title: titles[status],
        type: 'ARMS_SALE',
        summary: `${what} for ${recipient.name}, valued at ${amount} (${status.toLowerCase()}).`,
        start: day,
        end: day,
        participants: [
          [seller, 'SPEAKER'],
          [buyer, 'PARTICIPANT'],
        ],
        countries: [
          [supplier, 'SUPPLIER'],
          [recipient, 'RECIPIENT'],
        ],
      },
      [],
      { origin: supplier, target: recipient, system, quantity, money: amount, status, phrase: `the ${system.designation} sale` },
    );
    event.sale = {
      slug: this.slug(this.saleSlugs, supplier.code, recipient.code, system.designation, isoDay(day)),
      supplier: supplier.code,
      recipient: recipient.code,
      valueUsd: String(value),
      items: system.items,
      designation: system.designation,
      quantity,
      status,
      announcedDate: isoDay(day),
      event: eventSlug,
    };
    return event;
  }

  private funeral(day: number): CatalogueEvent | null {
    let dead: Person | undefined;
    for (let attempt = 0; attempt < 40 && !dead; attempt++) {
      const candidate = this.world.personPicker.pick(this.rng);
      const senior = candidate.office === 'headOfState' || candidate.office === 'headOfGovernment' || candidate.office === 'foreign';
      if (senior && candidate.to < day - 30 && !this.deceased.has(candidate)) dead = candidate;
    }
    if (!dead) return null;
    this.deceased.add(dead);
    const place = dead.country;
    const host = this.world.leader(place.code, day);
    const guests: Country[] = [];
    for (let i = 0; i < this.rng.int(1, 6); i++) guests.push(this.world.otherCountry(this.rng, place, ...guests));
    return this.event(
      {
        slug: this.slug(this.eventSlugs, 'funeral', dead.name, isoDay(day)),
        title: `Funeral of ${dead.name}`,
        type: 'FUNERAL',
        summary: `Former ${dead.country.demonym} ${dead.title} ${dead.name} is laid to rest in ${place.capital}.`,
        start: day,
        end: day,
        location: place,
        participants: [
          [dead, 'SUBJECT'],
          [host, 'HOST'],
          ...guests.map((country): [Person | undefined, ParticipantRole] => [this.world.leader(country.code, day), 'ATTENDEE']),
        ],
        countries: [[place, 'HOST'], ...guests.map((country): [Country, CountryRole] => [country, 'PARTICIPANT'])],
      },
      [],
      { who: dead, place, phrase: `the funeral of ${dead.name}` },
    );
  }

  private election(day: number): CatalogueEvent | null {
    const country = this.world.countryPicker.pick(this.rng);
    const incumbent = this.world.leader(country.code, day);
    if (!incumbent) return null;
    // Held shortly before the incumbent's successor takes office, when that falls in range.
    const successor = this.world.leader(country.code, incumbent.to + 1);
    const voting = successor && successor !== incumbent && incumbent.to < END_DAY - 14 ? incumbent.to - this.rng.int(10, 60) : day;
    if (voting < START_DAY) return null;
    const kind = incumbent.office === 'headOfState' ? 'presidential' : this.rng.pick(['parliamentary', 'general']);
    const opposition = this.world.holder(country.code, 'opposition', voting);
    const winner = successor && successor !== incumbent && voting !== day ? successor : incumbent;
    return this.event(
      {
        slug: this.slug(this.eventSlugs, country.name, kind, 'election', isoDay(voting)),
        title: `${yearOf(voting)} ${country.name} ${kind} election`,
        type: 'ELECTION',
        summary: `${country.demonym} voters go to the polls; ${winner.name} emerges as the next ${winner.title}.`,
        start: voting,
        end: voting,
        location: country,
        participants: [
          [incumbent, 'SUBJECT'],
          [winner, 'SUBJECT'],
          [opposition, 'SUBJECT'],
        ],
        countries: [[country, 'SUBJECT']],
      },
      [],
      { who: winner, other: incumbent, place: country, kind, phrase: `the ${kind} election in ${country.name}` },
    );
  }

  private protest(day: number): CatalogueEvent | null {
    const country = this.world.countryPicker.pick(this.rng);
    const issue = this.rng.pick(PROTEST_ISSUES);
    const organizer = this.rng.chance(0.5) ? this.world.holder(country.code, 'opposition', day) : undefined;
    return this.event(
      {
        slug: this.slug(this.eventSlugs, 'protests', country.capital, issue, isoDay(day)),
        title: `Protests over ${issue} in ${country.capital}`,
        type: 'PROTEST',
        summary: `Demonstrators take to the streets of ${country.capital} over ${issue}.`,
        start: day,
        end: day + this.rng.pick([0, 0, 0, 1, 2, 3, 6, 9]),
        location: country,
        participants: [[organizer, 'ORGANIZER']],
        countries: [[country, 'SUBJECT']],
      },
      [],
      { who: organizer, place: country, topic: issue, phrase: `the protests over ${issue}` },
    );
  }

  private militaryAction(day: number): CatalogueEvent | null {
    const [actorCode, targetCode] = this.conflictPicker.pick(this.rng);
    const actor = this.world.byCode.get(actorCode);
    const target = this.world.byCode.get(targetCode);
    if (!actor || !target) return null;
    const who = this.world.holder(actor.code, 'defence', day) ?? this.world.leader(actor.code, day);
    const forms: [string, string, Country][] = [
      [`${actor.demonym} air strikes on targets in ${target.name}`, 'air strikes', target],
      [`${actor.name} holds military drills near ${target.name}`, 'military drills', actor],
      [`${actor.demonym} troops advance in ${target.name}`, 'troop advance', target],
      [`${actor.name} intercepts ${target.demonym} drones`, 'drone interceptions', actor],
      [`${actor.demonym} forces shell ${target.demonym} border positions`, 'shelling', target],
    ];
    const [title, kind, place] = this.rng.pick(forms);
    const phrase = `${actor.demonym} ${kind}`;
    return this.event(
      {
        slug: this.slug(this.eventSlugs, title, isoDay(day)),
        title,
        type: 'MILITARY_ACTION',
        summary: `${title}; ${who ? `${describe(who)} says` : 'officials say'} the operation is defensive.`,
        start: day,
        end: day + this.rng.pick([0, 0, 1, 2, 4, 6]),
        location: place,
        participants: [[who, 'SPEAKER']],
        countries: [
          [actor, 'PARTICIPANT'],
          [target, 'SUBJECT'],
        ],
      },
      [],
      { who, origin: actor, target, place, kind, phrase },
    );
  }

  private crisis(type: 'IMPEACHMENT' | 'MARTIAL_LAW', day: number): CatalogueEvent | null {
    const country = this.world.countryPicker.pick(this.rng);
    const leader = this.world.leader(country.code, day);
    if (!leader) return null;
    const impeachment = type === 'IMPEACHMENT';
    const title = impeachment
      ? `Impeachment of ${country.demonym} ${leader.title} ${leader.name}`
      : `${leader.name} declares martial law in ${country.name}`;
    return this.event(
      {
        slug: this.slug(this.eventSlugs, title, isoDay(day)),
        title,
        type,
        summary: impeachment
          ? `Lawmakers in ${country.capital} vote to impeach ${leader.name}.`
          : `${describe(leader)} suspends civilian rule; troops deploy in ${country.capital}.`,
        start: day,
        end: day + (impeachment ? this.rng.int(0, 60) : this.rng.int(0, 3)),
        location: country,
        participants: [[leader, impeachment ? 'SUBJECT' : 'SPEAKER']],
        countries: [[country, 'SUBJECT']],
      },
      [],
      { who: leader, place: country, phrase: impeachment ? `the impeachment of ${leader.name}` : `martial law in ${country.name}` },
    );
  }
}

/** `count` events for the world of `seed`, in the order they were drawn (not by date). */
export function buildCatalogue(world: World, seed: string | number, count: number): CatalogueEvent[] {
  return new CatalogueBuilder(world, seed).build(count);
}
