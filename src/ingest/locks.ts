// Locks on natural keys: a write waits only for the writes that touch the same article, person,
// event or sale, so that ingests of unrelated articles run side by side. (Countries are reference
// data, never created or deleted by a write: referring to one needs no lock.)
import crypto from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';

/**
 * The kinds of natural key, in the order every write takes their locks: a write that learns of
 * more keys as it goes (a delete reads an article's events once it holds the article) still takes
 * them in this order, so two writes never wait for each other in a circle.
 */
export enum LockSpace {
  /** The whole graph: every write holds it shared, before any key; a bulk load holds it alone. */
  WHOLE_GRAPH = 0,
  ARTICLE = 1,
  PERSON = 2,
  EVENT = 3,
  ARMS_SALE = 4,
}

/** A natural key to lock: its kind and its text ("https://…", "antony-blinken", "MEETING@2025-01-05"). */
export interface NaturalKey {
  space: LockSpace;
  key: string;
}

/**
 * The key's 32-bit lock number (PostgreSQL's two-number advisory lock: kind, number). Two keys may
 * share a number (one in four billion): they then wait for each other, which is never wrong.
 */
function lockNumberOf(key: string): number {
  return crypto.createHash('sha1').update(key).digest().readInt32BE(0);
}

/** The locks of `keys`, each once, sorted by kind and number: the one order every write takes them in. */
export function lockOrder(keys: NaturalKey[]): { space: number; number: number }[] {
  const locks = new Map<string, { space: number; number: number }>();
  for (const { space, key } of keys) {
    const number = lockNumberOf(key);
    locks.set(`${space}:${number}`, { space, number });
  }
  return [...locks.values()].sort((a, b) => a.space - b.space || a.number - b.number);
}

/**
 * Waits for the keys' locks and holds them until the transaction ends (pg_advisory_xact_lock). One
 * statement takes them all, in lockOrder (unnest yields the arrays in order). `shared`: only
 * against writers that take the same keys exclusively (a reference, not a change).
 */
