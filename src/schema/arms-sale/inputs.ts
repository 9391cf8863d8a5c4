// Inputs of the arms-sale mutations, validated with class-validator (failures come back as userErrors).
import { Field, ID, InputType, Int } from 'type-graphql';
import { Matches, Max, MaxLength, Min } from 'class-validator';
import { CURRENCY_MESSAGE, CURRENCY_PATTERN } from '../../domain/money';
import { NotBlank, SLUG_MESSAGE, SLUG_PATTERN } from '../references';
import { DateScalar, DecimalScalar } from '../scalars';
import { ArmsSaleStatus } from './type';

@InputType({ description: 'A new arms sale.' })
export class CreateArmsSaleInput {
  @Field({ description: 'The selling country: ISO 3166-1 alpha-2 or alpha-3 code, any case.' })
  @MaxLength(3)
  supplier!: string;

  @Field({ description: 'The buying country: a code, not the supplier.' })
  @MaxLength(3)
  recipient!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact value in US dollars, not negative, e.g. "3640000000".' })
  valueUsd?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value as reported, in `currency`, not negative, e.g. "5500000000" for "€5.5 billion".' })
  valueOriginal?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `valueOriginal`, e.g. "EUR".' })
  @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE })
  currency?: string | null;

  @Field({ description: 'What is sold, in the words of the notification (at most 2,000 characters).' })
  @NotBlank()
  @MaxLength(2000)
  items!: string;

  @Field(() => String, { nullable: true, description: 'Weapon system designation (SIPRI), e.g. "Tomahawk" (at most 200 characters).' })
  @MaxLength(200)
  designation?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of items, when stated (0 or more).' })
  @Min(0)
  @Max(100_000_000)
  quantity?: number | null;

  @Field(() => ArmsSaleStatus, { description: 'Where the sale stands.' })
  status!: ArmsSaleStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the sale was announced.' })
  announcedDate?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The event that announced the sale: global ID or slug.' })
  @MaxLength(200)
  event?: string | null;

  @Field(() => String, { nullable: true, description: 'Natural key, e.g. "us-japan-sm-6-2025" (at most 100 characters).' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string | null;
}

@InputType({ description: 'Changes to an arms sale: fields left out stay as they are; null clears an optional field.' })
export class UpdateArmsSaleInput {
  @Field(() => ID, { description: 'The sale to change: global ID or slug.' })
  @MaxLength(200)
  armsSale!: string;

  @Field(() => String, { nullable: true, description: 'The selling country (code); cannot be null.' })
  @MaxLength(3)
  supplier?: string | null;

  @Field(() => String, { nullable: true, description: 'The buying country (code), not the supplier; cannot be null.' })
  @MaxLength(3)
  recipient?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact value in US dollars, not negative.' })
  valueUsd?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value as reported, in `currency`, not negative, e.g. "5500000000" for "€5.5 billion".' })
  valueOriginal?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `valueOriginal`, e.g. "EUR".' })
  @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'What is sold (at most 2,000 characters); cannot be null.' })
  @NotBlank()
  @MaxLength(2000)
  items?: string | null;

  @Field(() => String, { nullable: true, description: 'Weapon system designation (at most 200 characters).' })
  @MaxLength(200)
  designation?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of items (0 or more).' })
  @Min(0)
  @Max(100_000_000)
  quantity?: number | null;

  @Field(() => ArmsSaleStatus, { nullable: true, description: 'Where the sale stands; cannot be null.' })
  status?: ArmsSaleStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the sale was announced.' })
  announcedDate?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The event that announced the sale (global ID or slug); null unlinks it.' })
  @MaxLength(200)
  event?: string | null;

  @Field(() => String, { nullable: true, description: 'Natural key (at most 100 characters).' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string | null;
}

@InputType({ description: 'The arms sale to delete.' })
export class DeleteArmsSaleInput {
  @Field(() => ID, { description: 'Global ID or slug.' })
  @MaxLength(200)
  armsSale!: string;
}
