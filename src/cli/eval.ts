// `npm run eval [-- [--verbose] [folder]]`: runs the extractor over the labelled corpora and prints
// precision, recall and F1 per kind for each part separately: the real documents' dev/ and test/
// (../shared/corpus, counted as its README says), and the sets written here (the labelled set with
// the seed article, and the holdout). With a folder, that folder only (articles with .gold.json).
// With `--corpus <dir>`, that folder of documents in the corpus format only (real documents kept
// outside the repository, counted as dev/ and test/ are), with its events per type family too. Every
// real-document part also prints its events, people and arms sales missed and extra by likely cause
// (counts only).
// `--verbose` lists misses and false positives per document of dev/ and of the written-here sets,
// never of test/ or of a `--corpus` folder (measured on, not developed on: read only in aggregate).
import path from 'node:path';
import { extractArticle } from '../extraction';
import {
  LABELLED_HOLDOUT_DIR,
  LABELLED_SET_DIR,
  REAL_CORPUS_DIR,
  readCorpusFolder,
  readLabelledArticles,
  readRealCorpus,
  readSeedArticle,
  type LabelledArticle,
} from '../extraction/corpus';
import {
  causeRows, eventFamily, eventMissCauses, FALSE_POSITIVE_CAUSES, flatten, formatTable, KINDS, MISS_CAUSES, PEOPLE_FALSE_POSITIVE_CAUSES,
  PEOPLE_MISS_CAUSES, peopleMissCauses, SALE_FALSE_POSITIVE_CAUSES, SALE_MISS_CAUSES, saleMissCauses, scoreArticle, totals,
  type ArticleScore, type CountingRules,
} from '../extraction/score';

interface Part {
  name: string;
  articles: LabelledArticle[];
  rules: CountingRules;
  verbose: boolean;
  /** Also print the events per type family (gold, hits, false positives, misses). */
  families?: boolean;
}

export interface EvalArguments {
  verbose: boolean;
  /** A folder of written-here articles with `.gold.json` (strict rules). */
  folder?: string;
  /** A folder of documents in the corpus format (corpus rules). */
  corpus?: string;
}

export function parseArguments(args: string[]): EvalArguments {
  const corpusAt = args.indexOf('--corpus');
  if (corpusAt >= 0 && (!args[corpusAt + 1] || args[corpusAt + 1].startsWith('--'))) throw new Error('--corpus needs a folder: npm run eval -- --corpus <dir>');
  const corpus = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
  const folder = args.find((arg, index) => !arg.startsWith('--') && !(corpusAt >= 0 && index === corpusAt + 1));
  return { verbose: args.includes('--verbose'), folder, corpus };
}

/** The type of an event key as the scorer labels it (`TYPE date place`). */
const typeOfKey = (key: string): string => key.split(' ')[0];

/** Gold, hits, false positives and misses per event family, summed over a part's documents. */
export function familyRows(articles: LabelledArticle[], scores: ArticleScore[]): string[] {
  const counts = new Map<string, { gold: number; falsePositives: number; misses: number }>();
  const entry = (type: string) => {
    const family = eventFamily(type);
    if (!counts.has(family)) counts.set(family, { gold: 0, falsePositives: 0, misses: 0 });
    return counts.get(family)!;
  };
  for (const article of articles) for (const event of article.gold.events ?? []) entry(event.type).gold++;
  for (const score of scores) {
    for (const key of score.falsePositives.events) entry(typeOfKey(key)).falsePositives++;
    for (const key of score.misses.events) entry(typeOfKey(key)).misses++;
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, count]) => `${family.padEnd(16)} gold ${String(count.gold).padStart(3)}  TP ${String(count.gold - count.misses).padStart(3)}  FP ${String(count.falsePositives).padStart(3)}  FN ${String(count.misses).padStart(3)}`);
}

function printPart(part: Part, verbose: boolean): void {
  const graphs = part.articles.map((article) => extractArticle(article.source).graph);
  const scores: ArticleScore[] = part.articles.map((article, index) => scoreArticle(article.name, graphs[index], article.gold, part.rules));
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
  if (part.families) console.log(['', 'events per type family:', ...familyRows(part.articles, scores)].join('\n'));
  if (part.rules === 'corpus') {
    const rowsOrNone = (rows: string[]) => (rows.length ? rows : ['none']);
    const causes = scores.map((score, index) => eventMissCauses(score, flatten(graphs[index].events).map((event) => event.type)));
    console.log(['', 'events unmatched (gold not found, extracted not in the gold), by likely cause:', ...rowsOrNone(causeRows(causes, MISS_CAUSES, FALSE_POSITIVE_CAUSES))].join('\n'));
    const people = scores.map((score, index) => peopleMissCauses(score, graphs[index].people, part.articles[index].gold.people ?? []));
    console.log(['', 'people unmatched (gold not found, extracted not in the gold), by likely cause:', ...rowsOrNone(causeRows(people, PEOPLE_MISS_CAUSES, PEOPLE_FALSE_POSITIVE_CAUSES))].join('\n'));
    const sales = scores.map((score, index) => saleMissCauses(score, part.articles[index].gold.armsSales ?? [], graphs[index].armsSales));
    console.log(['', 'arms sales unmatched (gold not found, extracted not in the gold), by likely cause:', ...rowsOrNone(causeRows(sales, SALE_MISS_CAUSES, SALE_FALSE_POSITIVE_CAUSES))].join('\n'));
  }
}

export function main(args: string[]): void {
  const { verbose, folder, corpus } = parseArguments(args);
  const parts: Part[] = [];
  if (corpus) {
    const articles = readCorpusFolder(path.resolve(corpus));
    parts.push({ name: `real documents: ${corpus} (type families, gold-only dates and places)`, articles, rules: 'corpus', verbose: false, families: true });
  } else if (folder) {
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

if (require.main === module) main(process.argv.slice(2));
