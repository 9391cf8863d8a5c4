// The audit trail: every write records what it changed, inside its own transaction, with the API
// key that made it (none for the command-line tools).
import type { Transaction } from './transaction';

export interface AuditEntryInput {
  action: string;
  entityType?: string;
  entityId?: number;
  before?: unknown;
  after?: unknown;
}

/**
 * Records one write; `apiKeyId` null for the command-line tools. A plain INSERT that reads nothing
 * back: every write sends one, so it costs no more than it must.
 */
export async function recordWrite(tx: Transaction, apiKeyId: number | null, entry: AuditEntryInput): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AuditEntry" ("apiKeyId", action, "entityType", "entityId", before, after)
    VALUES (${apiKeyId}::int, ${entry.action}, ${entry.entityType ?? null}::text, ${entry.entityId ?? null}::int,
      ${jsonText(entry.before)}::jsonb, ${jsonText(entry.after)}::jsonb)`;
}

/** A row as JSON text (dates as ISO strings, decimals and bigints as strings); nothing is JSON's null, as Prisma's JsonNull stored it. */
function jsonText(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, item) => (typeof item === 'bigint' ? item.toString() : item));
}
