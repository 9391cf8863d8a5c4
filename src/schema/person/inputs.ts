// Inputs of the person mutations, validated with class-validator (failures come back as userErrors).
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, Matches, MaxLength } from 'class-validator';
import { NotBlank, SLUG_MESSAGE, SLUG_PATTERN } from '../references';

@InputType({ description: 'A new person.' })
export class CreatePersonInput {
  @Field({ description: 'Full name, e.g. "Antony Blinken" (at most 200 characters).' })
  @NotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Natural key, e.g. "antony-blinken" (at most 100 characters); made from the name when absent.',
  })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names the press uses (at most 50, each at most 200 characters).' })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Office or position, e.g. "Secretary of State" (at most 500 characters).' })
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Affiliated country: ISO 3166-1 alpha-2 or alpha-3 code, any case.' })
  @MaxLength(3)
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Who this person is, in a sentence or two (at most 10,000 characters).' })
  @MaxLength(10_000)
  description?: string | null;
}

@InputType({ description: 'Changes to a person: fields left out stay as they are; null clears an optional field.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person to change: global ID or slug.' })
  @MaxLength(200)
  person!: string;

  @Field(() => String, { nullable: true, description: 'Full name (at most 200 characters); cannot be null.' })
  @NotBlank()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Natural key (at most 100 characters); cannot be null.' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names, replacing the current list (null empties it).' })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Office or position (at most 500 characters).' })
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Affiliated country code; null removes the affiliation.' })
  @MaxLength(3)
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Who this person is (at most 10,000 characters).' })
  @MaxLength(10_000)
  description?: string | null;
}

@InputType({ description: 'The person to delete.' })
export class DeletePersonInput {
  @Field(() => ID, { description: 'Global ID or slug.' })
  @MaxLength(200)
  person!: string;
}
