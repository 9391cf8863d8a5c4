// Root fields `person` and `people`, and the profile summary of a person (its links: schema/relations/).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { compiledField, readCompiledList, readCompiledOne } from '../compiled';
import { Prisma } from '../../generated/prisma/client';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { databaseIdOf, selectsField, toGlobalId } from '../relay';
import { DateScalar } from '../scalars';
import { CoParticipant, EventTypeCount } from '../stats/type';
import { loadPersonEventSummary } from '../../data/profile-counts';
import { loadTopCoParticipants, MAX_CO_PARTICIPANTS } from '../../data/stats';
import { Person, PersonConnection, PersonListArgs } from './type';
import { findPeople, loadPerson, loadPersonBySlug, PersonRow } from '../../data/people';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by ID or by slug (give exactly one).' })
  async person(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonRow> {
    if ((id == null) === (slug == null)) throw badUserInput('id', 'give exactly one of `id` and `slug`');
    const databaseId = id != null ? databaseIdOf(id, 'Person') : null;
    // One statement for the person and all that is selected under it, when the compiler answers the selection.
    const compiled = await readCompiledOne<PersonRow>(context, 'Person', (alias) => databaseId != null
      ? Prisma.sql`${Prisma.raw(`${alias}."id"`)} = ${databaseId}::int`
      : Prisma.sql`${Prisma.raw(`${alias}."slug"`)} = ${slug}::text`, info);
    const person = compiled !== undefined ? compiled
      : databaseId != null ? await loadPerson(context, databaseId) : await loadPersonBySlug(context, slug!);
    if (!person) throw notFound(id != null ? `No person has the ID "${id}"` : `No person has the slug "${slug}"`);
    return person;
  }

  @Query(() => PersonConnection, { description: 'People in the news, filtered and ordered.' })
  async people(@Args() args: PersonListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return (await readCompiledList<PersonRow>(context, 'Person', info)) ?? findPeople(context, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => ID, { description: 'Opaque global identifier; `node(id:)` fetches it.' })
  id(@Root() person: PersonRow): string {
    return toGlobalId('Person', person.id);
  }




  @FieldResolver(() => [EventTypeCount], {
    description: 'How many events of each type this person took part in; most frequent first, types without events left out.',
  })
  async eventCountsByType(@Root() person: PersonRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return (await loadPersonEventSummary(context, person.id)).countsByType;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'First day of their earliest event (null when they have no dated event).' })
  async firstEventDate(@Root() person: PersonRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return (await loadPersonEventSummary(context, person.id)).firstDate;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Last day of their latest event (null when they have no dated event).' })
  async lastEventDate(@Root() person: PersonRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return (await loadPersonEventSummary(context, person.id)).lastDate;
  }

  @FieldResolver(() => [CoParticipant], {
    description: 'The people who took part in the most events together with this person, most shared events first (ties by name).',
  })
  topCoParticipants(
    @Root() person: PersonRow,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many people, at most ${MAX_CO_PARTICIPANTS}.` }) first: number,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return loadTopCoParticipants(context, person.id, first);
  }
}
