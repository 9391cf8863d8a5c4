// The registry of the read side: each entity described once — its table, global-ID type, the columns
// its fields read and how they travel, its relations and orderings — for the statement compiler
// (src/data/compile.ts) and, through `orderings`, the lists of the DataLoader path. No GraphQL here:
// field names are the API's, the rest is SQL.
import type { SortColumn } from './keyset';
import { OrderDirection } from './keyset';

/** How a column's value travels in a compiled statement's JSON, and what a row holds for it. */
export type ColumnKind = 'integer' | 'text' | 'enum' | 'boolean' | 'text[]' | 'date' | 'timestamp';

/** A field read from one column of the entity's table (the row property is the column's name). */
export interface Column {
  column: string;
  kind: ColumnKind;
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
}

/** A paginated list (connection) of `target` rows linked to this entity's ID through a link table. */
export interface ConnectionRelation {
  kind: 'connection';
  target: EntityName;
  /** The link table and its columns: one row per (this entity, target row). */
  through: { table: string; rowColumn: string; parentColumn: string };
}

export type Relation = OneRelation | ManyRelation | ConnectionRelation;

export interface Entity {
  table: string;
  /** The global-ID type of its `id` field (`node(id:)`); absent for link rows, which have none. */
  globalIdType?: string;
  /** Always read: what field resolvers and cursors need besides the selected columns. */
  key?: string;
  columns: Record<string, Column>;
  relations: Record<string, Relation>;
  /** Orderings of its lists, by the order field's name; the first is not implied to be the default. */
  orderings?: Record<string, SortColumn>;
  defaultOrder?: { field: string; direction: OrderDirection };
}

const text = (column: string): Column => ({ column, kind: 'text' });
const columnsOf = (kinds: Record<string, ColumnKind>): Record<string, Column> =>
  Object.fromEntries(Object.entries(kinds).map(([column, kind]) => [column, { column, kind }]));

export type EntityName = 'Event' | 'EventParticipant' | 'EventCountry' | 'Person' | 'Country' | 'Article';

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
      articles: { kind: 'connection', target: 'Article', through: { table: 'ArticleEvent', rowColumn: 'articleId', parentColumn: 'eventId' } },
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
    relations: { country: { kind: 'one', target: 'Country', foreignKey: 'countryId' } },
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
    relations: {},
  },
  Article: {
    table: 'Article',
    globalIdType: 'Article',
    key: 'id',
    columns: columnsOf({
      url: 'text', title: 'text', subtitle: 'text', summary: 'text', source: 'text', author: 'text', publishedAt: 'timestamp',
      language: 'text', ingestedAt: 'timestamp', origin: 'enum', extractorVersion: 'text',
    }),
    relations: {},
    orderings: {
      PUBLISHED_AT: { column: 'publishedAt', kind: 'timestamp', nullable: true },
      TITLE: { column: 'title', kind: 'text', nullable: false },
      INGESTED_AT: { column: 'ingestedAt', kind: 'timestamp', nullable: false },
    },
    defaultOrder: { field: 'PUBLISHED_AT', direction: OrderDirection.DESC },
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
