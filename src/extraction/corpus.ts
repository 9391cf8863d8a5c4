// The labelled corpora. Written here: every article of a folder with its `.gold.json`, plus the seed
// article (its text is the publisher's, read from ../shared beside the clone; its gold is the curated
// seed graph). Real documents: ../shared/corpus/{dev,test}/*.json, texts and gold in one file each
// (format in ../shared/corpus/README.md), never copied into the repository; other folders in that
// format are read the same way.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, PRISMA_DIR } from '../paths';
import { ARTICLE_EXTENSIONS, readArticleFile } from './read';
import type { GoldEvent, GoldGraph } from './score';
import type { ArticleSource } from './types';

export const LABELLED_SET_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'extraction');
export const LABELLED_HOLDOUT_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'extraction-holdout');
/** The texts kept beside the clone, not in it: `../shared`, or NEWSGRAPH_SHARED_DIR (a worktree elsewhere). */
export const SHARED_DIR = process.env.NEWSGRAPH_SHARED_DIR ? path.resolve(process.env.NEWSGRAPH_SHARED_DIR) : path.resolve(PROJECT_ROOT, '..', 'shared');
export const SEED_ARTICLE_FILE = path.join(SHARED_DIR, 'seed-article.txt');
export const REAL_CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const REAL_CORPUS_PARTS = ['dev', 'test'] as const;
export type RealCorpusPart = (typeof REAL_CORPUS_PARTS)[number];
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

/** One document of ../shared/corpus as stored (the fields the scorer and the extractor read). */
interface RealDocument {
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  text: string;
  gold: {
    people?: { name: string; aliases?: string[] }[];
    countries?: { iso2: string }[];
    events?: { type: string; date?: string | null; location?: string | null }[];
    armsSales?: { supplier: string; recipient: string; valueUsd?: number | string | null }[];
  };
}

/** The corpus format's gold in the scorer's shape (ISO2 `iso2` → `country`, event `date` → `startDate`; people keep their written forms). */
function goldOfRealDocument(gold: RealDocument['gold']): GoldGraph {
  return {
    people: (gold.people ?? []).map((person) => ({ name: person.name, aliases: person.aliases ?? [] })),
    countries: (gold.countries ?? []).map((country) => ({ country: country.iso2 })),
    events: (gold.events ?? []).map((event): GoldEvent => ({ type: event.type, startDate: event.date ?? null, location: event.location ?? null })),
    armsSales: (gold.armsSales ?? []).map((sale) => ({ supplier: sale.supplier, recipient: sale.recipient, valueUsd: sale.valueUsd ?? null })),
  };
}

/** The documents of one part of ../shared/corpus, or null when the corpus is not beside the clone. */
export function readRealCorpus(part: RealCorpusPart, directory = REAL_CORPUS_DIR): LabelledArticle[] | null {
  const folder = path.join(directory, part);
  return fs.existsSync(folder) ? readCorpusFolder(folder, part) : null;
}

/**
 * Every `.json` document of a folder in the corpus format, named `<prefix>/<file>`: a part of
 * ../shared/corpus, or another set of real documents kept outside the repository (`npm run eval --
 * --corpus <dir>`), counted by the same rules.
 */
export function readCorpusFolder(folder: string, prefix = path.basename(folder)): LabelledArticle[] {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const document = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as RealDocument;
      return {
        name: `${prefix}/${file}`,
        // What a user ingesting the page would give: its text, title, address and date when known.
        source: {
          text: document.text,
          format: 'text' as const,
          title: document.title ?? null,
          url: document.url ?? null,
          source: document.source ?? null,
          publishedAt: document.publishedAt ? new Date(`${document.publishedAt.slice(0, 10)}T00:00:00Z`) : null,
        },
        gold: goldOfRealDocument(document.gold),
      };
    });
}
