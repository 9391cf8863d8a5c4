// Facts left without a source: when an article is deleted, or re-extracted and no longer reporting
// them, the events and arms sales that only it mentioned go too — but never one that a concurrent
// write has just linked to.
import type { ArmsSale as ArmsSaleRow, Event as EventRow } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { storedColumns } from '../data/sql';
import type { Transaction } from './transaction';

export interface UnsupportedFacts {
  events: EventRow[];
  armsSales: ArmsSaleRow[];
}

/**
 * Holds the events and sales (`FOR UPDATE`) until the transaction ends: events before sales, each by
 * ID, the order ingestion locks them in. A write that removes their support (deletes an article)
 * takes them first, before the rows its removal changes, so it never holds those while waiting here.
 */
export async function lockFacts(tx: Transaction, { eventIds, armsSaleIds }: { eventIds: number[]; armsSaleIds: number[] }): Promise<void> {
  if (eventIds.length) await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ANY(${eventIds}::int[]) ORDER BY id FOR UPDATE`;
  if (armsSaleIds.length) await tx.$queryRaw`SELECT id FROM "ArmsSale" WHERE id = ANY(${armsSaleIds}::int[]) ORDER BY id FOR UPDATE`;
}

/**
 * Deletes those of the given events and sales that no article mentions (and, with `extractedOnly`,
 * that no person has stated), returning them as they were. Each candidate is locked (`FOR UPDATE`)
 * before it is judged: an ingest linking to it holds it (`FOR NO KEY UPDATE` / `FOR KEY SHARE`)
 * until it commits, so the judgement, a statement after the lock, sees that ingest's new mention.
 * (Judged without the lock, the uncommitted mention was invisible, and the cascade of the delete
 * removed an event an ingest had just answered as written.)
 */
export async function deleteUnsupportedFacts(
  tx: Transaction,
  candidates: { eventIds: number[]; armsSaleIds: number[] },
  { extractedOnly = false } = {},
): Promise<UnsupportedFacts> {
  const { eventIds, armsSaleIds } = candidates;
  if (!eventIds.length && !armsSaleIds.length) return { events: [], armsSales: [] };
  await lockFacts(tx, candidates);
  const armsSales = await deleteUnmentioned<ArmsSaleRow>(tx, 'ArmsSale', 'ArticleArmsSale', 'armsSaleId', armsSaleIds, extractedOnly);
  const events = await deleteUnmentioned<EventRow>(tx, 'Event', 'ArticleEvent', 'eventId', eventIds, extractedOnly);
  return { events, armsSales };
}

/**
 * Deletes the rows of `table` among `ids` that no article mentions (and, with `extractedOnly`, that
 * no person has stated), returning them as they were, by ID: one statement, judged and deleted
 * under the locks lockFacts took.
 */
async function deleteUnmentioned<T extends { id: number }>(
  tx: Transaction,
  table: 'ArmsSale' | 'Event',
  mentions: 'ArticleArmsSale' | 'ArticleEvent',
  mentionColumn: 'armsSaleId' | 'eventId',
  ids: number[],
  extractedOnly: boolean,
): Promise<T[]> {
  if (!ids.length) return [];
  const rows = await tx.$queryRaw<T[]>`
    DELETE FROM ${Prisma.raw(`"${table}"`)} AS t
    WHERE t.id = ANY(${ids}::int[]) AND (NOT ${extractedOnly}::boolean OR t.origin = 'EXTRACTED')
      AND NOT EXISTS (SELECT 1 FROM ${Prisma.raw(`"${mentions}" m WHERE m."${mentionColumn}"`)} = t.id)
    RETURNING ${storedColumns(table, 't')}`;
  return rows.sort((a, b) => a.id - b.id);
}
