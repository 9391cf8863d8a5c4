// GraphQL types of provenance: where the extractor read each fact, and who stated an entity's fields.
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { FactOrigin } from '../../generated/prisma/enums';
import { connectionType, listArgsType, orderInputType } from '../relay';
import { type ExtractedFactFilter as ExtractedFactFilterValues, ExtractedFactOrderField } from '../../data/extracted-facts';

export { ExtractedFactOrderField, FactOrigin };

registerEnumType(FactOrigin, {
  name: 'FactOrigin',
  description: 'Who stated the fields of an article, person, event or arms sale.',
  valuesConfig: {
    MANUAL: { description: 'A person (through the API, an import or the seed). The extractor never overwrites these values; it only fills empty ones.' },
    EXTRACTED: { description: 'Only the text extractor; re-extraction may refine them.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A fact the extractor read in an article, with the sentence and span it read it from.' })
export class ExtractedFact {
  id!: number;

  @Field({
    description:
      'What was read: "mention" (the entity is named), "title", "country" (a person\'s affiliation), "type", "date", "location", ' +
      '"participant", "role" (a country\'s part in an event), "trip" (a stop of a trip), "value", "items", "status", "supplier", "recipient", …',
  })
  fact!: string;

  @Field(() => String, { nullable: true, description: 'The value read, as text, e.g. "Secretary of State" or "2025-01-05/2025-01-09 DAY".' })
  value!: string | null;

  @Field({ description: 'The sentence it was read from.' })
  sentence!: string;

  @Field(() => Int, {
    description: "Start of the evidence: UTF-16 offset in the article's text (title, subtitle and body joined by line breaks).",
  })
  spanStart!: number;

  @Field(() => Int, { description: 'End of the evidence (exclusive), in the same text.' })
  spanEnd!: number;

  @Field(() => Float, { description: 'How sure the extractor is, from 0 to 1.' })
  confidence!: number;

  @Field({ description: 'Version of the extractor that read it.' })
  extractorVersion!: string;
}

export const ExtractedFactConnection = connectionType(ExtractedFact, 'ExtractedFact', 'extracted fact');

@InputType({ description: 'Narrows a list of extracted facts.' })
export class ExtractedFactFilter implements ExtractedFactFilterValues {
  @Field(() => String, { nullable: true, description: 'Only facts of this kind, e.g. "title" or "participant".' })
  @MaxLength(100)
  fact?: string | null;
}

registerEnumType(ExtractedFactOrderField, {
  name: 'ExtractedFactOrderField',
  description: 'Properties extracted facts can be ordered by.',
  valuesConfig: {
    POSITION: { description: 'Where the evidence starts in its article.' },
    CREATED_AT: { description: 'When the extractor read it (the order articles were read in).' },
  },
});

export const ExtractedFactOrder = orderInputType('ExtractedFact', ExtractedFactOrderField, 'extracted facts');
export type ExtractedFactOrder = InstanceType<typeof ExtractedFactOrder>;

export const ExtractedFactListArgs = listArgsType(ExtractedFactFilter, ExtractedFactOrder);
export type ExtractedFactListArgs = InstanceType<typeof ExtractedFactListArgs>;
