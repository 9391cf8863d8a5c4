// Who stated a fact, and whose word wins: what a person stated (MANUAL) is never overwritten by the
// extractor (EXTRACTED), which on hand-stated rows only fills what is empty.
import { Prisma } from '../generated/prisma/client';
import type { FactOrigin } from '../generated/prisma/client';

/** What every edit by a person writes beside its changes: the row is hand-stated from now on. */
export const EDITED_BY_A_PERSON = { origin: 'MANUAL' } as const satisfies { origin: FactOrigin };

/** Whether a stored value and a wanted one are the same, compared as stored (dates by instant, decimals exactly). */
export function sameStoredValue(current: unknown, wanted: unknown): boolean {
  if (wanted instanceof Date || current instanceof Date) {
    return wanted instanceof Date && current instanceof Date && wanted.getTime() === current.getTime();
  }
  if (Prisma.Decimal.isDecimal(current)) return wanted != null && (current as Prisma.Decimal).equals(wanted as Prisma.Decimal);
  return JSON.stringify(current) === JSON.stringify(wanted);
}

/** The fields of `wanted` whose values differ from the row's (undefined: not given, left alone). */
export function changedFields<T extends Record<string, unknown>>(row: Record<string, unknown>, wanted: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const [key, value] of Object.entries(wanted) as [keyof T & string, unknown][]) {
    if (value !== undefined && !sameStoredValue(row[key], value)) changes[key] = value as T[keyof T & string];
  }
  return changes;
}

/**
 * What of `fields` a writer of origin `writer` may write over an existing row:
 * - a person (MANUAL) writes every change, and the row becomes hand-stated;
 * - the extractor replaces values on rows only it has stated — except on another reading's row
 *   (`fillOnly`: a row it matched as the same story under another slug, or one under its own slug
 *   that another article's reading states too), which like a hand-stated row it only completes:
 *   it fills what is empty, and aliases (a union) always grow.
 */
export function writableFields<T extends Record<string, unknown>>(
  writer: FactOrigin,
  existing: Record<string, unknown> & { origin: FactOrigin },
  fields: T,
  { fillOnly = false } = {},
): Partial<T> & { origin?: FactOrigin } {
  if (writer === 'MANUAL') return changedFields(existing, { ...fields, ...EDITED_BY_A_PERSON });
  if (existing.origin === 'EXTRACTED' && !fillOnly) return changedFields(existing, fields);
  const fillable = Object.entries(fields).filter(([key]) => key === 'aliases' || existing[key] == null);
  return changedFields(existing, Object.fromEntries(fillable) as Partial<T>);
}

/** The extractor reading an article a person wrote: it adds the mentions it lacks but removes none. */
export function mentionsOnlyGrow(writer: FactOrigin, article: { origin: FactOrigin }): boolean {
  return writer === 'EXTRACTED' && article.origin === 'MANUAL';
}
