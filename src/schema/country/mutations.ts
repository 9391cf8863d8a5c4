// The country mutation: countries are ISO 3166-1 reference data (no create or delete); editors
// may only set the names the press uses for them, written by the write core (ingest/countries.ts).
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { UserError, writerOf } from '../mutations';
import { runValidatedMutation } from '../references';
import { updateCountryAliases } from '../../ingest/countries';
import { invalidateCountryNames } from '../../ingest/country-names';
import { VALIDATED_AS_USER_ERRORS } from '../validation';
import { UpdateCountryInput } from './inputs';
import type { CountryRow } from '../../data/countries';
import { Country } from './type';

@ObjectType({ description: 'The result of `updateCountry`.' })
export class UpdateCountryPayload {
  @Field(() => Country, { nullable: true, description: 'The country as changed; null when there are user errors.' })
  country!: CountryRow | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class CountryMutations {
  @Mutation(() => UpdateCountryPayload, {
    description: 'Sets the names the press uses for a country ("U.S.", "Washington"). Needs an EDITOR key.',
  })
  async updateCountry(
    @Arg('input', () => UpdateCountryInput, { description: 'The country and its aliases.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateCountryInput,
    @Ctx() context: Context,
  ): Promise<UpdateCountryPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => updateCountryAliases(tx, input, writerOf(context)));
    // The change's notification comes a moment later; the next read and write must already see it.
    if (result) {
      context.countryDirectory?.invalidate();
      invalidateCountryNames();
    }
    return { country: result, userErrors };
  }
}
