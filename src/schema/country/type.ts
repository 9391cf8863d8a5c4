// GraphQL types of a country: ISO 3166-1 reference data and its links to the news graph.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { Node, connectionType, listArgsType, orderInputType } from '../relay';
import { type CountryFilter as CountryFilterValues, CountryOrderField } from '../../data/countries';

export { CountryOrderField };

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A country of ISO 3166-1, as reference data.' })
export class Country extends Node {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "JP".' })
  code!: string;

  @Field({ description: 'ISO 3166-1 alpha-3 code, e.g. "JPN".' })
  code3!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 numeric code, e.g. "392".' })
  numericCode!: string | null;

  @Field({ description: 'Common English name, e.g. "South Korea".' })
  name!: string;

  @Field({ description: 'Official English name, e.g. "Republic of Korea".' })
  officialName!: string;

  @Field({ description: 'Continental region, e.g. "Asia".' })
  region!: string;

  @Field(() => String, { nullable: true, description: 'Subregion, e.g. "Eastern Asia".' })
  subregion!: string | null;

  @Field(() => [String], { description: 'Capital cities.' })
  capitals!: string[];

  @Field(() => [String], { description: 'English demonyms, e.g. "South Korean".' })
  demonyms!: string[];

  @Field(() => [String], {
    description: 'Other names the press uses, including capitals used as metonyms ("Washington").',
  })
  aliases!: string[];
}

export const CountryConnection = connectionType(Country, 'Country', 'country');

@InputType({ description: 'Narrows a list of countries; all given conditions must hold.' })
export class CountryFilter implements CountryFilterValues {
  @Field(() => String, { nullable: true, description: 'Region, exactly, e.g. "Europe".' })
  @MaxLength(100)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Subregion, exactly, e.g. "Eastern Asia".' })
  @MaxLength(100)
  subregion?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text found in the name, official name, codes, demonyms or aliases (case-insensitive).',
  })
  @MaxLength(200)
  text?: string | null;
}

registerEnumType(CountryOrderField, {
  name: 'CountryOrderField',
  description: 'Properties countries can be ordered by.',
  valuesConfig: { NAME: { description: 'Common name.' }, CODE: { description: 'Alpha-2 code.' } },
});

export const CountryOrder = orderInputType('Country', CountryOrderField, 'countries');
export type CountryOrder = InstanceType<typeof CountryOrder>;

export const CountryListArgs = listArgsType(CountryFilter, CountryOrder);
export type CountryListArgs = InstanceType<typeof CountryListArgs>;
