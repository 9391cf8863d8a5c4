// Mutations of people: create and update (editors), delete (admins), each audited in its transaction.
import { EDITED_BY_A_PERSON } from '../../domain/origin';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { personSlugOf } from '../../domain/natural-keys';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { recordAudit, Transaction, UserError, userError, UserErrorCode } from '../mutations';
import { personSlugKey, lockNaturalKeys } from '../../ingest/locks';
import { countryIdOf, failOnUserErrors, nullsOfRequired, personIdOf, runValidatedMutation } from '../references';
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

const UNIQUE_FIELDS = { slug: ['input', 'slug'] };

async function checkSlugFree(tx: Transaction, slug: string, exceptId: number | null, errors: UserError[], generated: boolean) {
  // Ingests that could create a row with this slug wait for this write, and it for them.
  await lockNaturalKeys(tx, [personSlugKey(slug)]);
  const holder = await tx.person.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== exceptId) {
    const hint = generated ? ' (made from the name): give the new person a distinct `slug`' : '';
    errors.push(userError(['input', 'slug'], `Another person has the slug "${slug}"${hint}`, UserErrorCode.TAKEN));
  }
}

@Resolver()
export class PersonMutations {
  @Mutation(() => CreatePersonPayload, { description: 'Records a person. Needs an EDITOR key.' })
  async createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The new person.', ...VALIDATED_AS_USER_ERRORS }) input: CreatePersonInput,
    @Ctx() context: Context,
  ): Promise<CreatePersonPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors: UserError[] = [];
      const name = input.name.trim();
      const slug = personSlugOf({ slug: input.slug, name });
      await checkSlugFree(tx, slug, null, errors, input.slug == null);
      const countryId = input.country == null ? null : await countryIdOf(tx, input.country, ['input', 'country'], errors);
      failOnUserErrors(errors);
      const person = await tx.person.create({
        data: {
          name,
          slug,
          aliases: input.aliases ?? [],
          title: input.title ?? null,
          countryId,
          description: input.description ?? null,
        },
      });
      await recordAudit(tx, context, { action: 'createPerson', entityType: 'Person', entityId: person.id, after: person });
      return person;
    }, UNIQUE_FIELDS);
    return { person: result, userErrors };
  }

  @Mutation(() => UpdatePersonPayload, { description: 'Changes a person. Needs an EDITOR key.' })
  async updatePerson(
    @Arg('input', () => UpdatePersonInput, { description: 'The person and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdatePersonInput,
    @Ctx() context: Context,
  ): Promise<UpdatePersonPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors = nullsOfRequired(input, ['name', 'slug']);
      const id = await personIdOf(tx, input.person, ['input', 'person'], errors);
      if (id != null && input.slug != null) await checkSlugFree(tx, input.slug, id, errors, false);
      const countryId = input.country == null ? input.country : await countryIdOf(tx, input.country, ['input', 'country'], errors);
      failOnUserErrors(errors);
      const before = await tx.person.findUniqueOrThrow({ where: { id: id! } });
      const person = await tx.person.update({
        where: { id: id! },
        data: {
          // A person's edit: from now on the extractor fills only what is empty.
          ...EDITED_BY_A_PERSON,
          name: input.name?.trim(),
          slug: input.slug ?? undefined,
          aliases: input.aliases === undefined ? undefined : (input.aliases ?? []),
          title: input.title,
          countryId,
          description: input.description,
        },
      });
      await recordAudit(tx, context, { action: 'updatePerson', entityType: 'Person', entityId: person.id, before, after: person });
      return person;
    }, UNIQUE_FIELDS);
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
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors: UserError[] = [];
      const id = await personIdOf(tx, input.person, ['input', 'person'], errors);
      failOnUserErrors(errors);
      const before = await tx.person.delete({ where: { id: id! } });
      await recordAudit(tx, context, { action: 'deletePerson', entityType: 'Person', entityId: before.id, before });
      return before;
    });
    return { deletedPersonId: result ? toGlobalId('Person', result.id) : null, userErrors };
  }
}
