// The registry of the read side: each entity described once — its table, global-ID type, the columns
// its fields read and how they travel, its relations and orderings — for the statement compiler
// (src/data/compile.ts) and, through `orderings`, the lists of the DataLoader path. No GraphQL here:
// field names are the API's, the rest is SQL.
import { Prisma } from '../generated/prisma/client';
import type { SortColumn } from './keyset';
import { linkedThrough, OrderDirection } from './keyset';
import { coParticipantCount, coParticipantsSql } from './co-participants';

const { sql, raw, empty } = Prisma;

/**
 * How a column's value travels in a compiled statement's JSON, and what a row holds for it: a date
 * or a timestamp as the text the API answers (the scalars pass it through), a decimal as text,
 * exact, rebuilt as the Prisma.Decimal the DataLoader path reads.
 */
export type ColumnKind = 'integer' | 'float' | 'text' | 'enum' | 'boolean' | 'text[]' | 'date' | 'timestamp' | 'decimal';

/** A field read from one column of the entity's table (the row property is the column's name). */
export interface Column {
  column: string;
  kind: ColumnKind;
  /**
   * What the field's own resolver answers of the column, where an answer written as text can write it too
   * (compileAnswer): a decimal as a JSON number (`Number` of its text) or as its text with the column's scale
   * (`toFixed`). Fields with a resolver and none of these leave the answer to the ordinary path.
   */
  answered?: 'number' | 'fixed';
}

/** A related row read by a foreign key of this entity's table (null when the key is null). */
export interface OneRelation {
  kind: 'one';
  target: EntityName;
  foreignKey: string;
  /** The row holds it as a property (read by the default resolver) rather than through a field resolver. */
  property?: boolean;
}

/** Rows of `target` whose `foreignKey` is this entity's ID, in a fixed order (a list without arguments). */
export interface ManyRelation {
  kind: 'many';
  target: EntityName;
  foreignKey: string;
  /** A table joined (alias `<row alias>_j`) to order by one of its columns, e.g. a link's person by name. */
  orderJoin?: { table: string; foreignKey: string };
  /** ORDER BY of the rows, given the row's alias and the joined table's alias. */
  orderBy(row: string, joined: string): string;
  /**
   * The rows computed for the parent whose ID is `parentKey`, from the field's arguments (which it
   * checks, e.g. a ranking's `first`), instead of those of the target's table whose `foreignKey` is it.
   */
  rowsOf?(parentKey: Prisma.Sql, args: RelationArgs): Prisma.Sql;
}

/**
 * A read model holding each parent's rows with copies of sort columns of `t` under the same names
 * (CountryEvent, PersonEvent, ArticlePerson, ArticleEvent): a page ordered by one of them is a range
 * of the read model's (parent, column, row ID) index instead of a walk through `t`'s index testing
 * each row.
 */
export interface OrderedThrough {
  table: string;
  parentColumn: string;
  rowColumn: string;
  sortColumns: string[];
}

/** The arguments a relation's field is given (its filter among them), as the API parsed them. */
export type RelationArgs = Record<string, unknown>;

/** A paginated list (connection) of `target` rows that belong to this entity, filtered and ordered as the target's lists are. */
export interface ConnectionRelation {
  kind: 'connection';
  target: EntityName;
  /** The condition tying a row `t` of the target to the parent's ID (an SQL expression), given the field's arguments (e.g. a side). */
  belongsTo(parentKey: Prisma.Sql, args: RelationArgs): Prisma.Sql;
  orderedThrough?: OrderedThrough;
  /**
   * `totalCount` as a scalar subquery over counts kept by triggers (or a column of the parent's summary row),
   * for the arguments they answer exactly (e.g. a person's events of some types); null: counted.
   */
  maintainedCount?(parentKey: Prisma.Sql, args: RelationArgs, summary: SummaryColumn): Prisma.Sql | null;
}

/**
 * A table of totals kept by triggers holding at most one row per row of the entity, whose `key` column is the
 * entity's ID (CountryArmsSaleTotal): the fields that read it (computed totals, maintained counts) read its
 * columns through a SummaryColumn, and a statement reads the row once for all of them.
 */
export interface SummaryTable {
  table: string;
  key: string;
}

/**
 * A column of the parent's row of its entity's summary table, null when the parent has none yet: the statement
 * decides how the row is read (src/data/compile.ts joins it once per parent row).
 */
