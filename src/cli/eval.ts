// `npm run eval [-- [--verbose] [folder]]`: runs the extractor over the labelled corpora and prints
// precision, recall and F1 per kind for each part separately: the real documents' dev/ and test/
// (../shared/corpus, counted as its README says), and the sets written here (the labelled set with
// the seed article, and the holdout). With a folder, that folder only (articles with .gold.json).
// `--verbose` lists misses and false positives per document of dev/ and of the written-here sets,
// never of test/ (measured on, not developed on: its misses are read only in aggregate).
import path from 'node:path';
import { extractArticle } from '../extraction';
import {
  LABELLED_HOLDOUT_DIR,
  LABELLED_SET_DIR,
  REAL_CORPUS_DIR,
  readLabelledArticles,
  readRealCorpus,
  readSeedArticle,
  type LabelledArticle,
} from '../extraction/corpus';
import { formatTable, KINDS, scoreArticle, totals, type ArticleScore, type CountingRules } from '../extraction/score';

interface Part {
  name: string;
  articles: LabelledArticle[];
  rules: CountingRules;
  verbose: boolean;
}

function printPart(part: Part, verbose: boolean): void {
  const scores: ArticleScore[] = part.articles.map((article) => scoreArticle(article.name, extractArticle(article.source).graph, article.gold, part.rules));
  console.log(`\n## ${part.name}`);
  if (verbose && part.verbose) {
    for (const score of scores) {
      const lines = KINDS.flatMap((kind) => [
        ...score.misses[kind].map((key) => `  missed      ${kind}: ${key}`),
        ...score.falsePositives[kind].map((key) => `  unexpected  ${kind}: ${key}`),
      ]);
      console.log(`${score.article}${lines.length ? '' : '  (all correct)'}`);
      for (const line of lines) console.log(line);
    }
    console.log('');
  }
  console.log(formatTable(totals(scores), part.articles.length));
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const folder = args.find((arg) => !arg.startsWith('--'));
  const parts: Part[] = [];
  if (folder) {
    parts.push({ name: folder, articles: readLabelledArticles(path.resolve(folder)), rules: 'strict', verbose: true });
  } else {
    for (const name of ['dev', 'test'] as const) {
      const articles = readRealCorpus(name);
      if (articles) parts.push({ name: `real documents: ${name}/ (type families, gold-only dates and places)`, articles, rules: 'corpus', verbose: name === 'dev' });
      else console.warn(`${path.join(REAL_CORPUS_DIR, name)} not found beside the clone: the real documents' ${name}/ part is not scored`);
    }
    const labelled = readLabelledArticles(LABELLED_SET_DIR);
    const seed = readSeedArticle();
    if (seed) labelled.unshift(seed);
    else console.warn('seed article not found beside the clone (../shared/seed-article.txt): scoring the labelled set without it');
    parts.push({ name: 'written here: test/fixtures/extraction + seed article (exact types, OTHER ignored)', articles: labelled, rules: 'strict', verbose: true });
    parts.push({ name: 'written here: test/fixtures/extraction-holdout (exact types, OTHER ignored)', articles: readLabelledArticles(LABELLED_HOLDOUT_DIR), rules: 'strict', verbose: true });
  }
  const empty = parts.filter((part) => !part.articles.length);
  if (empty.length) {
    console.error(`no labelled articles in ${empty.map((part) => part.name).join(', ')}`);
    process.exitCode = 1;
    return;
  }
  for (const part of parts) printPart(part, verbose);
}

main();
