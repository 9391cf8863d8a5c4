// Root fields `armsSale` and `armsSales`, and the money fields of a sale (its links: schema/relations/).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { notFound } from '../errors';
import { readCompiled, readCompiledList } from '../compiled';
import { databaseIdOf, selectsField, toGlobalId } from '../relay';
import { ArmsSale, ArmsSaleConnection, ArmsSaleListArgs } from './type';
import { ArmsSaleRow, findArmsSales, loadArmsSale } from '../../data/arms-sales';
import { formatUsd } from '../../domain/dollar-amounts';

@Resolver(() => ArmsSale)
export class ArmsSaleResolver {
  @Query(() => ArmsSale, { nullable: true, description: 'An arms sale by ID.' })
  async armsSale(@Arg('id', () => ID) id: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<ArmsSaleRow> {
    const databaseId = databaseIdOf(id, 'ArmsSale');
    const compiled = await readCompiled<ArmsSaleRow>(context, 'ArmsSale', databaseId, info);
    const sale = compiled !== undefined ? compiled : await loadArmsSale(context, databaseId);
    if (!sale) throw notFound(`No arms sale has the ID "${id}"`);
    return sale;
  }

  @Query(() => ArmsSaleConnection, { description: 'Arms sales, filtered and ordered (latest first by default).' })
  async armsSales(@Args() args: ArmsSaleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return (await readCompiledList<ArmsSaleRow>(context, 'ArmsSale', info)) ?? findArmsSales(context, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => ID, { description: 'Opaque global identifier; `node(id:)` fetches it.' })
  id(@Root() sale: ArmsSaleRow): string {
    return toGlobalId('ArmsSale', sale.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Value in US dollars as a JSON number (exact for whole dollars up to 9 quadrillion). ' +
      'Null when not reported. `valueUsdExact` has the stored decimal.',
  })
  valueUsd(@Root() sale: ArmsSaleRow): number | null {
    return sale.valueUsd == null ? null : Number(sale.valueUsd.toString());
  }

  @FieldResolver(() => String, { nullable: true, description: 'Value in US dollars, exact, as a decimal string ("3640000000.00").' })
  valueUsdExact(@Root() sale: ArmsSaleRow): string | null {
    return sale.valueUsd == null ? null : sale.valueUsd.toFixed(2);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The value as reported, in `currency`, exact, as a decimal string (e.g. "5500000000.00" for "€5.5 billion"); null when not reported. ' +
      '`valueUsd` is the same amount in US dollars, when known.',
  })
  valueOriginal(@Root() sale: ArmsSaleRow): string | null {
    return sale.valueOriginal == null ? null : sale.valueOriginal.toFixed(2);
  }

  @FieldResolver(() => String, { description: 'Value for people, e.g. "US$3.64 billion".', nullable: true })
  valueFormatted(@Root() sale: ArmsSaleRow): string | null {
    return sale.valueUsd == null ? null : formatUsd(sale.valueUsd.toString());
  }




}
