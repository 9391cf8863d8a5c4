// `npm run keys -- create --role editor --name "newsroom importer"` | `list` | `revoke <id>`:
// manages API keys on the service's own database. Changes are audited with no key (apiKeyId null).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import type { Database } from '../data/prisma';
import { ApiKeyRole } from '../generated/prisma/enums';
import { createContext } from '../schema/context';
import { runMutation, type UserError } from '../schema/mutations';
import { ApiKeyRow, listApiKeys } from '../data/api-keys';
import { createApiKeyAudited, revokeApiKeyAudited } from '../ingest/api-keys';
import { COMMAND_LINE_WRITER } from '../ingest/write-core';

const USAGE = `Usage:
  npm run keys -- create --role reader|editor|admin --name "<what the key is for>"
  npm run keys -- list
  npm run keys -- revoke <id>`;

type Command =
  | { command: 'create'; name: string; role: ApiKeyRole }
  | { command: 'list' }
  | { command: 'revoke'; id: number };

/** A mistake on the command line: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** Messages go to stderr, so stdout carries only the result (the new key, for scripts). */
const say = (message: string) => console.error(message);

/** Reads the command line before any database starts, so a typo fails fast. */
function parseCommand(argv: string[]): Command {
  const [command, ...args] = argv;
  try {
    if (command === 'create') {
      const { values } = parseArgs({ args, options: { role: { type: 'string' }, name: { type: 'string' } } });
      const role = values.role?.toUpperCase();
      if (!role || !Object.values<string>(ApiKeyRole).includes(role)) throw new UsageError('--role must be reader, editor or admin');
      if (values.name === undefined) throw new UsageError('--name is required');
      return { command, name: values.name, role: role as ApiKeyRole };
    }
    if (command === 'list') {
      parseArgs({ args, options: {} });
      return { command };
    }
    if (command === 'revoke') {
      const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
      const id = positionals.length === 1 && /^[1-9][0-9]{0,9}$/.test(positionals[0]) ? Number(positionals[0]) : NaN;
      if (!(id <= 2_147_483_647)) throw new UsageError('revoke takes one key ID (see `npm run keys -- list`)');
      return { command, id };
    }
  } catch (error) {
    // parseArgs rejects unknown options and stray arguments with ERR_PARSE_ARGS_* errors.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((error as Error).message);
    }
    throw error;
  }
  throw new UsageError(command ? `Unknown command "${command}"` : 'No command given');
}

async function run(db: Database, command: Command): Promise<number> {
  // A context without a viewer: the audit entries name no key.
  const context = createContext(db, null);
  switch (command.command) {
    case 'create': {
      const { result, userErrors } = await runMutation(context, (tx) => createApiKeyAudited(tx, command, COMMAND_LINE_WRITER));
      if (!result) return reportUserErrors(userErrors);
      say(`Created API key ${result.apiKey.id} "${result.apiKey.name}" (${result.apiKey.role}).`);
      say('Store the key below now: only its hash is kept, it will not be shown again.');
      say('Send it as `Authorization: Bearer <key>`.');
      console.log(result.key);
      return 0;
    }
    case 'list': {
      const keys = await listApiKeys(db);
      if (keys.length) console.table(keys.map(describe));
      else say('No API keys yet: create one with `npm run keys -- create --role admin --name "<name>"`.');
      return 0;
    }
    case 'revoke': {
      const { result, userErrors } = await runMutation(context, (tx) => revokeApiKeyAudited(tx, command.id, COMMAND_LINE_WRITER));
      if (!result) return reportUserErrors(userErrors);
      say(`API key ${result.id} "${result.name}" is revoked (since ${result.revokedAt!.toISOString()}).`);
      return 0;
    }
  }
}

function describe(key: ApiKeyRow) {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: `${key.prefix}…`,
    created: key.createdAt.toISOString(),
    'last used': key.lastUsedAt?.toISOString() ?? 'never',
    revoked: key.revokedAt?.toISOString() ?? '',
  };
}

function reportUserErrors(userErrors: UserError[]): number {
  for (const error of userErrors) say(`${error.field.slice(1).join('.') || 'input'}: ${error.message}`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  return withMigratedDatabase(loadConfig(), say, (db) => run(db, command));
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      if (error instanceof UsageError) console.error(USAGE);
      process.exit(error instanceof UsageError ? 2 : 1);
    });
}
