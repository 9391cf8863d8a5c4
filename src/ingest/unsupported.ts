// Facts left without a source: when an article is deleted, or re-extracted and no longer reporting
// them, the events and arms sales that only it mentioned go too — but never one that a concurrent
// write has just linked to.
import type { ArmsSale as ArmsSaleRow, Event as EventRow } from '../generated/prisma/client';
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
  const unsupported = { articleMentions: { none: {} }, ...(extractedOnly ? { origin: 'EXTRACTED' as const } : {}) };
  const armsSales = await tx.armsSale.findMany({ where: { id: { in: armsSaleIds }, ...unsupported }, orderBy: { id: 'asc' } });
  const events = await tx.event.findMany({ where: { id: { in: eventIds }, ...unsupported }, orderBy: { id: 'asc' } });
  if (armsSales.length) await tx.armsSale.deleteMany({ where: { id: { in: armsSales.map((sale) => sale.id) } } });
  if (events.length) await tx.event.deleteMany({ where: { id: { in: events.map((event) => event.id) } } });
  return { events, armsSales };
}
