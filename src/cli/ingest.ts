// `npm run ingest -- <files or folders>`: articles as text (.txt, .md, .html; folders walked) read
// by the extractor and written through `ingestArticleText`, with a progress bar; refused files are
// reported with their reason, the others written; a summary ends the run.
// `npm run reextract [-- --all]` (this tool with --reextract): the stored articles an older extractor read (all of them with
// --all) read again by the current one, without duplicating anything.
// Exit code 0 when every article was written, 2 when some were refused, 1 when the run failed.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../db/connect';
import { EXTRACTOR_VERSION } from '../extraction';
import { loadCountries } from '../modules/country/reference-data';
import { ingestArticleFiles, reextractArticles, type TextIngestProblem, type TextIngestProgress } from '../modules/ingest/files';
import { exitWhenDone } from './exit';
import { progressBar } from './progress';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const reextract = args.includes('--reextract');
  if (!reextract && !args.length) {
    console.error('usage: npm run ingest -- <file or folder> [more files or folders]');
    return 1;
  }
  return withMigratedDatabase(loadConfig(), (message) => console.error(message), async (db) => {
    await loadCountries(db);
    const verb = reextract ? `re-extracting (extractor ${EXTRACTOR_VERSION})` : 'ingesting';
    const progress = progressBar(verb, 'articles', (problem: TextIngestProblem) => `${problem.item}: ${problem.reason}`);
    const onProgress: TextIngestProgress = (done, total, running) =>
      progress.update(done, total, running.created + running.existing, running.seconds, running.problems);
    const summary = reextract
      ? await reextractArticles(db, { all: args.includes('--all') }, onProgress)
      : await ingestArticleFiles(db, args, onProgress);
    progress.stop();
    const written = summary.created + summary.existing;
    console.log(
      `${summary.items} articles: ${summary.created} created, ${summary.existing} already there (updated where they differ), ` +
        `${summary.failed} refused; ${summary.seconds.toFixed(1)} s, ${(written / Math.max(summary.seconds, 0.001)).toFixed(1)} articles/s`,
    );
    return summary.failed ? 2 : 0;
  });
}

exitWhenDone(main());
