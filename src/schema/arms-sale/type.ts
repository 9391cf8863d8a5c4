// GraphQL types of an arms sale, named after the registers users know (SIPRI, US notifications).
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { ArmsSaleStatus } from '../../generated/prisma/enums';
import { Node, connectionType, listArgsType, orderInputType } from '../relay';
import { FactOrigin } from '../extracted-fact/type';
import { DateScalar } from '../scalars';
import { DateRange } from '../event/type';
import type { AmountRange } from '../../data/list';
import { type ArmsSaleFilter as ArmsSaleFilterValues, ArmsSaleOrderField, ArmsSaleRole } from '../../data/arms-sales';

export { ArmsSaleOrderField, ArmsSaleRole, ArmsSaleStatus };

registerEnumType(ArmsSaleStatus, {
  name: 'ArmsSaleStatus',
  description: 'Where an arms sale stands.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed or requested, not yet approved.' },
    APPROVED: { description: "Approved by the supplier's government." },
    NOTIFIED: { description: 'Formally notified to the legislature (e.g. the US Congress).' },
    CONTRACTED: { description: 'A contract is signed (SIPRI: order).' },
    DELIVERED: { description: 'Delivered, in whole or in part.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});

registerEnumType(ArmsSaleRole, {
  name: 'ArmsSaleRole',
  description: "A country's side of an arms sale.",
  valuesConfig: { SUPPLIER: { description: 'Sells.' }, RECIPIENT: { description: 'Buys.' } },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A transfer of arms from a supplier country to a recipient country.' })
export class ArmsSale extends Node {
  @Field(() => String, { nullable: true, description: 'Stable natural key.' })
  slug!: string | null;

  @Field({ description: 'What is sold, in the words of the notification, e.g. "medium-range missiles, related equipment and training".' })
  items!: string;

  @Field(() => String, { nullable: true, description: 'Weapon system designation (SIPRI), e.g. "Tomahawk".' })
  designation!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of items, when stated.' })
  quantity!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the currency the value was reported in ("EUR", "KRW", "USD"); see `valueOriginal`.' })
  currency!: string | null;

  @Field(() => ArmsSaleStatus, { description: 'Where the sale stands.' })
  status!: ArmsSaleStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the sale was announced.' })
  announcedDate!: Date | null;

  @Field(() => FactOrigin, {
    description: 'Who stated these fields: MANUAL (a person; the extractor never overwrites them) or EXTRACTED (only the extractor so far).',
  })
  origin!: FactOrigin;
}

export const ArmsSaleConnection = connectionType(ArmsSale, 'ArmsSale', 'arms sale');

@InputType({ description: 'An inclusive range of US dollar amounts; either end may be left open.' })
export class MoneyRange implements AmountRange {
  @Field(() => Float, { nullable: true, description: 'Smallest value, in US dollars.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest value, in US dollars.' })
  max?: number | null;
}

@InputType({ description: 'Narrows a list of arms sales; all given conditions must hold.' })
export class ArmsSaleFilter implements ArmsSaleFilterValues {
  @Field(() => String, { nullable: true, description: 'Supplier country (alpha-2 or alpha-3 code).' })
  @MaxLength(3)
  supplier?: string | null;

  @Field(() => String, { nullable: true, description: 'Recipient country (alpha-2 or alpha-3 code).' })
  @MaxLength(3)
  recipient?: string | null;

  @Field(() => [ArmsSaleStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ArmsSaleStatus[] | null;

  @Field(() => MoneyRange, { nullable: true, description: 'Value in US dollars within this range.' })
  valueUsd?: MoneyRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Announced within this range of days.' })
  announced?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in the items or designation (case-insensitive).' })
  @MaxLength(200)
  text?: string | null;
}

registerEnumType(ArmsSaleOrderField, {
  name: 'ArmsSaleOrderField',
  description: 'Properties arms sales can be ordered by.',
  valuesConfig: {
    ANNOUNCED_DATE: { description: 'Announcement date; undated sales come last.' },
    VALUE_USD: { description: 'Value; sales of unknown value come last.' },
    CREATED_AT: { description: 'When recorded here.' },
  },
});

export const ArmsSaleOrder = orderInputType('ArmsSale', ArmsSaleOrderField, 'arms sales');
export type ArmsSaleOrder = InstanceType<typeof ArmsSaleOrder>;

export const ArmsSaleListArgs = listArgsType(ArmsSaleFilter, ArmsSaleOrder);
export type ArmsSaleListArgs = InstanceType<typeof ArmsSaleListArgs>;
