// Country queries: lookups by ID and code (batched per request), and the filtered, ordered list.
import { Prisma } from '../generated/prisma/client';
import type { Country as CountryRow } from '../generated/prisma/client';
import { readModelRows } from './read';
import { arrayContainsText, containsPattern } from './sql';
import { byKey, type ReadContext } from './read-context';
import { badUserInput } from '../domain/input-error';
import { findList, ListArgs, ListDefinition, type ListOrder, loadRelation } from './list';
import { OrderDirection } from './keyset';

export type { CountryRow };

/** A list of countries as its filter narrows it; all given conditions hold (the API's CountryFilter). */
export interface CountryFilter {
  region?: string | null;
  subregion?: string | null;
  /** Text in the names, codes, demonyms or aliases. */
  text?: string | null;
}

/** What lists of countries can be ordered by. */
export enum CountryOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
}

export type CountryOrder = ListOrder<CountryOrderField>;

function countryLoader(context: ReadContext) {
  return context.loaders.get<number, CountryRow | null>('countryById', async (ids) =>
    byKey(ids, await readModelRows<CountryRow>(context.db, 'Country', Prisma.sql`t."id" = ANY(${[...ids]}::int[])`), (row) => row.id),
  );
}

export function loadCountry(context: ReadContext, id: number): CountryRow | null | Promise<CountryRow | null> {
  const ready = context.countryDirectory?.readyCountries();
  if (ready) return ready.byId.get(id) ?? null;
  return loadCountryAsync(context, id);
}

async function loadCountryAsync(context: ReadContext, id: number): Promise<CountryRow | null> {
  const directory = context.countryDirectory?.countries();
  if (directory) return (await directory).byId.get(id) ?? null;
  return countryLoader(context).load(id);
}

/** Finds a country by alpha-2 or alpha-3 code, in any case. */
export async function loadCountryByCode(context: ReadContext, code: string): Promise<CountryRow | null> {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(normalized)) return null;
  const directory = context.countryDirectory?.countries();
  if (directory) return (await directory).byCode.get(normalized) ?? null;
  return context.loaders
    .get<string, CountryRow | null>('countryByCode', async (codes) => {
      const rows = await readModelRows<CountryRow>(
        context.db,
        'Country',
        Prisma.sql`(t."code" = ANY(${[...codes]}::text[]) OR t."code3" = ANY(${[...codes]}::text[]))`,
      );
      return codes.map((key) => rows.find((row) => row.code === key || row.code3 === key) ?? null);
    })
    .load(normalized);
}

/** The database ID of the country a filter names by code; an unknown code is the client's error. */
export async function countryIdForFilter(context: ReadContext, code: string, field: string): Promise<number> {
  const country = await loadCountryByCode(context, code);
  if (!country) throw badUserInput(field, `"${code}" is not an ISO 3166-1 alpha-2 or alpha-3 country code`);
  return country.id;
}

/** How clients filter and order countries. */
export const countryList: ListDefinition<CountryFilter, CountryOrder> = {
  table: 'Country',
  sortColumns: {
    NAME: { column: 'name', kind: 'text', nullable: false },
    CODE: { column: 'code', kind: 'text', nullable: false },
  },
  defaultOrder: { field: CountryOrderField.NAME, direction: OrderDirection.ASC },
  conditions(_context, filter) {
    const conditions: Prisma.Sql[] = [];
    if (filter?.region != null) conditions.push(Prisma.sql`t."region" = ${filter.region}`);
    if (filter?.subregion != null) conditions.push(Prisma.sql`t."subregion" = ${filter.subregion}`);
    if (filter?.text != null) {
      const pattern = containsPattern(filter.text);
      conditions.push(
        Prisma.sql`(t."name" ILIKE ${pattern} OR t."officialName" ILIKE ${pattern} OR t."code" = ${filter.text.toUpperCase()}
          OR t."code3" = ${filter.text.toUpperCase()} OR ${arrayContainsText('aliases', filter.text)}
          OR ${arrayContainsText('demonyms', filter.text)})`,
      );
    }
    return conditions;
  },
};

export function findCountries(context: ReadContext, args: ListArgs<CountryFilter, CountryOrder>, totalCountSelected = false) {
  return findList<CountryRow, CountryFilter, CountryOrder>(countryList, context, args, totalCountSelected);
}

export function loadCountriesOfArticle(context: ReadContext, articleId: number, args: ListArgs<CountryFilter, CountryOrder>) {
  return loadRelation<CountryRow, CountryFilter, CountryOrder>(countryList, context, 'Article', 'countries', articleId, args);
}
