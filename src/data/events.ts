// Event queries: lookups, the filtered timeline, and the relations of an event, batched per request.
import { Prisma } from '../generated/prisma/client';
import type { Event as EventRow } from '../generated/prisma/client';
import type { EventType } from '../generated/prisma/enums';
import { readLinkedRows, readModelRows } from './read';
import { containsPattern, ModelTable } from './sql';
import { byKey, groupByKey, type ReadContext } from './read-context';
import { badUserInput } from '../domain/input-error';
import { type DayRange, findList, ListArgs, ListDefinition, type ListOrder, loadRelation } from './list';
import { countryIdForFilter } from './countries';
import { personIdForFilter, primePerson } from './people';
import { countryEventCountSql, loadCountryEventCount, loadPersonEventCount } from './profile-counts';
import { listOrderings, onlyTypesBesides } from './entities';

export type { EventRow };

/** A list of events as its filter narrows it; all given conditions hold (the API's EventFilter). */
export interface EventFilter {
  types?: EventType[] | null;
  /** A country (alpha-2 or alpha-3 code) where the event took place or that was involved in it. */
  country?: string | null;
  /** A person (slug or global ID) who took part. */
  person?: string | null;
  /** Events whose dates overlap this range. */
  date?: DayRange | null;
  /** Text in the title or summary. */
  text?: string | null;
  /** Only events that are (true) or are not (false) part of another. */
  hasParent?: boolean | null;
}

/** What lists of events can be ordered by. */
export enum EventOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}

export type EventOrder = ListOrder<EventOrderField>;

export function loadEvent(context: ReadContext, id: number): Promise<EventRow | null> {
  return context.loaders
    .get<number, EventRow | null>('eventById', async (ids) =>
      byKey(ids, await readModelRows<EventRow>(context.db, 'Event', Prisma.sql`t."id" = ANY(${[...ids]}::int[])`), (row) => row.id),
    )
    .load(id);
}

/**
 * The event took place in the country or involved it in some role: the CountryEvent read model (kept
 * by triggers), whose statistics let PostgreSQL choose between walking the date index of a busy
 * country's events and sorting a quiet country's few.
 */
function eventInvolvesCountry(countryId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`t."id" IN (SELECT involvement."eventId" FROM "CountryEvent" involvement WHERE involvement."countryId" = ${countryId})`;
}

