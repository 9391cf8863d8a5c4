// Root fields `country` and `countries`, and the profile summary of a country (its links: schema/relations/).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { compiledField, readCompiledList, readCompiledOne, selectsOnlyLeaves } from '../compiled';
import { Prisma } from '../../generated/prisma/client';
import { selectsField, toGlobalId } from '../relay';
import { DateScalar } from '../scalars';
import { ArmsSaleTotals, EventTypeCount } from '../stats/type';
import { armsSaleTotals, ArmsSaleTotalsJson, loadArmsSaleTotals, loadCountryEventSummary } from '../../data/profile-counts';
import { Country, CountryConnection, CountryListArgs } from './type';
import { CountryRow, findCountries, loadCountryByCode } from '../../data/countries';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description: 'A country by ISO 3166-1 alpha-2 or alpha-3 code, in any case ("jp", "JPN").',
  })
  async country(@Arg('code', () => String) code: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<CountryRow> {
    if (!/^[A-Za-z]{2,3}$/.test(code.trim())) {
      throw badUserInput('code', `"${code}" is not an alpha-2 or alpha-3 country code`);
    }
    // The countries in memory answer a selection of the country's own fields without a statement;
    // otherwise one statement for the country and all that is selected under it, when the compiler answers it.
    if (context.countryDirectory && selectsOnlyLeaves(info)) {
      const country = await loadCountryByCode(context, code);
      if (!country) throw notFound(`No country has the code "${code}"`);
      return country;
    }
    const normalized = code.trim().toUpperCase();
    const compiled = await readCompiledOne<CountryRow>(context, 'Country', (alias) =>
      Prisma.sql`${Prisma.raw(`${alias}."${normalized.length === 2 ? 'code' : 'code3'}"`)} = ${normalized}`, info);
    const country = compiled !== undefined ? compiled : await loadCountryByCode(context, code);
    if (!country) throw notFound(`No country has the code "${code}"`);
    return country;
  }

  @Query(() => CountryConnection, { description: 'All ISO 3166-1 countries, filtered and ordered.' })
  async countries(@Args() args: CountryListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return (await readCompiledList<CountryRow>(context, 'Country', info)) ?? findCountries(context, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => ID, { description: 'Opaque global identifier; `node(id:)` fetches it.' })
  id(@Root() country: CountryRow): string {
    return toGlobalId('Country', country.id);
  }





  @FieldResolver(() => [EventTypeCount], {
    description: 'How many events of each type took place in this country or involved it; most frequent first, types without events left out.',
  })
  async eventCountsByType(@Root() country: CountryRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return (await loadCountryEventSummary(context, country.id)).countsByType;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'First day of its earliest event (null when it has no dated event).' })
  async firstEventDate(@Root() country: CountryRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return (await loadCountryEventSummary(context, country.id)).firstDate;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Last day of its latest event (null when it has no dated event).' })
  async lastEventDate(@Root() country: CountryRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return (await loadCountryEventSummary(context, country.id)).lastDate;
  }

  @FieldResolver(() => ArmsSaleTotals, { description: 'Number and value of the arms sales this country supplies.' })
  armsSalesAsSupplier(@Root() country: CountryRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return armsSaleTotals(compiled.value as ArmsSaleTotalsJson | null);
    return loadArmsSaleTotals(context, country.id, 'supplied');
  }

  @FieldResolver(() => ArmsSaleTotals, { description: 'Number and value of the arms sales this country receives.' })
  armsSalesAsRecipient(@Root() country: CountryRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return armsSaleTotals(compiled.value as ArmsSaleTotalsJson | null);
    return loadArmsSaleTotals(context, country.id, 'received');
  }
}
