// Arms sales and their supplier and recipient countries, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { ArmsSale, ArmsSaleConnection, ArmsSaleListArgs, ArmsSaleRole } from '../arms-sale/type';
import { ArmsSaleRow, loadArmsSalesOfCountry } from '../../data/arms-sales';
import { Country } from '../country/type';
import { CountryRow, loadCountry } from '../../data/countries';

@Resolver(() => ArmsSale)
export class ArmsSaleCountryResolver {
  @FieldResolver(() => Country, { description: 'The selling country.' })
  supplier(@Root() sale: ArmsSaleRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, sale, info);
    if (compiled) return compiled.value;
    return loadCountry(context, sale.supplierId);
  }

  @FieldResolver(() => Country, { description: 'The buying country.' })
  recipient(@Root() sale: ArmsSaleRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, sale, info);
    if (compiled) return compiled.value;
    return loadCountry(context, sale.recipientId);
  }
}

@Resolver(() => Country)
export class CountryArmsSaleResolver {
  @FieldResolver(() => ArmsSaleConnection, { description: 'Arms sales this country supplies or receives.' })
  armsSales(
    @Root() country: CountryRow,
    @Arg('role', () => ArmsSaleRole, { nullable: true, description: 'Only sales where it has this side (both when absent).' })
    role: ArmsSaleRole | null,
    @Args() args: ArmsSaleListArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return loadArmsSalesOfCountry(context, country.id, role, args);
  }
}
