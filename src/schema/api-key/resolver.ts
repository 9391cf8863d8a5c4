// Root fields for API keys: the caller's own key (`viewer`), and key management for admins.
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { runMutation, userError, UserErrorCode, writerOf } from '../mutations';
import { inputUserErrors, VALIDATED_AS_USER_ERRORS } from '../validation';
import { ApiKeyRow, findApiKey, listApiKeys } from '../../data/api-keys';
import { createApiKeyAudited, revokeApiKeyAudited } from '../../ingest/api-keys';
import { ApiKey, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput, RevokeApiKeyPayload } from './type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKey, {
    nullable: true,
    description: 'The API key this request is authenticated with; null for anonymous requests.',
  })
  async viewer(@Ctx() context: Context): Promise<ApiKeyRow | null> {
    // A viewer without a key (the command-line tools) has no key to show.
    if (context.viewer?.apiKeyId == null) return null;
    return findApiKey(context.db, context.viewer.apiKeyId);
  }

  @Query(() => [ApiKey], { description: 'All API keys, revoked ones included, oldest first. Admins only.' })
  apiKeys(@Ctx() context: Context): Promise<ApiKeyRow[]> {
    requireRole(context, 'ADMIN');
    return listApiKeys(context.db);
  }

  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates an API key and returns its secret, this once only. Admins only.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Name and role of the key.', ...VALIDATED_AS_USER_ERRORS }) input: CreateApiKeyInput,
    @Ctx() context: Context,
  ) {
    requireRole(context, 'ADMIN');
    // Input problems are userErrors like every other mutation's (a NUL in the name, for one).
    const invalid = await inputUserErrors(input);
    if (invalid.length) return { apiKey: null, key: null, userErrors: invalid };
    const { result, userErrors } = await runMutation(context, (tx) => createApiKeyAudited(tx, input, writerOf(context)));
    return { apiKey: result?.apiKey ?? null, key: result?.key ?? null, userErrors };
  }

  @Mutation(() => RevokeApiKeyPayload, {
    description: 'Revokes an API key: requests with it fail from now on. Revoking it again changes nothing. Admins only.',
  })
  async revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.', ...VALIDATED_AS_USER_ERRORS }) input: RevokeApiKeyInput,
    @Ctx() context: Context,
  ) {
    requireRole(context, 'ADMIN');
    const id = /^[1-9][0-9]{0,9}$/.test(input.id) ? Number(input.id) : NaN;
    if (!(id <= 2_147_483_647)) {
      return { apiKey: null, userErrors: [userError(['input', 'id'], 'Not an API key ID', UserErrorCode.INVALID)] };
    }
    const { result, userErrors } = await runMutation(context, (tx) => revokeApiKeyAudited(tx, id, writerOf(context)));
    return { apiKey: result, userErrors };
  }

  @FieldResolver(() => ID, { description: 'Identifier of the key (for `revokeApiKey`).' })
  id(@Root() apiKey: ApiKeyRow): string {
    return String(apiKey.id);
  }
}
