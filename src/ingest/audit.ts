// The audit trail: every write records what it changed, inside its own transaction, with the API
// key that made it (none for the command-line tools).
import { Prisma } from '../generated/prisma/client';
import type { Transaction } from './transaction';

export interface AuditEntryInput {
  action: string;
  entityType?: string;
  entityId?: number;
  before?: unknown;
  after?: unknown;
}

/** Records one write; `apiKeyId` null for the command-line tools. */
export async function recordWrite(tx: Transaction, apiKeyId: number | null, entry: AuditEntryInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      apiKeyId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/** Rows as JSON: dates as ISO strings, decimals and bigints as strings. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === undefined || value === null) return Prisma.JsonNull;
  return JSON.parse(
    JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)),
  ) as Prisma.InputJsonValue;
}
