// How the command-line tools that report with an exit code end: with the code their run returns,
// or 1 and the error's message (no stack: the message is for the operator) when it fails; a usage
// error with its own code (0 for --help).
import { UsageError } from './arguments';

export function exitWhenDone(run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(error instanceof UsageError ? error.exitCode : 1);
    },
  );
}