function eventInvolvesPerson(personId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "EventParticipant" participation WHERE participation."eventId" = t."id" AND participation."personId" = ${personId})`;
}

export type EventListArgs = ListArgs<EventFilter, EventOrder>;

/** How clients filter and order events. */
export const eventList: ListDefinition<EventFilter, EventOrder> = {
  table: 'Event',
  // Orderings from the entity registry (src/data/entities.ts), which the statement compiler reads too.
  ...listOrderings<EventOrderField>('Event'),
  conditions: eventConditions,
  maintainedCountSql(context, filter) {
    // The timeline of a country: its events (of some types) are counted by triggers.
    if (filter?.country == null || !onlyTypesBesides(filter, 'country')) return null;
    return countryIdForFilter(context, filter.country, 'filter.country').then((countryId) => countryEventCountSql(countryId, filter.types));
  },
  // A country's timeline is that country's `events`: its page is a range of the CountryEvent read
  // model's (country, date, event) index, where the filter on the whole table reads every event of
  // the country (1,700 of the busiest at 10,000 articles) to sort them for a page of 20.
  async scope(context, filter) {
    if (filter?.country == null) return null;
    const { country, ...rest } = filter;
    return { parent: 'Country', field: 'events', parentId: await countryIdForFilter(context, country, 'filter.country'), filter: rest };
  },
};

export function findEvents(context: ReadContext, args: EventListArgs, totalCountSelected = false) {
  return findList<EventRow, EventFilter, EventOrder>(eventList, context, args, totalCountSelected);
}

export function loadEventsOfCountry(context: ReadContext, countryId: number, args: EventListArgs) {
  return loadRelation<EventRow, EventFilter, EventOrder>(eventList, context, 'Country', 'events', countryId, args,
    (id, filter) => (onlyTypesBesides(filter) ? loadCountryEventCount(context, id, filter?.types) : null));
}

export function loadEventsOfPerson(context: ReadContext, personId: number, args: EventListArgs) {
  return loadRelation<EventRow, EventFilter, EventOrder>(eventList, context, 'Person', 'events', personId, args,
    (id, filter) => (onlyTypesBesides(filter) ? loadPersonEventCount(context, id, filter?.types) : null));
}

export function loadEventsOfArticle(context: ReadContext, articleId: number, args: EventListArgs) {
  return loadRelation<EventRow, EventFilter, EventOrder>(eventList, context, 'Article', 'events', articleId, args);
}

async function eventConditions(context: ReadContext, filter: EventFilter | null | undefined): Promise<Prisma.Sql[]> {
  const conditions: Prisma.Sql[] = [];
  if (!filter) return conditions;
  if (filter.types != null) {
    conditions.push(
      filter.types.length
        ? Prisma.sql`t."type"::text IN (${Prisma.join(filter.types)})`
        : Prisma.sql`false`,
    );
  }
  if (filter.country != null) {
    const countryId = await countryIdForFilter(context, filter.country, 'filter.country');
    conditions.push(eventInvolvesCountry(Prisma.sql`${countryId}::int`));
  }
  if (filter.person != null) {
    const personId = await personIdForFilter(context, filter.person, 'filter.person');
    conditions.push(eventInvolvesPerson(Prisma.sql`${personId}::int`));
  }
  if (filter.date != null) {
    const { from, to } = filter.date;
    if (from && to && from > to) throw badUserInput('filter.date', '`from` is after `to`');
    // Overlap of [startDate, endDate] with [from, to]; a single-day event has no endDate.
    if (to) conditions.push(Prisma.sql`t."startDate" <= ${to}::date`);
    if (from) conditions.push(Prisma.sql`COALESCE(t."endDate", t."startDate") >= ${from}::date`);
    if (!from && !to) conditions.push(Prisma.sql`t."startDate" IS NOT NULL`);
  }
  if (filter.text != null) {
    const pattern = containsPattern(filter.text);
    conditions.push(Prisma.sql`(t."title" ILIKE ${pattern} OR t."summary" ILIKE ${pattern})`);
  }
  if (filter.hasParent != null) {
    conditions.push(filter.hasParent ? Prisma.sql`t."parentId" IS NOT NULL` : Prisma.sql`t."parentId" IS NULL`);
  }
  return conditions;
}

/** A trip's stops: children in their recorded order, then by date. */
export function loadChildren(context: ReadContext, eventId: number): Promise<EventRow[]> {
  return context.loaders
    .get<number, EventRow[]>('Event.children', async (ids) => {
      const rows = await readModelRows<EventRow>(
        context.db,
        'Event',
        Prisma.sql`t."parentId" = ANY(${[...ids]}::int[])`,
        Prisma.sql`ORDER BY t."position" ASC NULLS LAST, t."startDate" ASC NULLS LAST, t."id" ASC`,
      );
      return groupByKey(ids, rows, (row) => row.parentId!);
    })
    .load(eventId);
}

/** An event's links of one kind with the rows they link to, for all the events of a request in one statement. */
function loadEventLinks<T extends { eventId: number }>(
  context: ReadContext,
  name: string,
  link: { table: ModelTable; foreignKey: string },
  related: { table: ModelTable; relation: string },
  eventId: number,
  onRow?: (row: T) => void,
): Promise<T[]> {
  return context.loaders
    .get<number, T[]>(name, async (ids) => {
      const rows = await readLinkedRows<T>(
        context.db, link, related, Prisma.sql`j."eventId" = ANY(${[...ids]}::int[])`, Prisma.sql`ORDER BY j."role" ASC, r."name" ASC`,
      );
      if (onRow) rows.forEach(onRow);
      return groupByKey(ids, rows, (row) => row.eventId);
    })
    .load(eventId);
}

/** Who took part, by role then name; the people are shared with the rest of the request. */
export function loadParticipants(context: ReadContext, eventId: number) {
  return loadEventLinks<Prisma.EventParticipantGetPayload<{ include: { person: true } }>>(
    context, 'Event.participants', { table: 'EventParticipant', foreignKey: 'personId' }, { table: 'Person', relation: 'person' }, eventId,
    (row) => primePerson(context, row.person),
  );
}

/** The countries involved, by role then name. */
export function loadEventCountries(context: ReadContext, eventId: number) {
  return loadEventLinks<Prisma.EventCountryGetPayload<{ include: { country: true } }>>(
    context, 'Event.countries', { table: 'EventCountry', foreignKey: 'countryId' }, { table: 'Country', relation: 'country' }, eventId,
  );
}
