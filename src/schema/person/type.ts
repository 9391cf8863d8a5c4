// GraphQL types of a person in the news, and the inputs that filter and order lists of people.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { Node, connectionType, listArgsType, orderInputType } from '../relay';
import { FactOrigin } from '../extracted-fact/type';
import { type PersonFilter as PersonFilterValues, PersonOrderField } from '../../data/people';

export { PersonOrderField };

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person the news reports on.' })
export class Person extends Node {
  @Field({ description: 'Full name, e.g. "Antony Blinken".' })
  name!: string;

  @Field({ description: 'Stable natural key, e.g. "antony-blinken"; `person(slug:)` finds it.' })
  slug!: string;

  @Field(() => [String], { description: 'Other names the press uses, e.g. "Blinken", "Antony J. Blinken".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Office or position, e.g. "Secretary of State".' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Who this person is, in a sentence or two.' })
  description!: string | null;

  @Field(() => FactOrigin, {
    description: 'Who stated these fields: MANUAL (a person; the extractor never overwrites them) or EXTRACTED (only the extractor so far).',
  })
  origin!: FactOrigin;
}

export const PersonConnection = connectionType(Person, 'Person', 'person');

@InputType({ description: 'Narrows a list of people; all given conditions must hold.' })
export class PersonFilter implements PersonFilterValues {
  @Field(() => String, { nullable: true, description: 'Affiliated country (alpha-2 or alpha-3 code).' })
  @MaxLength(3)
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the name, aliases or title (case-insensitive).' })
  @MaxLength(200)
  text?: string | null;
}

registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'Properties people can be ordered by.',
  valuesConfig: { NAME: { description: 'Full name.' }, CREATED_AT: { description: 'When recorded here.' } },
});

export const PersonOrder = orderInputType('Person', PersonOrderField, 'people');
export type PersonOrder = InstanceType<typeof PersonOrder>;

export const PersonListArgs = listArgsType(PersonFilter, PersonOrder);
export type PersonListArgs = InstanceType<typeof PersonListArgs>;
