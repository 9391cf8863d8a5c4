// Inputs of the country mutation: countries are reference data, only their press aliases change.
import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { NotBlank } from '../references';

@InputType({ description: "A country's press aliases." })
export class UpdateCountryInput {
  @Field({ description: 'ISO 3166-1 alpha-2 or alpha-3 code, any case.' })
  @MaxLength(3)
  code!: string;

  @Field(() => [String], {
    description: 'Every name the press uses for the country, replacing the current list (at most 50, each at most 200 characters).',
  })
  @ArrayMaxSize(50)
  @NotBlank({ each: true })
  @MaxLength(200, { each: true })
  aliases!: string[];
}
