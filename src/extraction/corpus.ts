// The labelled corpus: every article of a folder with its `.gold.json`, plus the seed article (its
// text is the publisher's, read from ../shared beside the clone; its gold is the curated seed graph).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, PRISMA_DIR } from '../paths';
import { ARTICLE_EXTENSIONS, readArticleFile } from './read';
import type { GoldGraph } from './score';
import type { ArticleSource } from './types';

export const LABELLED_SET_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'extraction');
export const SEED_ARTICLE_FILE = path.resolve(PROJECT_ROOT, '..', 'shared', 'seed-article.txt');
export const SEED_GRAPH_FILE = path.join(PRISMA_DIR, 'seed', 'blinken-final-trip.json');

export interface LabelledArticle {
  name: string;
  source: ArticleSource;
  gold: GoldGraph;
}

/** Articles of `directory` that have a gold file beside them (`NN-name.md` + `NN-name.gold.json`). */
export function readLabelledArticles(directory: string): LabelledArticle[] {
  return fs
    .readdirSync(directory)
    .filter((file) => ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase()))
    .filter((file) => fs.existsSync(path.join(directory, `${path.basename(file, path.extname(file))}.gold.json`)))
    .sort()
    .map((file) => ({
      name: file,
      source: readArticleFile(path.join(directory, file)),
      gold: JSON.parse(fs.readFileSync(path.join(directory, `${path.basename(file, path.extname(file))}.gold.json`), 'utf8')) as GoldGraph,
    }));
}

/** The seed article as the curated graph describes it, or null when ../shared is not there. */
export function readSeedArticle(): LabelledArticle | null {
  if (!fs.existsSync(SEED_ARTICLE_FILE)) return null;
  const gold = JSON.parse(fs.readFileSync(SEED_GRAPH_FILE, 'utf8')) as GoldGraph & { url: string; source: string; publishedAt: string };
  return {
    name: 'seed-article.txt',
    source: {
      text: fs.readFileSync(SEED_ARTICLE_FILE, 'utf8'),
      format: 'text',
      url: gold.url,
      source: gold.source,
      publishedAt: new Date(gold.publishedAt),
    },
    gold,
  };
}
