// The write core of arms sales: creating, changing and deleting a sale as a person's hand-stated
// facts, each audited in the caller's transaction. The GraphQL mutations call these.
import type { ArmsSale as ArmsSaleRow } from '../generated/prisma/client';
import { EDITED_BY_A_PERSON } from '../domain/origin';
import { type UserError, userError, UserErrorCode } from '../domain/user-errors';
import { armsSaleIdOf, countryIdOf, eventIdOf, failOnUserErrors, nullsOfRequired } from './references';
import { recordWrite } from './audit';
import { armsSaleSlugKey, lockNaturalKeys } from './locks';
import type { ArmsSaleFields } from './article-input';
import type { Transaction } from './transaction';
import type { Writer } from './write-core';

/** A new sale: countries by code, the announcing event by global ID or slug, values as decimal strings. */
export type NewArmsSale = ArmsSaleFields;

/** Changes of a sale (by global ID or slug): undefined leaves a field as it is, null clears it. */
export type ArmsSaleChanges = { armsSale: string } & { [Field in keyof NewArmsSale]?: NewArmsSale[Field] | null };

/** A unique violation on these columns is TAKEN on these input fields (a concurrent write took the value). */
export const ARMS_SALE_UNIQUE_FIELDS = { slug: ['input', 'slug'] };

function checkValue(valueUsd: string | null | undefined, errors: UserError[]): void {
  if (valueUsd != null && Number(valueUsd) < 0) {
    errors.push(userError(['input', 'valueUsd'], 'A value cannot be negative', UserErrorCode.OUT_OF_RANGE));
  }
}

function checkParties(supplierId: number | null | undefined, recipientId: number | null | undefined, errors: UserError[]): void {
  if (supplierId != null && supplierId === recipientId) {
    errors.push(userError(['input', 'recipient'], 'A country cannot sell arms to itself', UserErrorCode.INVALID));
  }
}

async function checkSlugFree(tx: Transaction, slug: string, exceptId: number | null, errors: UserError[]) {
  // Ingests that could create a row with this slug wait for this write, and it for them.
  await lockNaturalKeys(tx, [armsSaleSlugKey(slug)]);
  const holder = await tx.armsSale.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== exceptId) {
    errors.push(userError(['input', 'slug'], `Another arms sale has the slug "${slug}"`, UserErrorCode.TAKEN));
  }
}

/** Records a sale; user errors (unknown or equal parties, a negative value, a taken slug) are thrown as UserInputFailure. */
export async function createArmsSale(tx: Transaction, input: NewArmsSale, writer: Writer): Promise<ArmsSaleRow> {
  const errors: UserError[] = [];
  const supplierId = await countryIdOf(tx, input.supplier, ['input', 'supplier'], errors);
  const recipientId = await countryIdOf(tx, input.recipient, ['input', 'recipient'], errors);
  checkParties(supplierId, recipientId, errors);
  checkValue(input.valueUsd, errors);
  const eventId = input.event == null ? null : await eventIdOf(tx, input.event, ['input', 'event'], errors);
  if (input.slug != null) await checkSlugFree(tx, input.slug, null, errors);
  failOnUserErrors(errors);
  const sale = await tx.armsSale.create({
    data: {
      supplierId: supplierId!,
      recipientId: recipientId!,
      valueUsd: input.valueUsd ?? null,
      valueOriginal: input.valueOriginal ?? null,
      currency: input.currency ?? null,
      items: input.items.trim(),
      designation: input.designation ?? null,
      quantity: input.quantity ?? null,
      status: input.status,
      announcedDate: input.announcedDate ?? null,
      eventId,
      slug: input.slug ?? null,
    },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'createArmsSale', entityType: 'ArmsSale', entityId: sale.id, after: sale });
  return sale;
}

/** Changes a sale as a person's edit: from then on the extractor fills only what is empty. */
export async function updateArmsSale(tx: Transaction, input: ArmsSaleChanges, writer: Writer): Promise<ArmsSaleRow> {
  const errors = nullsOfRequired(input, ['supplier', 'recipient', 'items', 'status']);
  const id = await armsSaleIdOf(tx, input.armsSale, ['input', 'armsSale'], errors);
  const before = id == null ? null : await tx.armsSale.findUnique({ where: { id } });
  const supplierId = input.supplier == null ? before?.supplierId : await countryIdOf(tx, input.supplier, ['input', 'supplier'], errors);
  const recipientId = input.recipient == null ? before?.recipientId : await countryIdOf(tx, input.recipient, ['input', 'recipient'], errors);
  checkParties(supplierId, recipientId, errors);
  checkValue(input.valueUsd, errors);
  const eventId = input.event == null ? input.event : await eventIdOf(tx, input.event, ['input', 'event'], errors);
  if (id != null && input.slug != null) await checkSlugFree(tx, input.slug, id, errors);
  failOnUserErrors(errors);
  const sale = await tx.armsSale.update({
    where: { id: id! },
    data: {
      // A person's edit: from now on the extractor fills only what is empty.
      ...EDITED_BY_A_PERSON,
      supplierId: supplierId!,
      recipientId: recipientId!,
      valueUsd: input.valueUsd,
      valueOriginal: input.valueOriginal,
      currency: input.currency,
      items: input.items?.trim(),
      designation: input.designation,
      quantity: input.quantity,
      status: input.status ?? undefined,
      announcedDate: input.announcedDate,
      eventId,
      slug: input.slug,
    },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'updateArmsSale', entityType: 'ArmsSale', entityId: sale.id, before, after: sale });
  return sale;
}

/** Deletes a sale (by global ID or slug) with its mentions; returns it as it was. */
export async function deleteArmsSale(tx: Transaction, reference: string, writer: Writer): Promise<ArmsSaleRow> {
  const errors: UserError[] = [];
  const id = await armsSaleIdOf(tx, reference, ['input', 'armsSale'], errors);
  failOnUserErrors(errors);
  const before = await tx.armsSale.delete({ where: { id: id! } });
  await recordWrite(tx, writer.apiKeyId, { action: 'deleteArmsSale', entityType: 'ArmsSale', entityId: before.id, before });
  return before;
}
