// Arms sales and the events that announced them, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { ArmsSale, ArmsSaleConnection, ArmsSaleListArgs } from '../arms-sale/type';
import { ArmsSaleRow, loadArmsSalesOfEvent } from '../../data/arms-sales';
import { Event } from '../event/type';
import { EventRow, loadEvent } from '../../data/events';

@Resolver(() => ArmsSale)
export class ArmsSaleEventResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event that announced the sale.' })
  event(@Root() sale: ArmsSaleRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, sale, info);
    if (compiled) return compiled.value;
    return sale.eventId == null ? null : loadEvent(context, sale.eventId);
  }
}

@Resolver(() => Event)
export class EventArmsSaleResolver {
  @FieldResolver(() => ArmsSaleConnection, { description: 'Arms sales this event announced.' })
  armsSales(@Root() event: EventRow, @Args() args: ArmsSaleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return loadArmsSalesOfEvent(context, event.id, args);
  }
}
