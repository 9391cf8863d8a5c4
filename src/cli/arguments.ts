// The command line of the tools that read files: options are read before any database starts, so a
// typo fails at once with the usage, and an unknown option is never taken for a file name
// (`npm run export -- --out x` wrote a file called "--out").
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Something wrong with the command line: its message (with the usage) goes to stderr, and the run ends with exitCode. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The options and file arguments of argv (node:util's parseArgs, strict). `--help` answers with the
 * usage and exit code 0; an unknown option, a missing value or too few or too many files, with
 * UsageError.
 */
export function commandLine<T extends Options>(argv: string[], usage: string, options: T, files: { min: number; max: number }) {
  type Config = { args: string[]; options: T & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true; strict: true };
  let parsed;
  try {
    parsed = parseArgs<Config>({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* errors.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(`${(error as Error).message}\n${usage}`);
    throw error;
  }
  if ((parsed.values as { help?: boolean }).help) throw new UsageError(usage, 0);
  const count = parsed.positionals.length;
  if (count < files.min) throw new UsageError(usage);
  if (count > files.max) throw new UsageError(`${files.max === 1 ? 'one file' : `at most ${files.max} files`}, not ${count}\n${usage}`);
  return parsed;
}
