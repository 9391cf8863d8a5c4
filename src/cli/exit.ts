// How the command-line tools that report with an exit code end: with the code their run returns,
// or 1 and the error's message (no stack: the message is for the operator) when it fails.
export function exitWhenDone(run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
