// `npm run ingest -- [--published-at YYYY-MM-DD] <files or folders>`: articles as text (.txt, .md,
// .html; folders walked) read by the extractor and written through `ingestArticleText`, with a
// progress bar; refused files are reported with their reason, the others written, and warnings (no
// publication date known: relative dates unresolved) printed per file; a summary ends the run.
// `npm run reextract [-- --all]` (this tool with --reextract): the stored articles an older extractor read (all of them with
// --all) read again by the current one, without duplicating anything.
// Exit code 0 when every article was written, 2 when some were refused, 1 when the run failed.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import { EXTRACTOR_VERSION } from '../extraction';
import { loadCountries } from '../ingest/reference-countries';
import { ingestArticleFiles, reextractArticles, type TextIngestProblem, type TextIngestProgress } from '../ingest/files';
import { commandLine, UsageError } from './arguments';
import { exitWhenDone } from './exit';
import { progressBar } from './progress';

const USAGE =
  'usage: npm run ingest -- [--published-at YYYY-MM-DD] <file or folder> [more files or folders]\n' +
  '  --published-at  the publication date of the articles that state none (front matter, meta tags or a dateline);\n' +
  '                  without one, their relative dates ("Friday") stay unresolved and a warning says so';

/** `--published-at 2025-01-03` (or `--published-at=…`): a calendar day (UTC) or a full ISO 8601 date-time. */
function publicationDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--published-at: "${value}" is not a date (expected YYYY-MM-DD)`);
  return date;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const reextract = argv.includes('--reextract');
  const { values, positionals: paths } = commandLine(argv, USAGE,
    { 'published-at': { type: 'string' }, reextract: { type: 'boolean' }, all: { type: 'boolean' } },
    reextract ? { min: 0, max: 0 } : { min: 1, max: Infinity });
  const publishedAt = publicationDate(values['published-at']);
  const config = loadConfig();
  return withMigratedDatabase(config, (message) => console.error(message), async (db) => {
    await loadCountries(db);
    const verb = reextract ? `re-extracting (extractor ${EXTRACTOR_VERSION})` : 'ingesting';
    const progress = progressBar(verb, 'articles', (problem: TextIngestProblem) => `${problem.item}: ${problem.reason}`);
    const onProgress: TextIngestProgress = (done, total, running) =>
      progress.update(done, total, running.created + running.existing, running.seconds, running.problems);
    const options = { extraction: config.extraction, publishedAt };
    const summary = reextract
      ? await reextractArticles(db, { all: values.all === true }, onProgress, options)
      : await ingestArticleFiles(db, paths, onProgress, options);
    progress.stop();
    for (const warning of summary.warnings) console.log(`warning: ${warning.item}: ${warning.reason}`);
    const written = summary.created + summary.existing;
    console.log(
      `${summary.items} articles: ${summary.created} created, ${summary.existing} already there (updated where they differ), ` +
        `${summary.failed} refused, ${summary.warnings.length} with warnings; ${summary.seconds.toFixed(1)} s, ` +
        `${(written / Math.max(summary.seconds, 0.001)).toFixed(1)} articles/s`,
    );
    return summary.failed ? 2 : 0;
  });
}

exitWhenDone(main());
