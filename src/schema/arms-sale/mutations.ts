// Mutations of arms sales: create and update (editors), delete (admins), each audited in its transaction.
import { EDITED_BY_A_PERSON } from '../../domain/origin';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { recordAudit, Transaction, UserError, userError, UserErrorCode } from '../mutations';
import { armsSaleSlugKey, lockNaturalKeys } from '../../ingest/locks';
import {
  armsSaleIdOf,
  countryIdOf,
  eventIdOf,
  failOnUserErrors,
  nullsOfRequired,
  runValidatedMutation,
} from '../references';
import { toGlobalId } from '../relay';
import { VALIDATED_AS_USER_ERRORS } from '../validation';
import { CreateArmsSaleInput, DeleteArmsSaleInput, UpdateArmsSaleInput } from './inputs';
import type { ArmsSaleRow } from '../../data/arms-sales';
import { ArmsSale } from './type';

@ObjectType({ description: 'The result of `createArmsSale`.' })
export class CreateArmsSalePayload {
  @Field(() => ArmsSale, { nullable: true, description: 'The new sale; null when there are user errors.' })
  armsSale!: ArmsSaleRow | null;

  @Field(() => [UserError], { description: 'Why nothing was created; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `updateArmsSale`.' })
export class UpdateArmsSalePayload {
  @Field(() => ArmsSale, { nullable: true, description: 'The sale as changed; null when there are user errors.' })
  armsSale!: ArmsSaleRow | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `deleteArmsSale`.' })
export class DeleteArmsSalePayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted sale; null when there are user errors.' })
  deletedArmsSaleId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}

const UNIQUE_FIELDS = { slug: ['input', 'slug'] };

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

@Resolver()
export class ArmsSaleMutations {
  @Mutation(() => CreateArmsSalePayload, { description: 'Records an arms sale. Needs an EDITOR key.' })
  async createArmsSale(
    @Arg('input', () => CreateArmsSaleInput, { description: 'The new sale.', ...VALIDATED_AS_USER_ERRORS }) input: CreateArmsSaleInput,
    @Ctx() context: Context,
  ): Promise<CreateArmsSalePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
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
      await recordAudit(tx, context, { action: 'createArmsSale', entityType: 'ArmsSale', entityId: sale.id, after: sale });
      return sale;
    }, UNIQUE_FIELDS);
    return { armsSale: result, userErrors };
  }

  @Mutation(() => UpdateArmsSalePayload, { description: 'Changes an arms sale. Needs an EDITOR key.' })
  async updateArmsSale(
    @Arg('input', () => UpdateArmsSaleInput, { description: 'The sale and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateArmsSaleInput,
    @Ctx() context: Context,
  ): Promise<UpdateArmsSalePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
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
      await recordAudit(tx, context, { action: 'updateArmsSale', entityType: 'ArmsSale', entityId: sale.id, before, after: sale });
      return sale;
    }, UNIQUE_FIELDS);
    return { armsSale: result, userErrors };
  }

  @Mutation(() => DeleteArmsSalePayload, {
    description: 'Deletes an arms sale with its article mentions. Needs an ADMIN key.',
  })
  async deleteArmsSale(
    @Arg('input', () => DeleteArmsSaleInput, { description: 'The sale to delete.', ...VALIDATED_AS_USER_ERRORS }) input: DeleteArmsSaleInput,
    @Ctx() context: Context,
  ): Promise<DeleteArmsSalePayload> {
    requireRole(context, 'ADMIN');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors: UserError[] = [];
      const id = await armsSaleIdOf(tx, input.armsSale, ['input', 'armsSale'], errors);
      failOnUserErrors(errors);
      const before = await tx.armsSale.delete({ where: { id: id! } });
      await recordAudit(tx, context, { action: 'deleteArmsSale', entityType: 'ArmsSale', entityId: before.id, before });
      return before;
    });
    return { deletedArmsSaleId: result ? toGlobalId('ArmsSale', result.id) : null, userErrors };
  }
}
