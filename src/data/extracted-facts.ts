// Extracted facts: the lists clients read, by article or by entity. (The write that replaces an
// article's facts each time the extractor reads it is the write core's: ingest/extracted-facts.ts.)
import { Prisma } from '../generated/prisma/client';
import type { ExtractedFact as ExtractedFactRow } from '../generated/prisma/client';
import type { ReadContext } from './read-context';
import { ListArgs, ListDefinition, type ListOrder, loadRelation } from './list';
import { listOrderings } from './entities';

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
  // Orderings from the entity registry (src/data/entities.ts), which the statement compiler reads too.
  ...listOrderings<ExtractedFactOrderField>('ExtractedFact'),
  conditions(_context, filter) {
    return filter?.fact != null ? [Prisma.sql`t."fact" = ${filter.fact}`] : [];
  },
};

/** The entities facts are read in (articles) or about: each has the relation `extractedFacts` in the registry. */
export type FactOwner = 'Article' | 'Person' | 'Country' | 'Event' | 'ArmsSale';

/** One page of the facts read in an article, or read about an entity; batched per request. */
export function loadExtractedFactsOf(
  context: ReadContext,
  owner: FactOwner,
  ownerId: number,
  args: ExtractedFactListArgs,
) {
  return loadRelation<ExtractedFactRow, ExtractedFactFilter, ExtractedFactOrder>(extractedFactList, context, owner, 'extractedFacts', ownerId, args);
}
