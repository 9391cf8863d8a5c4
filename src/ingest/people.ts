// The write core of people: creating, changing and deleting a person as a person's hand-stated
// facts, each audited in the caller's transaction. The GraphQL mutations call these.
import type { Person as PersonRow } from '../generated/prisma/client';
import { personSlugOf } from '../domain/natural-keys';
import { EDITED_BY_A_PERSON } from '../domain/origin';
import { type UserError, userError, UserErrorCode } from '../domain/user-errors';
import { countryIdOf, failOnUserErrors, nullsOfRequired, personIdOf } from './references';
import { recordWrite } from './audit';
import { lockNaturalKeys, personSlugKey } from './locks';
import type { Transaction } from './transaction';
import type { Writer } from './write-core';

/** A new person: a country by code; absent fields are empty. */
export interface NewPerson {
  name: string;
  slug?: string | null;
  aliases?: string[] | null;
  title?: string | null;
  country?: string | null;
  description?: string | null;
}

/** Changes of a person (by global ID or slug): undefined leaves a field as it is, null clears it. */
export interface PersonChanges {
  person: string;
  name?: string | null;
  slug?: string | null;
  aliases?: string[] | null;
  title?: string | null;
  country?: string | null;
  description?: string | null;
}

/** A unique violation on these columns is TAKEN on these input fields (a concurrent write took the value). */
export const PERSON_UNIQUE_FIELDS = { slug: ['input', 'slug'] };

/** A TAKEN user error when another person holds `slug`, which stays locked until the write ends. */
async function checkSlugFree(tx: Transaction, slug: string, exceptId: number | null, errors: UserError[], generated: boolean) {
  // Ingests that could create a row with this slug wait for this write, and it for them.
  await lockNaturalKeys(tx, [personSlugKey(slug)]);
  const holder = await tx.person.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== exceptId) {
    const hint = generated ? ' (made from the name): give the new person a distinct `slug`' : '';
    errors.push(userError(['input', 'slug'], `Another person has the slug "${slug}"${hint}`, UserErrorCode.TAKEN));
  }
}

/** Records a person; user errors (a taken slug, an unknown country) are thrown as UserInputFailure. */
export async function createPerson(tx: Transaction, input: NewPerson, writer: Writer): Promise<PersonRow> {
  const errors: UserError[] = [];
  const name = input.name.trim();
  const slug = personSlugOf({ slug: input.slug, name });
  await checkSlugFree(tx, slug, null, errors, input.slug == null);
  const countryId = input.country == null ? null : await countryIdOf(tx, input.country, ['input', 'country'], errors);
  failOnUserErrors(errors);
  const person = await tx.person.create({
    data: { name, slug, aliases: input.aliases ?? [], title: input.title ?? null, countryId, description: input.description ?? null },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'createPerson', entityType: 'Person', entityId: person.id, after: person });
  return person;
}

/** Changes a person as a person's edit: from then on the extractor fills only what is empty. */
export async function updatePerson(tx: Transaction, input: PersonChanges, writer: Writer): Promise<PersonRow> {
  const errors = nullsOfRequired(input, ['name', 'slug']);
  const id = await personIdOf(tx, input.person, ['input', 'person'], errors);
  if (id != null && input.slug != null) await checkSlugFree(tx, input.slug, id, errors, false);
  const countryId = input.country == null ? input.country : await countryIdOf(tx, input.country, ['input', 'country'], errors);
  failOnUserErrors(errors);
  const before = await tx.person.findUniqueOrThrow({ where: { id: id! } });
  const person = await tx.person.update({
    where: { id: id! },
    data: {
      ...EDITED_BY_A_PERSON,
      name: input.name?.trim(),
      slug: input.slug ?? undefined,
      aliases: input.aliases === undefined ? undefined : (input.aliases ?? []),
      title: input.title,
      countryId,
      description: input.description,
    },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'updatePerson', entityType: 'Person', entityId: person.id, before, after: person });
  return person;
}

/** Deletes a person (by global ID or slug) with their event roles and article mentions; returns them as they were. */
export async function deletePerson(tx: Transaction, reference: string, writer: Writer): Promise<PersonRow> {
  const errors: UserError[] = [];
  const id = await personIdOf(tx, reference, ['input', 'person'], errors);
  failOnUserErrors(errors);
  const before = await tx.person.delete({ where: { id: id! } });
  await recordWrite(tx, writer.apiKeyId, { action: 'deletePerson', entityType: 'Person', entityId: before.id, before });
  return before;
}
