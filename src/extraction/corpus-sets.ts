// The extra sets of real documents kept as addresses (corpus-sets/README.md): each set's manifest says
// where every text comes from and how it was cleaned, its gold files hold the annotations without the
// text, and a text is rebuilt on demand from a snapshot of its origin repository or from a saved copy,
// checked against the recorded sha256. The texts are their publishers' and never enter the repository.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { CLEANING_STEP_NAMES, applyCleaning, type CleaningStep } from './corpus-cleaning';
import { SHARED_DIR } from './corpus';

export const CORPUS_SETS_DIR = path.join(PROJECT_ROOT, 'corpus-sets');
/**
 * Where the search tool's `fetch` leaves repository snapshots (`<owner>+<name>/repo`): `.mirror` beside
 * the real ../shared (a worktree's ../shared is a link to it), or NEWSGRAPH_MIRROR_DIR.
 */
export const MIRROR_DIR = process.env.NEWSGRAPH_MIRROR_DIR
  ? path.resolve(process.env.NEWSGRAPH_MIRROR_DIR)
  : path.resolve(fs.existsSync(SHARED_DIR) ? fs.realpathSync(SHARED_DIR) : SHARED_DIR, '..', '.mirror');

/** A file of a public GitHub repository at a pinned commit (or at any of `sameBytesAt`, the same bytes). */
export interface GithubOrigin {
  kind: 'github';
  repo: string;
  path: string;
  commit: string;
  blob?: string;
  /** sha256 of the file's bytes, checked before cleaning when recorded. */
  rawSha256?: string;
  sameBytesAt?: { commit: string; path?: string }[];
}

/** An excerpt of the search tool's stored `pages`: a program cannot fetch it, a person re-runs the query. */
export interface PagesOrigin {
  kind: 'pages';
  url: string;
  query: string;
  rank: number;
  note?: string;
}

export interface ManifestEntry {
  id: string;
  origin: GithubOrigin | PagesOrigin;
  cleaning: CleaningStep[];
  /** sha256 of the final text, UTF-8. */
  sha256: string;
}

/** A document's gold file: the corpus format (../shared/corpus/README.md) without `text`. */
export interface GoldDocument {
  source: string;
  url: string;
  title: string;
  publishedAt: string;
  license: string;
  gold: unknown;
}

