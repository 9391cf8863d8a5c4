// The write that replaces what is recorded of the extractor's reading of an article (its facts, each
// with the sentence and span it was read from) each time the extractor reads it.
import type { ExtractedFact as Fact } from '../extraction';
import type { Transaction } from './transaction';
import { normalizeName } from '../domain/natural-keys';
import type { IngestedIds } from './service';

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
  const rows = {
    personId: [] as (number | null)[],
    countryId: [] as (number | null)[],
    eventId: [] as (number | null)[],
    armsSaleId: [] as (number | null)[],
    fact: [] as string[],
    value: [] as (string | null)[],
    sentence: [] as string[],
    spanStart: [] as number[],
    spanEnd: [] as number[],
    confidence: [] as number[],
  };
  for (const fact of facts) {
    const { subject } = fact;
    const owner =
      subject.kind === 'PERSON'
        ? ids.people.get(normalizeName(subject.name))
        : subject.kind === 'COUNTRY'
          ? ids.countries.get(subject.code)
          : subject.kind === 'EVENT'
            ? ids.events.get(subject.slug)
            : ids.armsSales.get(subject.slug);
    if (owner === undefined) continue;
    rows.personId.push(subject.kind === 'PERSON' ? owner : null);
    rows.countryId.push(subject.kind === 'COUNTRY' ? owner : null);
    rows.eventId.push(subject.kind === 'EVENT' ? owner : null);
    rows.armsSaleId.push(subject.kind === 'ARMS_SALE' ? owner : null);
    rows.fact.push(fact.fact);
    rows.value.push(fact.value);
    rows.sentence.push(fact.sentence);
    rows.spanStart.push(fact.start);
    rows.spanEnd.push(fact.end);
    rows.confidence.push(fact.confidence);
  }
  // One statement however many facts (a long text has tens of thousands): arrays unnested in SQL,
  // not a row of bound parameters per fact; the earlier reading's facts are deleted by the same
  // statement (its snapshot does not see the rows it inserts).
  await tx.$executeRaw`
    WITH earlier AS (DELETE FROM "ExtractedFact" WHERE "articleId" = ${articleId})
    INSERT INTO "ExtractedFact" ("articleId", "personId", "countryId", "eventId", "armsSaleId", fact, value, sentence,
      "spanStart", "spanEnd", confidence, "extractorVersion")
    SELECT ${articleId}, f.* , ${extractorVersion}
    FROM unnest(${rows.personId}::int[], ${rows.countryId}::int[], ${rows.eventId}::int[], ${rows.armsSaleId}::int[],
      ${rows.fact}::text[], ${rows.value}::text[], ${rows.sentence}::text[], ${rows.spanStart}::int[], ${rows.spanEnd}::int[],
      ${rows.confidence}::float8[]) AS f`;
  return rows.fact.length;
}
