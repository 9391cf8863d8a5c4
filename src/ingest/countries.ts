// The write core of countries: ISO 3166-1 reference data (no create or delete) whose aliases — the
// names the press uses for them — editors may set, audited in the caller's transaction.
import type { Country as CountryRow } from '../generated/prisma/client';
import type { UserError } from '../domain/user-errors';
import { countryIdOf, failOnUserErrors } from './references';
import { recordWrite } from './audit';
import type { Transaction } from './transaction';
import type { Writer } from './write-core';

/** A country by alpha-2 or alpha-3 code, and all the names the press uses for it. */
export interface CountryAliases {
  code: string;
  aliases: string[];
}

/**
 * Sets a country's aliases (trimmed, each once); an unknown code is a user error. The caller clears
 * the caches of country names once the transaction is committed.
 */
export async function updateCountryAliases(tx: Transaction, input: CountryAliases, writer: Writer): Promise<CountryRow> {
  const errors: UserError[] = [];
  const id = await countryIdOf(tx, input.code, ['input', 'code'], errors);
  failOnUserErrors(errors);
  const before = await tx.country.findUniqueOrThrow({ where: { id: id! } });
  const aliases = [...new Set(input.aliases.map((alias) => alias.trim()))];
  const country = await tx.country.update({ where: { id: id! }, data: { aliases } });
  await recordWrite(tx, writer.apiKeyId, {
    action: 'updateCountry',
    entityType: 'Country',
    entityId: country.id,
    before: { aliases: before.aliases },
    after: { aliases: country.aliases },
  });
  return country;
}
