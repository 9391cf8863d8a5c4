// Extraction speed: runs the extractor over the labelled corpus (plus the seed article) repeated,
// on this one core, and prints articles per second, ms per article (p50, p99) and KB per second;
// then reads long texts (the labelled articles' paragraphs, over and over) of 0.25, 0.5, 1 and 2 MB on
// this thread, printing the CPU per megabyte of each (linear growth: the same at every size), and the
// 1 MB text through the worker pool ingestion uses (wall clock, and CPU of all threads; EXTRACTION_WORKERS
// workers, by default the service's, which read a long text in shares side by side).
// Prints only; nothing is written to bench/results/.
//
//   npm run bench:extract                (default: 20 rounds over the corpus, 3 runs of each long text)
//   BENCH_ROUNDS=100 BENCH_BIG_RUNS=5 npm run bench:extract
//   BENCH_CORPUS=<dir>[,<dir>…] npm run bench:extract   (also: corpus sets rebuilt by `npm run corpus:recover`, each text read once)
import { extractArticle } from '../src/extraction';
import { LABELLED_SET_DIR, readCorpusFolder, readLabelledArticles, readRealCorpus, readSeedArticle } from '../src/extraction/corpus';
import { DEFAULT_EXTRACTION_OPTIONS, ExtractionPool } from '../src/extraction/pool';
import type { ArticleSource } from '../src/extraction/types';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const MEGABYTE = 1_000_000;
const WORKERS = Number(process.env.EXTRACTION_WORKERS ?? DEFAULT_EXTRACTION_OPTIONS.workers);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** A text of `size` characters made of the labelled articles' paragraphs, repeated: real sentences, a long digest. */
export function bigText(size: number): ArticleSource {
  const paragraphs = readLabelledArticles(LABELLED_SET_DIR).map((article) => extractArticle(article.source).article.body).join('\n');
  let body = '';
  while (body.length < size) body += `${paragraphs}\n`;
  return { text: `A digest of the week's coverage\n${body.slice(0, body.lastIndexOf('\n', size))}`, format: 'text', publishedAt: new Date('2025-01-03T00:00:00Z') };
}

/** Wall-clock and CPU milliseconds of `run` (CPU: this process, all threads). */
async function timed(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await run();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Texts of a quarter, half, one and two megabytes: linear cost reads the same CPU per megabyte at every size. */
const SIZES = [0.25, 0.5, 1, 2];

async function bigTexts(): Promise<void> {
  const texts = new Map(SIZES.map((megabytes) => [megabytes, bigText(megabytes * MEGABYTE)]));
  const megabyte = texts.get(1)!;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // Every size is read once first (the JIT and the heap warmed by long texts), then the sizes in turn, round after round.
  for (const source of texts.values()) extractArticle(source);
  const inThread = new Map<number, { wall: number; cpu: number }[]>(SIZES.map((megabytes) => [megabytes, []]));
  for (let run = 0; run < BIG_RUNS; run++) {
    for (const [megabytes, source] of texts) inThread.get(megabytes)!.push(await timed(() => extractArticle(source)));
  }
  // The pool as ingestArticleText uses it: its workers started and warmed by a first text (read in shares by them all), then the 1 MB text.
  const pool = new ExtractionPool({ workers: WORKERS, timeoutMs: 600_000 });
  await pool.extract(texts.get(0.25)!);
  const inWorker = [];
  for (let run = 0; run < BIG_RUNS; run++) inWorker.push(await timed(() => pool.extract(megabyte)));
  await pool.close();
  const facts = extractArticle(megabyte).facts.length;
  const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
  const thread = inThread.get(1)!;
  console.log(`one long text (${(Buffer.byteLength(megabyte.text) / 1e6).toFixed(2)} MB, ${facts} facts), median of ${BIG_RUNS} runs (target: under 5 s)`);
  console.log(`  this thread    ${seconds(median(thread.map((time) => time.wall)))} wall clock, ${seconds(median(thread.map((time) => time.cpu)))} CPU`);
  console.log(`  worker pool    ${seconds(median(inWorker.map((time) => time.wall)))} wall clock (as ingestArticleText waits for it), ${seconds(median(inWorker.map((time) => time.cpu)))} CPU (all threads), ${WORKERS} worker${WORKERS === 1 ? '' : 's'}`);
  // CPU per megabyte at each size: the same figure at every size is linear growth; rising with the size, worse than linear.
  const perMegabyte = SIZES.map((megabytes) => `${megabytes} MB ${seconds(median(inThread.get(megabytes)!.map((time) => time.cpu)) / megabytes)}`);
  console.log(`  CPU per MB     ${perMegabyte.join(', ')} (linear: the same at every size)`);
}

/**
 * The documents of BENCH_CORPUS's folders, each read once: texts the process has not read before, so that no cache
 * of what an earlier reading of the same text built can flatter the figure (the rounds above read the same texts again).
 */
function newTexts(): void {
  const folders = (process.env.BENCH_CORPUS ?? '').split(',').filter(Boolean);
  if (!folders.length) return;
  const sources = folders.flatMap((folder) => readCorpusFolder(folder)).map((article) => article.source);
  const cpuBefore = process.cpuUsage();
  for (const source of sources) extractArticle(source);
  const cpu = process.cpuUsage(cpuBefore);
  console.log(`  new texts      ${sources.length} documents of ${folders.length} folder(s), each read once: ${(sources.length / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} per CPU second`);
}

async function main(): Promise<void> {
  const seed = readSeedArticle();
  // The written-here articles plus, when ../shared/corpus is there, the 62 real documents.
  const real = [...(readRealCorpus('dev') ?? []), ...(readRealCorpus('test') ?? [])];
  const corpus = [...(seed ? [seed] : []), ...readLabelledArticles(LABELLED_SET_DIR), ...real].map((article) => article.source);
  // Warm-up: reference data, compromise's lexicon and chrono's parsers load on first use.
  for (const source of corpus) extractArticle(source);
  const durations: number[] = [];
  let bytes = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < ROUNDS; round++) {
    for (const source of corpus) {
      const before = process.hrtime.bigint();
      extractArticle(source);
      durations.push(Number(process.hrtime.bigint() - before) / 1e6);
      bytes += Buffer.byteLength(source.text);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time counts only this process's work: on a shared machine, wall time also counts waiting.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  durations.sort((a, b) => a - b);
  console.log(`extractor over ${corpus.length} articles × ${ROUNDS} rounds (${durations.length} extractions, one core)`);
  console.log(`  articles/s     ${(durations.length / seconds).toFixed(1)} wall clock, ${(durations.length / cpuSeconds).toFixed(1)} per CPU second`);
  console.log(`  ms/article     p50 ${percentile(durations, 0.5).toFixed(2)}  p99 ${percentile(durations, 0.99).toFixed(2)}`);
  console.log(`  KB/s           ${(bytes / 1024 / seconds).toFixed(0)}`);
  newTexts();
  await bigTexts();
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