export async function lockNaturalKeys(tx: Prisma.TransactionClient, keys: NaturalKey[], { shared = false } = {}): Promise<void> {
  const locks = lockOrder(keys);
  if (!locks.length) return;
  const spaces = locks.map((lock) => lock.space);
  const numbers = locks.map((lock) => lock.number);
  if (shared) {
    await tx.$queryRaw`SELECT count(pg_advisory_xact_lock_shared(l.space, l.number))::int AS locked FROM unnest(${spaces}::int[], ${numbers}::int[]) AS l(space, number)`;
  } else {
    await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(l.space, l.number))::int AS locked FROM unnest(${spaces}::int[], ${numbers}::int[]) AS l(space, number)`;
  }
}

/**
 * What runWrite takes first in one statement: the whole graph shared, then `keys` exclusively, in
 * lockOrder (the whole graph's space, 0, sorts first). A write that knows its keys before its
 * transaction (an ingest) so waits for nothing twice and sends one statement, not two or three.
 */
export async function lockWholeGraphAndKeys(tx: Prisma.TransactionClient, keys: NaturalKey[]): Promise<void> {
  const locks = lockOrder(keys);
  if (!locks.length) return lockWholeGraph(tx);
  const { spaces, numbers } = wholeGraphAndKeys(locks);
  await tx.$queryRaw`
    SELECT count(CASE WHEN l.space = ${LockSpace.WHOLE_GRAPH}::int THEN pg_advisory_xact_lock_shared(l.space, l.number)::text
                      ELSE pg_advisory_xact_lock(l.space, l.number)::text END)::int AS locked
    FROM unnest(${spaces}::int[], ${numbers}::int[]) AS l(space, number)`;
}

/** The whole graph's lock, then the keys' in lockOrder, as two arrays (unnest yields them in order). */
function wholeGraphAndKeys(locks: { space: number; number: number }[]): { spaces: number[]; numbers: number[] } {
  return { spaces: [LockSpace.WHOLE_GRAPH, ...locks.map((lock) => lock.space)], numbers: [0, ...locks.map((lock) => lock.number)] };
}

/**
 * lockWholeGraphAndKeys's statement with its numbers written into the text (all integers: nothing
 * to escape), so that a transaction run without Prisma sends it with its BEGIN in one message
 * (src/data/sql-transaction.ts `opening`). Planned each time, as a statement without parameters is:
 * a scan of two small arrays.
 */
export function wholeGraphAndKeysLockText(keys: NaturalKey[]): string {
  const { spaces, numbers } = wholeGraphAndKeys(lockOrder(keys));
  const array = (values: number[]) => `'{${values.map((value) => Math.trunc(value)).join(',')}}'::int[]`;
  return `SELECT count(CASE WHEN l.space = ${LockSpace.WHOLE_GRAPH} THEN pg_advisory_xact_lock_shared(l.space, l.number)::text
    ELSE pg_advisory_xact_lock(l.space, l.number)::text END)::int AS locked FROM unnest(${array(spaces)}, ${array(numbers)}) AS l(space, number)`;
}

/**
 * Every write holds the whole graph shared (runWrite takes it first), so writes pass each other;
 * a bulk load, which touches too many keys to lock them one by one (PostgreSQL's lock table holds a
 * few thousand), takes it alone (`exclusive`) and waits for the writes in flight, which wait for it.
 */
export async function lockWholeGraph(tx: Prisma.TransactionClient, { exclusive = false } = {}): Promise<void> {
  if (exclusive) await tx.$queryRaw`SELECT pg_advisory_xact_lock(${LockSpace.WHOLE_GRAPH}::int, 0)::text AS locked`;
  else await tx.$queryRaw`SELECT pg_advisory_xact_lock_shared(${LockSpace.WHOLE_GRAPH}::int, 0)::text AS locked`;
}

/** An article's key: its URL, or the hash of its body when it has none. */
export const articleKey = (key: { url: string | null; contentHash: string | null }): NaturalKey => ({
  space: LockSpace.ARTICLE,
  key: key.url != null ? `url:${key.url}` : `hash:${key.contentHash}`,
});
/** A person's slug, or a name or alias (normalized) a new person could be matched by. */
export const personSlugKey = (slug: string): NaturalKey => ({ space: LockSpace.PERSON, key: `slug:${slug}` });
export const personNameKey = (normalizedName: string): NaturalKey => ({ space: LockSpace.PERSON, key: `name:${normalizedName}` });
/** An event's slug, or the kind and day under which the extractor's readings of one event are matched. */
export const eventSlugKey = (slug: string): NaturalKey => ({ space: LockSpace.EVENT, key: `slug:${slug}` });
export const eventMatchKey = (matchKey: string): NaturalKey => ({ space: LockSpace.EVENT, key: `match:${matchKey}` });
/** A sale's slug, or its supplier and recipient (under which the extractor's readings of one sale are matched). */
export const armsSaleSlugKey = (slug: string): NaturalKey => ({ space: LockSpace.ARMS_SALE, key: `slug:${slug}` });
export const armsSaleMatchKey = (matchKey: string): NaturalKey => ({ space: LockSpace.ARMS_SALE, key: `match:${matchKey}` });

/**
 * Locks the article with this ID by its natural key, as ingests of it do. False when it does not
 * exist (or was deleted while this write waited). The key is read again once locked: a concurrent
 * change of the URL would otherwise leave the new key unlocked.
 */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: number): Promise<boolean> {
  const keyOf = (id: number) => tx.article.findUnique({ where: { id }, select: { url: true, contentHash: true } });
  let key = await keyOf(articleId);
  while (key) {
    await lockNaturalKeys(tx, [articleKey(key)]);
    const locked = await keyOf(articleId);
    if (locked?.url === key.url && locked?.contentHash === key.contentHash) return true;
    key = locked;
  }
  return false;
}
