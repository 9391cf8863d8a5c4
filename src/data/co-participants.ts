// A person's co-participants, ranked: the SQL both the DataLoader path (src/data/stats.ts) and the
// statement compiler (the registry, src/data/entities.ts) read them with. Imports nothing of the
// read side's lists, so that the registry can import it.
import { Prisma } from '../generated/prisma/client';
import { badUserInput } from '../domain/input-error';
import { MAX_PAGE_SIZE } from './keyset';

/** Largest number of co-participants one person's list may hold. */
export const MAX_CO_PARTICIPANTS = MAX_PAGE_SIZE;

/** `first` of a list of co-participants, checked: 0 to MAX_CO_PARTICIPANTS. */
export function coParticipantCount(first: unknown): number {
  if (!Number.isInteger(first) || (first as number) < 0 || (first as number) > MAX_CO_PARTICIPANTS) {
    throw badUserInput('first', `must be between 0 and ${MAX_CO_PARTICIPANTS}`);
  }
  return first as number;
}

/**
 * The `first` people who shared the most events with the person whose ID is `person` (ties by
 * name, then ID), as rows `{ personId, sharedEvents, rank }` in that order: for the DataLoader
 * path (one person after another) and for compiled statements (src/data/entities.ts) alike.
 */
export function coParticipantsSql(person: Prisma.Sql, first: number): Prisma.Sql {
  return Prisma.sql`
    SELECT shared."coParticipantId" AS "personId", shared."sharedEvents",
      row_number() OVER (ORDER BY shared."sharedEvents" DESC, p."name", p."id") AS "rank"
    FROM (
      SELECT other."personId" AS "coParticipantId", count(DISTINCT mine."eventId")::int AS "sharedEvents"
      FROM "EventParticipant" mine JOIN "EventParticipant" other ON other."eventId" = mine."eventId" AND other."personId" <> mine."personId"
      WHERE mine."personId" = ${person}
      GROUP BY other."personId"
    ) shared JOIN "Person" p ON p."id" = shared."coParticipantId"
    ORDER BY "rank" LIMIT ${first}::int`;
}
