// GraphQL types of API keys: the key as admins see it (never its hash), and the key mutations'
// inputs and payloads.
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ApiKeyRole } from '../../generated/prisma/enums';
import { UserError } from '../mutations';

export { ApiKeyRole };

registerEnumType(ApiKeyRole, {
  name: 'ApiKeyRole',
  description: 'What an API key may do: READER < EDITOR < ADMIN, each role with the rights of the roles below it.',
  valuesConfig: {
    READER: { description: 'Reads the graph (reads need a key only when the service is set to require one).' },
    EDITOR: { description: 'A reader that also creates, updates, links, ingests and imports.' },
    ADMIN: { description: 'An editor that also deletes, and creates, lists and revokes API keys.' },
  },
});

@ObjectType({
  description: 'A key for `Authorization: Bearer <key>`. The secret itself is shown only once, by `createApiKey`.',
})
export class ApiKey {
  @Field(() => ID, { description: 'Identifier of the key (for `revokeApiKey`).' })
  id!: string;

  @Field({ description: 'What the key is for, e.g. "newsroom importer".' })
  name!: string;

  @Field(() => ApiKeyRole, { description: 'What the key may do.' })
  role!: ApiKeyRole;

  @Field({ description: 'First characters of the key, to recognise it without revealing it.' })
  prefix!: string;

  @Field(() => Date, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was last used (to the minute); null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it is valid.' })
  revokedAt!: Date | null;
}

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "newsroom importer" (at most 100 characters).' })
  name!: string;

  @Field(() => ApiKeyRole, { description: 'What the key may do.' })
  role!: ApiKeyRole;
}

@ObjectType({ description: 'Result of `createApiKey`.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when the input was refused.' })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret to send as `Authorization: Bearer <key>`. Shown only here and only now: store it safely.',
  })
  key!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'ID of the key, as in `apiKeys`.' })
  id!: string;
}

@ObjectType({ description: 'Result of `revokeApiKey`.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key; null when the input was refused.' })
  apiKey!: ApiKey | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
