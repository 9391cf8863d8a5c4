// People and the countries they are affiliated with, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { Country } from '../country/type';
import { CountryRow, loadCountry } from '../../data/countries';
import { Person, PersonConnection, PersonListArgs } from '../person/type';
import { PersonRow, loadPeopleOfCountry } from '../../data/people';

@Resolver(() => Person)
export class PersonCountryResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'The country this person is affiliated with.' })
  country(@Root() person: PersonRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return person.countryId == null ? null : loadCountry(context, person.countryId);
  }
}

@Resolver(() => Country)
export class CountryPersonResolver {
  @FieldResolver(() => PersonConnection, { description: 'People affiliated with this country.' })
  people(@Root() country: CountryRow, @Args() args: PersonListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return loadPeopleOfCountry(context, country.id, args);
  }
}
