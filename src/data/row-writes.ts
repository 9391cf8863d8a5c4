// One modelled row created or changed in hand-written SQL, returned whole as Prisma's `create` and
// `update` return it: for the writes that run without Prisma (src/data/sql-transaction.ts), and the
// same statements when they run in a Prisma transaction.
import { Prisma } from '../generated/prisma/client';
import { type ModelTable, storedColumns } from './sql';

/** The raw method both kinds of transaction have. */
interface RawQueries {
  $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T>;
}

/**
 * `data`'s columns with a value, as Prisma writes them: an undefined value is left out (null is
 * written), and `updatedAt` is set to now unless given (Prisma's `@updatedAt`). Each value is a
 * parameter whose type PostgreSQL takes from its column (a date, an enum, a text[], a numeric).
 */
function columnValues(data: Record<string, unknown>): [string, unknown][] {
  const set = Object.entries(data).filter(([, value]) => value !== undefined);
  if (!('updatedAt' in data)) set.push(['updatedAt', new Date()]);
  return set;
}

const quoted = (name: string) => Prisma.raw(`"${name}"`);

/** Changes the row of `table` with this ID; throws when there is none (Prisma's P2025). */
export async function updateRow<T>(tx: RawQueries, table: ModelTable, id: number, data: Record<string, unknown>): Promise<T> {
  const assignments = columnValues(data).map(([column, value]) => Prisma.sql`${quoted(column)} = ${value}`);
  const [row] = await tx.$queryRaw<T[]>(Prisma.sql`
    UPDATE ${quoted(table)} AS t SET ${Prisma.join(assignments, ', ')} WHERE t.id = ${id} RETURNING ${storedColumns(table, 't')}`);
  if (!row) throw new Error(`no ${table} has the ID ${id}`);
  return row;
}

/** Creates a row of `table`; the columns `data` leaves out take their defaults. */
export async function insertRow<T>(tx: RawQueries, table: ModelTable, data: Record<string, unknown>): Promise<T> {
  const values = columnValues(data);
  const [row] = await tx.$queryRaw<T[]>(Prisma.sql`
    INSERT INTO ${quoted(table)} AS t (${Prisma.join(values.map(([column]) => quoted(column)), ', ')})
    VALUES (${Prisma.join(values.map(([, value]) => value), ', ')}) RETURNING ${storedColumns(table, 't')}`);
  return row;
}