export type SummaryColumn = (column: string) => Prisma.Sql;

/** A field computed from other tables than the entity's (a summary kept by triggers), read as a column of that kind. */
export interface ComputedValue {
  kind: 'computed';
  value: ColumnKind;
  sql(parentKey: Prisma.Sql, summary: SummaryColumn): Prisma.Sql;
}

/**
 * A field computed from other tables than the entity's as JSON its field resolver takes as it is: one object of
 * `members` (of the parent's summary row), or with `rows` a list of one object of them per row, in their order.
 * The compiler builds the JSON (compile.ts, computedJson) and writes an answer's text from the members themselves.
 */
export interface ComputedJson {
  kind: 'computed';
  value: 'json';
  /** The rows of a list (`FROM … WHERE …`, the row under the alias `row`) for the parent whose ID is `parentKey`, and their order. */
  rows?: { from(parentKey: Prisma.Sql, row: string): Prisma.Sql; orderBy(row: string): string };
  /** The JSON object's members in order, by their names: SQL over the list's row, or the parent's summary row. */
  members(row: string, summary: SummaryColumn): Record<string, Prisma.Sql>;
  /**
   * The fields of its GraphQL type that an answer written as text writes (compileAnswer), each the member of its
   * name (or `member`) as JSON, or with `number` a decimal written as a JSON number. A field not named here (a
   * formatted total, made by its resolver) leaves the answer to the ordinary path.
   */
  answered: Record<string, { member?: string; number?: boolean }>;
}

export type ComputedRelation = ComputedValue | ComputedJson;

export type Relation = OneRelation | ManyRelation | ConnectionRelation | ComputedRelation;

export interface Entity {
  table: string;
  /** The global-ID type of its `id` field (`node(id:)`); absent for link rows, which have none. */
  globalIdType?: string;
  /** Always read: what field resolvers and cursors need besides the selected columns. */
  key?: string;
  columns: Record<string, Column>;
  relations: Record<string, Relation>;
  /** Its table of maintained totals, which SummaryColumn reads. */
  summary?: SummaryTable;
  /**
   * Fields whose field resolvers load them the DataLoader way from the row's key alone: a statement
   * leaves them out and the rest of the selection still compiles; each costs its loader's statement
   * (one for a whole page of rows).
   */
  loadedByKey?: string[];
  /** Columns read whatever is selected: the keys the resolvers of `loadedByKey` fields read besides `key` (a fact's owner). */
  alwaysRead?: string[];
  /** Orderings of its lists, by the order field's name; the first is not implied to be the default. */
  orderings?: Record<string, SortColumn>;
  defaultOrder?: { field: string; direction: OrderDirection };
}

const text = (column: string): Column => ({ column, kind: 'text' });
const columnsOf = (kinds: Record<string, ColumnKind>): Record<string, Column> =>
  Object.fromEntries(Object.entries(kinds).map(([column, kind]) => [column, { column, kind }]));

export type EntityName = 'Event' | 'EventParticipant' | 'EventCountry' | 'Person' | 'Country' | 'Article' | 'ArmsSale'
  | 'PersonMention' | 'CountryMention' | 'EventMention' | 'ArmsSaleMention' | 'ExtractedFact' | 'CoParticipant';

/** The fields a filter sets (not null): which of them decides whether maintained counts answer it. */
export function filterFields(filter: unknown): string[] {
  return filter && typeof filter === 'object' ? Object.entries(filter).filter(([, value]) => value != null).map(([key]) => key) : [];
}

/** The filter sets no field but `types` and `fields`: the maintained counts per type answer it. */
export function onlyTypesBesides(filter: unknown, ...fields: string[]): boolean {
  return filterFields(filter).every((field) => field === 'types' || fields.includes(field));
}

/** The events of the given types (all when null) in a count table `c` kept per type. */
function typeCondition(types: unknown): Prisma.Sql {
  return types == null ? empty : sql`AND c."type"::text = ANY(${[...(types as string[])]}::text[])`;
}

/** How many events of the owner's (of the given types), from a count table kept per type. */
export function eventCountSql(table: 'CountryEventCount' | 'PersonEventCount', owner: Prisma.Sql, types: unknown): Prisma.Sql {
  const ownerColumn = table === 'CountryEventCount' ? 'countryId' : 'personId';
  return sql`SELECT COALESCE(sum(c."events"), 0)::int FROM ${raw(`"${table}" c`)} WHERE ${raw(`c."${ownerColumn}"`)} = ${owner} ${typeCondition(types)}`;
}

