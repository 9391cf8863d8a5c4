// Mutations of people: create and update (editors), delete (admins), written by the write core (ingest/people.ts).
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { UserError, writerOf } from '../mutations';
import { createPerson, deletePerson, PERSON_UNIQUE_FIELDS, updatePerson } from '../../ingest/people';
import { runValidatedMutation } from '../references';
import { toGlobalId } from '../relay';
import { VALIDATED_AS_USER_ERRORS } from '../validation';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './inputs';
import type { PersonRow } from '../../data/people';
import { Person } from './type';

@ObjectType({ description: 'The result of `createPerson`.' })
export class CreatePersonPayload {
  @Field(() => Person, { nullable: true, description: 'The new person; null when there are user errors.' })
  person!: PersonRow | null;

  @Field(() => [UserError], { description: 'Why nothing was created; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `updatePerson`.' })
export class UpdatePersonPayload {
  @Field(() => Person, { nullable: true, description: 'The person as changed; null when there are user errors.' })
  person!: PersonRow | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `deletePerson`.' })
export class DeletePersonPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted person; null when there are user errors.' })
  deletedPersonId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class PersonMutations {
  @Mutation(() => CreatePersonPayload, { description: 'Records a person. Needs an EDITOR key.' })
  async createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The new person.', ...VALIDATED_AS_USER_ERRORS }) input: CreatePersonInput,
    @Ctx() context: Context,
  ): Promise<CreatePersonPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => createPerson(tx, input, writerOf(context)), PERSON_UNIQUE_FIELDS);
    return { person: result, userErrors };
  }

  @Mutation(() => UpdatePersonPayload, { description: 'Changes a person. Needs an EDITOR key.' })
  async updatePerson(
    @Arg('input', () => UpdatePersonInput, { description: 'The person and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdatePersonInput,
    @Ctx() context: Context,
  ): Promise<UpdatePersonPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => updatePerson(tx, input, writerOf(context)), PERSON_UNIQUE_FIELDS);
    return { person: result, userErrors };
  }

  @Mutation(() => DeletePersonPayload, {
    description: 'Deletes a person, with their event roles and article mentions. Events and articles stay. Needs an ADMIN key.',
  })
  async deletePerson(
    @Arg('input', () => DeletePersonInput, { description: 'The person to delete.', ...VALIDATED_AS_USER_ERRORS }) input: DeletePersonInput,
    @Ctx() context: Context,
  ): Promise<DeletePersonPayload> {
    requireRole(context, 'ADMIN');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => deletePerson(tx, input.person, writerOf(context)));
    return { deletedPersonId: result ? toGlobalId('Person', result.id) : null, userErrors };
  }
}
