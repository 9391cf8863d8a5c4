// Extracted facts: the lists clients read (by article or by entity) and the write that replaces an
// article's facts each time the extractor reads it.
import { Prisma } from '../../generated/prisma/client';
import type { ExtractedFact as ExtractedFactRow } from '../../generated/prisma/client';
import type { ExtractedFact as Fact } from '../../extraction';
import type { Context } from '../../graphql/context';
import { ListArgs, ListDefinition, loadListOf } from '../../graphql/list';
import type { Transaction } from '../../graphql/mutations';
import { OrderDirection } from '../../graphql/relay';
import { type IngestedIds, normalize } from '../ingest/service';
import { ExtractedFactFilter, ExtractedFactOrder, ExtractedFactOrderField } from './type';

export type { ExtractedFactRow };

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
  context: Context,
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

/**
 * Replaces what is recorded of the extractor's reading of an article with `facts`, each tied to
 * the entity the ingestion wrote for it. Facts about an entity the ingestion did not write (none,
 * unless the extractor contradicts itself) are left out rather than guessed.
 */
export async function replaceExtractedFacts(
  tx: Transaction,
  articleId: number,
  facts: Fact[],
  ids: IngestedIds,
  extractorVersion: string,
): Promise<number> {
  await tx.extractedFact.deleteMany({ where: { articleId } });
  const rows: Prisma.ExtractedFactCreateManyInput[] = [];
  for (const fact of facts) {
    const { subject } = fact;
    const owner =
      subject.kind === 'PERSON'
        ? { personId: ids.people.get(normalize(subject.name)) }
        : subject.kind === 'COUNTRY'
          ? { countryId: ids.countries.get(subject.code) }
          : subject.kind === 'EVENT'
            ? { eventId: ids.events.get(subject.slug) }
            : { armsSaleId: ids.armsSales.get(subject.slug) };
    if (Object.values(owner)[0] === undefined) continue;
    rows.push({
      articleId,
      ...owner,
      fact: fact.fact,
      value: fact.value,
      sentence: fact.sentence,
      spanStart: fact.start,
      spanEnd: fact.end,
      confidence: fact.confidence,
      extractorVersion,
    });
  }
  if (rows.length) await tx.extractedFact.createMany({ data: rows });
  return rows.length;
}
