// `npm run eval [-- [--verbose] [folder]]`: runs the extractor over a labelled corpus (default: the
// labelled set plus the seed article) and prints precision, recall and F1 per kind.
import path from 'node:path';
import { extractArticle } from '../extraction';
import { LABELLED_SET_DIR, readLabelledArticles, readSeedArticle, type LabelledArticle } from '../extraction/corpus';
import { formatTable, KINDS, scoreArticle, totals } from '../extraction/score';

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const folder = args.find((arg) => !arg.startsWith('--'));
  const corpus: LabelledArticle[] = folder ? readLabelledArticles(path.resolve(folder)) : readLabelledArticles(LABELLED_SET_DIR);
  if (!folder) {
    const seed = readSeedArticle();
    if (seed) corpus.unshift(seed);
    else console.warn('seed article not found beside the clone (../shared/seed-article.txt): scoring the labelled set only');
  }
  if (!corpus.length) {
    console.error(`no labelled articles (article + .gold.json) in ${folder ?? LABELLED_SET_DIR}`);
    process.exitCode = 1;
    return;
  }
  const scores = corpus.map((article) => scoreArticle(article.name, extractArticle(article.source).graph, article.gold));
  if (verbose) {
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
  console.log(formatTable(totals(scores), corpus.length));
}

main();
