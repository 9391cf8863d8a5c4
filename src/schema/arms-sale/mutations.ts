// Mutations of arms sales: create and update (editors), delete (admins), written by the write core (ingest/arms-sales.ts).
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { UserError, writerOf } from '../mutations';
import { ARMS_SALE_UNIQUE_FIELDS, createArmsSale, deleteArmsSale, updateArmsSale } from '../../ingest/arms-sales';
import { runValidatedMutation } from '../references';
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

@Resolver()
export class ArmsSaleMutations {
  @Mutation(() => CreateArmsSalePayload, { description: 'Records an arms sale. Needs an EDITOR key.' })
  async createArmsSale(
    @Arg('input', () => CreateArmsSaleInput, { description: 'The new sale.', ...VALIDATED_AS_USER_ERRORS }) input: CreateArmsSaleInput,
    @Ctx() context: Context,
  ): Promise<CreateArmsSalePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => createArmsSale(tx, input, writerOf(context)), ARMS_SALE_UNIQUE_FIELDS);
    return { armsSale: result, userErrors };
  }

  @Mutation(() => UpdateArmsSalePayload, { description: 'Changes an arms sale. Needs an EDITOR key.' })
  async updateArmsSale(
    @Arg('input', () => UpdateArmsSaleInput, { description: 'The sale and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateArmsSaleInput,
    @Ctx() context: Context,
  ): Promise<UpdateArmsSalePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => updateArmsSale(tx, input, writerOf(context)), ARMS_SALE_UNIQUE_FIELDS);
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
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => deleteArmsSale(tx, input.armsSale, writerOf(context)));
    return { deletedArmsSaleId: result ? toGlobalId('ArmsSale', result.id) : null, userErrors };
  }
}
