// Person queries: lookups by ID and slug, the filtered list, and a person's relations.
import { Prisma } from '../generated/prisma/client';
import type { Person as PersonRow } from '../generated/prisma/client';
import { readModelRows } from './read';
import { arrayContainsText, containsPattern } from './sql';
import { byKey, type ReadContext } from './read-context';
import { badUserInput } from '../domain/input-error';
import { findList, ListArgs, ListDefinition, type ListOrder, loadRelation } from './list';
import { fromGlobalId } from './global-id';
import { OrderDirection } from './keyset';
import { countryIdForFilter } from './countries';

export type { PersonRow };

/** A list of people as its filter narrows it; all given conditions hold (the API's PersonFilter). */
export interface PersonFilter {
  /** Affiliated country (alpha-2 or alpha-3 code). */
  country?: string | null;
  /** Text in the name, aliases or title. */
  text?: string | null;
}

/** What lists of people can be ordered by. */
export enum PersonOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

export type PersonOrder = ListOrder<PersonOrderField>;

function personLoader(context: ReadContext) {
  return context.loaders.get<number, PersonRow | null>('personById', async (ids) =>
    byKey(ids, await readModelRows<PersonRow>(context.db, 'Person', Prisma.sql`t."id" = ANY(${[...ids]}::int[])`), (row) => row.id),
  );
}

export function loadPerson(context: ReadContext, id: number): Promise<PersonRow | null> {
  return personLoader(context).load(id);
}

export function primePerson(context: ReadContext, row: PersonRow): void {
  personLoader(context).prime(row.id, row);
}

export function loadPersonBySlug(context: ReadContext, slug: string): Promise<PersonRow | null> {
  return context.loaders
    .get<string, PersonRow | null>('personBySlug', async (slugs) =>
      byKey(slugs, await readModelRows<PersonRow>(context.db, 'Person', Prisma.sql`t."slug" = ANY(${[...slugs]}::text[])`), (row) => row.slug),
    )
    .load(slug);
}

/** A filter names a person by slug or by global ID; one that names nobody is the client's error. */
export async function personIdForFilter(context: ReadContext, reference: string, field: string): Promise<number> {
  const bySlug = await loadPersonBySlug(context, reference);
  if (bySlug) return bySlug.id;
  let id: number | undefined;
  try {
    const decoded = fromGlobalId(reference, field);
    if (decoded.type === 'Person') id = decoded.id;
  } catch {
    // not an ID either: reported below
  }
  const person = id === undefined ? null : await loadPerson(context, id);
  if (!person) throw badUserInput(field, `no person has the slug or ID "${reference}"`);
  return person.id;
}

export type PersonListArgs = ListArgs<PersonFilter, PersonOrder>;

/** How clients filter and order people. */
export const personList: ListDefinition<PersonFilter, PersonOrder> = {
  table: 'Person',
  sortColumns: {
    NAME: { column: 'name', kind: 'text', nullable: false },
    CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
  },
  defaultOrder: { field: PersonOrderField.NAME, direction: OrderDirection.ASC },
  async conditions(context, filter) {
    const conditions: Prisma.Sql[] = [];
    if (filter?.country != null) {
      const countryId = await countryIdForFilter(context, filter.country, 'filter.country');
      conditions.push(Prisma.sql`t."countryId" = ${countryId}::int`);
    }
    if (filter?.text != null) {
      const pattern = containsPattern(filter.text);
      conditions.push(
        Prisma.sql`(t."name" ILIKE ${pattern} OR t."title" ILIKE ${pattern} OR ${arrayContainsText('aliases', filter.text)})`,
      );
    }
    return conditions;
  },
};

export function findPeople(context: ReadContext, args: PersonListArgs, totalCountSelected = false) {
  return findList<PersonRow, PersonFilter, PersonOrder>(personList, context, args, totalCountSelected);
}

export function loadPeopleOfCountry(context: ReadContext, countryId: number, args: PersonListArgs) {
  return loadRelation<PersonRow, PersonFilter, PersonOrder>(personList, context, 'Country', 'people', countryId, args);
}

export function loadPeopleOfArticle(context: ReadContext, articleId: number, args: PersonListArgs) {
  return loadRelation<PersonRow, PersonFilter, PersonOrder>(personList, context, 'Article', 'people', articleId, args);
}