/** The owner's events per type, most frequent first, types without events left out: `[{ type, count }]`, as the API answers them. */
function eventCountsByType(table: 'CountryEventCount' | 'PersonEventCount', ownerColumn: string): ComputedJson {
  return {
    kind: 'computed',
    value: 'json',
    rows: {
      from: (owner, row) => sql`${raw(`"${table}" ${row} WHERE ${row}."${ownerColumn}"`)} = ${owner} AND ${raw(`${row}."events"`)} > 0`,
      orderBy: (row) => `${row}."events" DESC, ${row}."type"`,
    },
    members: (row) => ({ type: raw(`${row}."type"`), count: raw(`${row}."events"`) }),
    answered: { type: {}, count: {} },
  };
}

/** The first day of the owner's events, or the last day they reached, from a read model of owners' events. */
function eventDateSql(readModel: 'CountryEvent' | 'PersonEvent', ownerColumn: string, end: 'first' | 'last') {
  const aggregate = end === 'first' ? 'min(e."startDate")' : 'max(e."lastDate")';
  return (owner: Prisma.Sql) => sql`(SELECT ${raw(aggregate)} FROM ${raw(`"${readModel}" e WHERE e."${ownerColumn}"`)} = ${owner})`;
}

/**
 * A country's maintained arms-sale totals on one side, from its summary row (CountryArmsSaleTotal):
 * `{ count, countWithKnownValue, valueUsd }`, the value's exact text only when some sale's value is known, zeros
 * when the country has no row yet: what the API answers (ArmsSaleTotals, `totalValueUsd` and `totalValueUsdExact`
 * both of `valueUsd`).
 */
function armsSaleTotals(side: 'supplied' | 'received'): ComputedJson {
  return {
    kind: 'computed',
    value: 'json',
    members: (_row, summary) => {
      const withKnownValue = summary(`${side}WithKnownValue`);
      return {
        count: sql`COALESCE(${summary(`${side}Count`)}, 0)`,
        countWithKnownValue: sql`COALESCE(${withKnownValue}, 0)`,
        valueUsd: sql`CASE WHEN ${withKnownValue} > 0 THEN ${summary(`${side}ValueUsd`)}::text END`,
      };
    },
    answered: { count: {}, countWithKnownValue: {}, totalValueUsd: { member: 'valueUsd', number: true }, totalValueUsdExact: { member: 'valueUsd' } },
  };
}

/** An event's relation through the event's involvement of an owner (country or person). */
const eventsOf = (readModel: 'CountryEvent' | 'PersonEvent', ownerColumn: 'countryId' | 'personId', countTable: 'CountryEventCount' | 'PersonEventCount') => ({
  kind: 'connection' as const,
  target: 'Event' as const,
  belongsTo: (owner: Prisma.Sql) => sql`t."id" IN (SELECT involvement."eventId" FROM ${raw(`"${readModel}" involvement WHERE involvement."${ownerColumn}"`)} = ${owner})`,
  orderedThrough: { table: readModel, parentColumn: ownerColumn, rowColumn: 'eventId', sortColumns: ['startDate'] },
  maintainedCount: (owner: Prisma.Sql, args: RelationArgs) => (onlyTypesBesides(args.filter) ? eventCountSql(countTable, owner, (args.filter as { types?: unknown } | null)?.types) : null),
});

/** Articles that mention the parent, through one of the mention tables. */
const articlesMentioning = (mentionTable: string, mentionedColumn: string): ConnectionRelation => ({
  kind: 'connection',
  target: 'Article',
  belongsTo: (parentKey) => linkedThrough(mentionTable, 'articleId', mentionedColumn)(parentKey),
});

/** The facts the extractor read in an article, or read about an entity: those whose `ownerColumn` is the parent's ID. */
const extractedFactsOf = (ownerColumn: string): ConnectionRelation => ({
  kind: 'connection',
  target: 'ExtractedFact',
  belongsTo: (owner) => sql`${raw(`t."${ownerColumn}"`)} = ${owner}`,
});

