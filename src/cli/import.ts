// `npm run import -- <file.ndjson>`: bulk import (src/ingest/bulk-import.ts: thousands of lines per
// transaction, set-based writes) with a progress bar (count, rate, ETA); bad lines
// are reported with their number and reason, the good ones are written; a summary ends the run.
// Two times are reported: the import's own (from the first line read to the last batch committed: what
// its articles/s is computed over), and the whole run's, which adds this process's start, the embedded
// PostgreSQL's (a new DATA_DIR is a new cluster: initdb), migrations, reference countries and the stop.
// Exit code 0 when every line was imported, 2 when some were refused, 1 when the run failed.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import { loadCountries } from '../ingest/reference-countries';
import { importFileInBulk } from '../ingest/bulk-import';
import type { ImportProblem } from '../ingest/import';
import { commandLine } from './arguments';
import { exitWhenDone } from './exit';
import { progressBar } from './progress';

async function main(): Promise<number> {
  const [file] = commandLine(process.argv.slice(2), 'usage: npm run import -- <file.ndjson>', {}, { min: 1, max: 1 }).positionals;
  const code = await withMigratedDatabase(loadConfig(), (message) => console.error(message), async (db) => {
    // Country reference data is what every line's country references resolve against.
    await loadCountries(db);
    const progress = progressBar('importing', 'articles', (problem: ImportProblem) => `line ${problem.line}: ${problem.reason}`);
    const summary = await importFileInBulk(db, file, ({ linesDone, totalLines, summary: running }) =>
      progress.update(linesDone, totalLines, running.created + running.existing, running.seconds, running.problems),
    );
    progress.stop();
    const imported = summary.created + summary.existing;
    console.log(
      `${summary.lines} lines: ${summary.created} articles created, ${summary.existing} already there ` +
        `(updated where they differ), ${summary.failed} refused; ` +
        `import ${summary.seconds.toFixed(1)} s, ${(imported / Math.max(summary.seconds, 0.001)).toFixed(1)} articles/s`,
    );
    return summary.failed ? 2 : 0;
  });
  // process.uptime() counts from this process's start, before its modules were loaded.
  console.log(`${process.uptime().toFixed(1)} s in all, with start-up (PostgreSQL, migrations, reference countries) and shutdown`);
  return code;
}

exitWhenDone(main());