export interface CorpusSet {
  name: string;
  directory: string;
  entries: ManifestEntry[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** What is wrong with one manifest entry, or null. */
export function manifestEntryProblem(entry: unknown): string | null {
  if (!isObject(entry) || !isText(entry.id)) return 'an entry without an id';
  const { id, origin, cleaning, sha256 } = entry;
  if (!isText(sha256) || !/^[0-9a-f]{64}$/.test(sha256)) return `${id}: sha256 is not 64 hex digits`;
  if (!Array.isArray(cleaning)) return `${id}: cleaning is not a list of steps`;
  for (const step of cleaning) {
    if (!Array.isArray(step) || !(CLEANING_STEP_NAMES as readonly unknown[]).includes(step[0])) return `${id}: unknown cleaning step ${JSON.stringify(step)}`;
    const argumentCount = step[0] === 'slice' ? 2 : 0;
    if (step.length !== argumentCount + 1 || !step.slice(1).every((bound) => Number.isInteger(bound) && bound >= 0)) return `${id}: cleaning step ${JSON.stringify(step)} has the wrong arguments`;
  }
  if (!isObject(origin)) return `${id}: no origin`;
  if (origin.kind === 'github') {
    if (!isText(origin.repo) || !/^[\w.-]+\/[\w.-]+$/.test(origin.repo) || !isText(origin.path) || !isText(origin.commit)) return `${id}: a github origin needs repo (owner/name), path and commit`;
  } else if (origin.kind === 'pages') {
    if (!isText(origin.url) || !isText(origin.query) || !Number.isInteger(origin.rank)) return `${id}: a pages origin needs url, query and rank`;
  } else return `${id}: origin kind is neither github nor pages`;
  return null;
}

/** A set's manifest and the gold file of each entry, checked; `set` is a folder or a name under corpus-sets/. */
export function readCorpusSet(set: string): CorpusSet {
  const directory = fs.existsSync(path.join(set, 'manifest.json')) ? path.resolve(set) : path.join(CORPUS_SETS_DIR, set);
  const manifestFile = path.join(directory, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`no corpus set ${set}: neither ${set}/manifest.json nor ${manifestFile}`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as unknown;
  if (!isObject(manifest) || !isText(manifest.set) || !Array.isArray(manifest.documents)) throw new Error(`${manifestFile}: expected { "set": name, "documents": [...] }`);
  const problems = manifest.documents.map(manifestEntryProblem).filter((problem) => problem !== null);
  const entries = manifest.documents as ManifestEntry[];
  const ids = entries.map((entry) => entry.id);
  problems.push(...ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${id}: listed twice`));
  if (problems.length === 0) problems.push(...ids.filter((id) => !fs.existsSync(goldFile(directory, id))).map((id) => `${id}: no gold file ${goldFile(directory, id)}`));
  if (problems.length > 0) throw new Error(`${manifestFile}:\n  ${problems.join('\n  ')}`);
  return { name: manifest.set, directory, entries };
}

const goldFile = (directory: string, id: string) => path.join(directory, 'gold', `${id}.json`);

export function readGoldDocument(set: CorpusSet, id: string): GoldDocument {
  return JSON.parse(fs.readFileSync(goldFile(set.directory, id), 'utf8')) as GoldDocument;
}

export const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Strict UTF-8 as Python's `bytes.decode('utf-8')`: a byte-order mark is kept as text, a bad byte is an error. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where the texts come from: snapshots of the origin repositories, and copies of the `pages` excerpts. */
export interface TextSources {
  /** Holds `<owner>+<name>/repo` (or `<owner>+<name>`) git directories. */
  mirror?: string;
  /** Holds `<id>.txt`, each the excerpt as saved before the manifest's cleaning. */
  pages?: string;
}

export type Recovery =
  | { id: string; status: 'recovered'; text: string }
  | { id: string; status: 'missing'; how: string }
  | { id: string; status: 'mismatch'; problem: string };

function repositoryDirectory(mirror: string | undefined, repo: string): string | null {
  if (!mirror) return null;
  const base = path.join(mirror, repo.replace('/', '+'));
  return [path.join(base, 'repo'), base].find((directory) => fs.existsSync(path.join(directory, 'HEAD')) || fs.existsSync(path.join(directory, '.git'))) ?? null;
}

/** The file's bytes at its commit, or at the first other commit that has it, or null. */
function readGitFile(gitDirectory: string, origin: GithubOrigin): Buffer | null {
  for (const version of [{ commit: origin.commit, path: origin.path }, ...(origin.sameBytesAt ?? [])]) {
    try {
      return execFileSync('git', ['-C', gitDirectory, 'show', `${version.commit}:${version.path ?? origin.path}`], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      // Not in this snapshot (an older fetch, or a path since renamed): try the next version.
    }
  }
  return null;
}

/** Python's universal newlines, as the annotators' `open(file).read()` saw a saved excerpt. */
const universalNewlines = (text: string) => text.replace(/\r\n?/g, '\n');

/** The stored text of one entry, before cleaning; or why it is not here and how to get it. */
function readStored(entry: ManifestEntry, sources: TextSources): { stored: string } | { missing: string } | { mismatch: string } {
  const { origin } = entry;
  if (origin.kind === 'pages') {
    const file = sources.pages ? path.join(sources.pages, `${entry.id}.txt`) : null;
    if (file && fs.existsSync(file)) return { stored: universalNewlines(fs.readFileSync(file, 'utf8')) };
    return { missing: `a search-tool excerpt, not fetchable by a program: search corpus "pages" for ${JSON.stringify(origin.query)}, take result rank ${origin.rank} (${origin.url}), save its excerpt as ${entry.id}.txt in the --pages folder${origin.note ? ` (${origin.note})` : ''}` };
  }
  const gitDirectory = repositoryDirectory(sources.mirror, origin.repo);
  if (!gitDirectory) return { missing: `no snapshot of ${origin.repo} under ${sources.mirror ?? '(no --mirror)'}: the search tool's fetch github:${origin.repo}, or git clone https://github.com/${origin.repo} ${origin.repo.replace('/', '+')}/repo` };
  const bytes = readGitFile(gitDirectory, origin);
  if (!bytes) return { missing: `${origin.path} at ${origin.commit} is not in the snapshot ${gitDirectory}: fetch a newer one` };
  if (origin.rawSha256 && sha256(bytes) !== origin.rawSha256) return { mismatch: `${origin.repo} ${origin.path}: the file's sha256 is not the recorded one` };
  return { stored: utf8.decode(bytes) };
}

/** One entry's text rebuilt and checked against its sha256. */
export function recoverText(entry: ManifestEntry, sources: TextSources): Recovery {
  const stored = readStored(entry, sources);
  if ('missing' in stored) return { id: entry.id, status: 'missing', how: stored.missing };
  if ('mismatch' in stored) return { id: entry.id, status: 'mismatch', problem: stored.mismatch };
  const text = applyCleaning(stored.stored, entry.cleaning);
  if (sha256(text) !== entry.sha256) return { id: entry.id, status: 'mismatch', problem: 'the cleaned text\'s sha256 is not the recorded one' };
  return { id: entry.id, status: 'recovered', text };
}

/** A recovered document in the corpus format `npm run eval -- --corpus` reads: the gold file's fields with the text before the gold. */
export function corpusDocument(gold: GoldDocument, text: string): object {
  const { gold: annotations, ...metadata } = gold;
  return { ...metadata, text, gold: annotations };
}