/** An article's mentions of one kind (`personMentions`), most mentioned first, then by first offset (unknown last) and ID. */
const mentionsOf = (target: EntityName, mentionedColumn: string): ManyRelation => ({
  kind: 'many',
  target,
  foreignKey: 'articleId',
  orderBy: (row) => `${row}."mentionCount" DESC, ${row}."firstOffset" ASC NULLS LAST, ${row}."${mentionedColumn}" ASC`,
});

/** A mention (a row of a link table such as ArticlePerson): how often and where first, and the row mentioned, held under the API's name for it. */
const mention = (table: string, field: string, target: EntityName, foreignKey: string): Entity => ({
  table,
  columns: columnsOf({ mentionCount: 'integer', firstOffset: 'integer' }),
  relations: { [field]: { kind: 'one', target, foreignKey, property: true } },
});

export const entities: Record<EntityName, Entity> = {
  Event: {
    table: 'Event',
    globalIdType: 'Event',
    key: 'id',
    columns: columnsOf({
      slug: 'text', title: 'text', type: 'enum', summary: 'text', startDate: 'date', endDate: 'date',
      datePrecision: 'enum', position: 'integer', origin: 'enum',
    }),
    relations: {
      location: { kind: 'one', target: 'Country', foreignKey: 'locationId' },
      parent: { kind: 'one', target: 'Event', foreignKey: 'parentId' },
      children: {
        kind: 'many', target: 'Event', foreignKey: 'parentId',
        orderBy: (row) => `${row}."position" ASC NULLS LAST, ${row}."startDate" ASC NULLS LAST, ${row}."id" ASC`,
      },
      participants: {
        kind: 'many', target: 'EventParticipant', foreignKey: 'eventId', orderJoin: { table: 'Person', foreignKey: 'personId' },
        orderBy: (row, joined) => `${row}."role" ASC, ${joined}."name" ASC`,
      },
      countries: {
        kind: 'many', target: 'EventCountry', foreignKey: 'eventId', orderJoin: { table: 'Country', foreignKey: 'countryId' },
        orderBy: (row, joined) => `${row}."role" ASC, ${joined}."name" ASC`,
      },
      articles: {
        ...articlesMentioning('ArticleEvent', 'eventId'),
        orderedThrough: { table: 'ArticleEvent', parentColumn: 'eventId', rowColumn: 'articleId', sortColumns: ['publishedAt'] },
      },
      armsSales: { kind: 'connection', target: 'ArmsSale', belongsTo: (event) => sql`t."eventId" = ${event}` },
      extractedFacts: extractedFactsOf('eventId'),
    },
    orderings: {
      START_DATE: { column: 'startDate', kind: 'date', nullable: true },
      TITLE: { column: 'title', kind: 'text', nullable: false },
      CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
    },
    defaultOrder: { field: 'START_DATE', direction: OrderDirection.DESC },
  },
  EventParticipant: {
    table: 'EventParticipant',
    columns: { role: { column: 'role', kind: 'enum' } },
    relations: { person: { kind: 'one', target: 'Person', foreignKey: 'personId', property: true } },
  },
  EventCountry: {
    table: 'EventCountry',
    columns: { role: { column: 'role', kind: 'enum' } },
    relations: { country: { kind: 'one', target: 'Country', foreignKey: 'countryId', property: true } },
  },
  Person: {
    table: 'Person',
    globalIdType: 'Person',
    key: 'id',
    columns: columnsOf({ name: 'text', slug: 'text', aliases: 'text[]', title: 'text', description: 'text', origin: 'enum' }),
    relations: {
      country: { kind: 'one', target: 'Country', foreignKey: 'countryId' },
      events: eventsOf('PersonEvent', 'personId', 'PersonEventCount'),
      articles: {
        ...articlesMentioning('ArticlePerson', 'personId'),
        orderedThrough: { table: 'ArticlePerson', parentColumn: 'personId', rowColumn: 'articleId', sortColumns: ['publishedAt'] },
        maintainedCount: (person, args) =>
          filterFields(args.filter).length === 0 ? sql`SELECT COALESCE(max(c."articles"), 0)::int FROM "PersonArticleCount" c WHERE c."personId" = ${person}` : null,
      },
      eventCountsByType: eventCountsByType('PersonEventCount', 'personId'),
      firstEventDate: { kind: 'computed', value: 'date', sql: eventDateSql('PersonEvent', 'personId', 'first') },
      lastEventDate: { kind: 'computed', value: 'date', sql: eventDateSql('PersonEvent', 'personId', 'last') },
      extractedFacts: extractedFactsOf('personId'),
      topCoParticipants: {
        kind: 'many', target: 'CoParticipant', foreignKey: 'personId',
        rowsOf: (person, args) => coParticipantsSql(person, coParticipantCount(args.first)),
        orderBy: (row) => `${row}."rank"`,
      },
    },
    orderings: {
      NAME: { column: 'name', kind: 'text', nullable: false },
      CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
    },
    defaultOrder: { field: 'NAME', direction: OrderDirection.ASC },
  },
  Country: {
    table: 'Country',
    globalIdType: 'Country',
    key: 'id',
    columns: {
      ...columnsOf({ code: 'text', code3: 'text', numericCode: 'text', name: 'text', region: 'text', subregion: 'text' }),
      officialName: text('officialName'),
      ...columnsOf({ capitals: 'text[]', demonyms: 'text[]', aliases: 'text[]' }),
    },
    summary: { table: 'CountryArmsSaleTotal', key: 'countryId' },
    relations: {
      events: eventsOf('CountryEvent', 'countryId', 'CountryEventCount'),
      people: { kind: 'connection', target: 'Person', belongsTo: (country) => sql`t."countryId" = ${country}` },
      armsSales: {
        kind: 'connection',
        target: 'ArmsSale',
        belongsTo: (country, args) =>
          args.role === 'SUPPLIER' ? sql`t."supplierId" = ${country}`
            : args.role === 'RECIPIENT' ? sql`t."recipientId" = ${country}`
              : sql`(t."supplierId" = ${country} OR t."recipientId" = ${country})`,
        // One side's number is kept by triggers; both sides are counted (a sale could name the country twice).
        maintainedCount: (_country, args, summary) => {
          const side = args.role === 'SUPPLIER' ? 'supplied' : args.role === 'RECIPIENT' ? 'received' : null;
          if (!side || filterFields(args.filter).length) return null;
          return sql`COALESCE(${summary(`${side}Count`)}, 0)`;
        },
      },
      articles: articlesMentioning('ArticleCountry', 'countryId'),
      eventCountsByType: eventCountsByType('CountryEventCount', 'countryId'),
      firstEventDate: { kind: 'computed', value: 'date', sql: eventDateSql('CountryEvent', 'countryId', 'first') },
      lastEventDate: { kind: 'computed', value: 'date', sql: eventDateSql('CountryEvent', 'countryId', 'last') },
      armsSalesAsSupplier: armsSaleTotals('supplied'),
      armsSalesAsRecipient: armsSaleTotals('received'),
      extractedFacts: extractedFactsOf('countryId'),
    },
    orderings: {
      NAME: { column: 'name', kind: 'text', nullable: false },
      CODE: { column: 'code', kind: 'text', nullable: false },
    },
    defaultOrder: { field: 'NAME', direction: OrderDirection.ASC },
  },
  Article: {
    table: 'Article',
    globalIdType: 'Article',
    key: 'id',
    columns: columnsOf({
      url: 'text', title: 'text', subtitle: 'text', summary: 'text', source: 'text', author: 'text', publishedAt: 'timestamp',
      language: 'text', ingestedAt: 'timestamp', origin: 'enum', extractorVersion: 'text',
      // Up to a megabyte: the rows of lists and relations leave it out (see DEFERRED_COLUMNS in
      // data/sql.ts), a statement reads it only where it is selected.
      body: 'text',
    }),
    relations: {
      events: { kind: 'connection', target: 'Event', belongsTo: linkedThrough('ArticleEvent', 'eventId', 'articleId') },
      people: { kind: 'connection', target: 'Person', belongsTo: linkedThrough('ArticlePerson', 'personId', 'articleId') },
      countries: { kind: 'connection', target: 'Country', belongsTo: linkedThrough('ArticleCountry', 'countryId', 'articleId') },
      armsSales: { kind: 'connection', target: 'ArmsSale', belongsTo: linkedThrough('ArticleArmsSale', 'armsSaleId', 'articleId') },
      personMentions: mentionsOf('PersonMention', 'personId'),
      countryMentions: mentionsOf('CountryMention', 'countryId'),
      eventMentions: mentionsOf('EventMention', 'eventId'),
      armsSaleMentions: mentionsOf('ArmsSaleMention', 'armsSaleId'),
      extractedFacts: extractedFactsOf('articleId'),
    },
    orderings: {
      PUBLISHED_AT: { column: 'publishedAt', kind: 'timestamp', nullable: true },
      TITLE: { column: 'title', kind: 'text', nullable: false },
      INGESTED_AT: { column: 'ingestedAt', kind: 'timestamp', nullable: false },
    },
    defaultOrder: { field: 'PUBLISHED_AT', direction: OrderDirection.DESC },
  },
  ArmsSale: {
    table: 'ArmsSale',
    globalIdType: 'ArmsSale',
    key: 'id',
    columns: {
      ...columnsOf({
        slug: 'text', items: 'text', designation: 'text', quantity: 'integer', currency: 'text', status: 'enum',
        announcedDate: 'date', origin: 'enum',
      }),
      // Money fields are made by their field resolvers from the exact stored decimals.
      valueUsd: { column: 'valueUsd', kind: 'decimal', answered: 'number' },
      valueUsdExact: { column: 'valueUsd', kind: 'decimal', answered: 'fixed' },
      valueFormatted: { column: 'valueUsd', kind: 'decimal' },
      valueOriginal: { column: 'valueOriginal', kind: 'decimal', answered: 'fixed' },
    },
    relations: {
      supplier: { kind: 'one', target: 'Country', foreignKey: 'supplierId' },
      recipient: { kind: 'one', target: 'Country', foreignKey: 'recipientId' },
      event: { kind: 'one', target: 'Event', foreignKey: 'eventId' },
      articles: articlesMentioning('ArticleArmsSale', 'armsSaleId'),
      extractedFacts: extractedFactsOf('armsSaleId'),
    },
    orderings: {
      ANNOUNCED_DATE: { column: 'announcedDate', kind: 'date', nullable: true },
      VALUE_USD: { column: 'valueUsd', kind: 'decimal', nullable: true },
      CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
    },
    defaultOrder: { field: 'ANNOUNCED_DATE', direction: OrderDirection.DESC },
  },
  PersonMention: mention('ArticlePerson', 'person', 'Person', 'personId'),
  CountryMention: mention('ArticleCountry', 'country', 'Country', 'countryId'),
  EventMention: mention('ArticleEvent', 'event', 'Event', 'eventId'),
  ArmsSaleMention: mention('ArticleArmsSale', 'armsSale', 'ArmsSale', 'armsSaleId'),
  // Computed for each person (Person.topCoParticipants' `rowsOf`) from their events' participants.
  CoParticipant: {
    table: 'EventParticipant',
    columns: columnsOf({ sharedEvents: 'integer' }),
    relations: { person: { kind: 'one', target: 'Person', foreignKey: 'personId' } },
  },
  ExtractedFact: {
    table: 'ExtractedFact',
    key: 'id',
    columns: columnsOf({
      fact: 'text', value: 'text', sentence: 'text', spanStart: 'integer', spanEnd: 'integer', confidence: 'float', extractorVersion: 'text',
    }),
    relations: { article: { kind: 'one', target: 'Article', foreignKey: 'articleId' } },
    // What the fact is about is any of four types (the Node interface), which a statement does not
    // read: its field resolver loads it by the one owner key that is set.
    loadedByKey: ['subject'],
    alwaysRead: ['personId', 'countryId', 'eventId', 'armsSaleId'],
    orderings: {
      POSITION: { column: 'spanStart', kind: 'integer', nullable: false },
      CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
    },
    defaultOrder: { field: 'POSITION', direction: OrderDirection.ASC },
  },
};

export function entity(name: EntityName): Entity {
  return entities[name];
}

/** The entity a type of the API is, by its name (the API's object types bear the entities' names). */
export function entityNamed(name: string): EntityName | null {
  return Object.hasOwn(entities, name) ? (name as EntityName) : null;
}

/**
 * An entity's orderings and default order, typed by the API's order-field enum: what its lists
 * (src/data/list.ts) sort by, from the same description the compiler reads.
 */
export function listOrderings<Field extends string>(
  name: EntityName,
): { sortColumns: Record<Field, SortColumn>; defaultOrder: { field: Field; direction: OrderDirection } } {
  const { orderings, defaultOrder } = entity(name);
  if (!orderings || !defaultOrder) throw new Error(`${name} has no orderings in the registry`);
  return { sortColumns: orderings as Record<Field, SortColumn>, defaultOrder: defaultOrder as { field: Field; direction: OrderDirection } };
}
