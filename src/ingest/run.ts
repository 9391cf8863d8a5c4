// Articles given as JSON (one IngestArticleInput per seed file or import line) checked as the API
// checks its input — its GraphQL input type's rules (required fields, scalars, enums), then the
// inputs' own constraints — and written through the write core (ingest/write-core.ts), without
// running a GraphQL operation.
import { coerceInputValue, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNonNull, isInputObjectType } from 'graphql';
import type { Database } from '../data/prisma';
import { getSchema } from '../schema/build';
import { inputUserErrors, unstorableTextPaths } from '../schema/validation';
import { surelySatisfiesConstraints } from './constraints';
import { ingestArticleData } from './write-core';
import {
  IngestArmsSaleInput,
  IngestArticleInput,
  IngestCountryMentionInput,
  IngestEventCountryInput,
  IngestEventInput,
  IngestParticipantInput,
  IngestPersonInput,
} from '../schema/ingest/inputs';

export interface IngestOutcome {
  /** The article's database ID when it was written. */
  articleId?: number;
  created?: boolean;
  /** Why it was refused: "input.events.0.title: …", one per problem. */
  problems: string[];
}

/** The classes the input objects become, so that their class-validator constraints apply. */
const INPUT_CLASSES: Record<string, new () => object> = {
  IngestArticleInput,
  IngestPersonInput,
  IngestCountryMentionInput,
  IngestEventInput,
  IngestParticipantInput,
  IngestEventCountryInput,
  IngestArmsSaleInput,
};

/** A coerced value as instances of the input classes (as type-graphql hands them to a resolver). */
function asInstances(value: unknown, type: GraphQLInputType): unknown {
  if (value == null) return value;
  if (type instanceof GraphQLNonNull) return asInstances(value, type.ofType);
  if (type instanceof GraphQLList) return (value as unknown[]).map((item) => asInstances(item, type.ofType));
  if (!isInputObjectType(type)) return value;
  const fields = type.getFields();
  const instance = new (INPUT_CLASSES[type.name] ?? Object)() as Record<string, unknown>;
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) instance[name] = asInstances(item, fields[name].type);
  return instance;
}

/** An IngestArticleInput given as JSON, checked: the input, or why it is refused. */
export async function articleInputOf(json: unknown): Promise<{ input: IngestArticleInput } | { problems: string[] }> {
  const type = (await getSchema()).getType('IngestArticleInput') as GraphQLInputObjectType;
  const problems: string[] = [];
  const coerced = coerceInputValue(json, type, (path, _value, error) => {
    problems.push(`${['input', ...path].join('.')}: ${error.message}`);
  });
  if (problems.length) return { problems };
  const input = asInstances(coerced, type) as IngestArticleInput;
  // inputUserErrors (class-validator) is asked only when the fast checks are not sure: its errors are the ones reported.
  if (surelySatisfiesConstraints(input) && !unstorableTextPaths(input, []).length) return { input };
  const userErrors = await inputUserErrors(input);
  if (userErrors.length) return { problems: userErrors.map((error) => `${error.field.join('.')}: ${error.message}`) };
  return { input };
}

/** An article given as JSON (an IngestArticleInput), checked and written as a person's (the seed, the import). */
export async function ingestArticleJson(db: Database, json: unknown): Promise<IngestOutcome> {
  const parsed = await articleInputOf(json);
  if ('problems' in parsed) return { problems: parsed.problems };
  const { articleId, created, problems } = await ingestArticleData(db, parsed.input);
  return { articleId, created, problems };
}
