// Small SQL building helpers shared by the services' filters.
import { Prisma } from '../generated/prisma/client';

/** A `%text%` LIKE pattern with the user's own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** `column ILIKE %text%` over one text column of alias `t`. */
export function textContains(column: string, text: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`t."${column}"`)} ILIKE ${containsPattern(text)}`;
}

/** Some element of a text[] column of alias `t` contains `text`, case-insensitively. */
export function arrayContainsText(column: string, text: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM unnest(${Prisma.raw(`t."${column}"`)}) AS element WHERE element ILIKE ${containsPattern(text)})`;
}
