// Extracted facts: the lists clients read, by article or by entity. (The write that replaces an
// article's facts each time the extractor reads it is the write core's: ingest/extracted-facts.ts.)
import { Prisma } from '../generated/prisma/client';
import type { ExtractedFact as ExtractedFactRow } from '../generated/prisma/client';
import type { ReadContext } from './read-context';
import { ListArgs, ListDefinition, type ListOrder, loadListOf } from './list';
import { OrderDirection } from './keyset';

export type { ExtractedFactRow };

/** A list of extracted facts as its filter narrows it (the API's ExtractedFactFilter). */
export interface ExtractedFactFilter {
  /** Only facts of this kind, e.g. "title". */
  fact?: string | null;
}

/** What lists of extracted facts can be ordered by. */
export enum ExtractedFactOrderField {
  POSITION = 'POSITION',
  CREATED_AT = 'CREATED_AT',
}

export type ExtractedFactOrder = ListOrder<ExtractedFactOrderField>;

export type ExtractedFactListArgs = ListArgs<ExtractedFactFilter, ExtractedFactOrder>;

export const extractedFactList: ListDefinition<ExtractedFactFilter, ExtractedFactOrder> = {
  table: 'ExtractedFact',
  sortColumns: {
    POSITION: { column: 'spanStart', kind: 'integer', nullable: false },
    CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
  },
  defaultOrder: { field: ExtractedFactOrderField.POSITION, direction: OrderDirection.ASC },
  conditions(_context, filter) {
    return filter?.fact != null ? [Prisma.sql`t."fact" = ${filter.fact}`] : [];
  },
};

/** The column of ExtractedFact that points at each kind of owner. */
const OWNER_COLUMNS = {
  Article: 'articleId',
  Person: 'personId',
  Country: 'countryId',
  Event: 'eventId',
  ArmsSale: 'armsSaleId',
} as const;

export type FactOwner = keyof typeof OWNER_COLUMNS;

/** One page of the facts read in an article, or read about an entity; batched per request. */
export function loadExtractedFactsOf(
  context: ReadContext,
  owner: FactOwner,
  ownerId: number,
  args: ExtractedFactListArgs,
) {
  const column = Prisma.raw(`t."${OWNER_COLUMNS[owner]}"`);
  return loadListOf<ExtractedFactRow, ExtractedFactFilter, ExtractedFactOrder>(
    extractedFactList,
    context,
    `${owner}.extractedFacts`,
    ownerId,
    args,
    (parentKey) => Prisma.sql`${column} = ${parentKey}`,
  );
}
