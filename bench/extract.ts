// Extraction speed: runs the extractor over the labelled corpus (plus the seed article) repeated,
// on this one core, and prints articles per second, ms per article (p50, p99) and KB per second;
// then reads one 1 MB text (the labelled articles' paragraphs, over and over), on this thread and
// through the worker pool ingestion uses, with its growth from 250 KB (linear: ×4 for 4× the text).
// Prints only; nothing is written to bench/results/.
//
//   npm run bench:extract                (default: 20 rounds over the corpus, 3 runs of the 1 MB text)
//   BENCH_ROUNDS=100 BENCH_BIG_RUNS=5 npm run bench:extract
import { extractArticle } from '../src/extraction';
import { LABELLED_SET_DIR, readLabelledArticles, readRealCorpus, readSeedArticle } from '../src/extraction/corpus';
import { ExtractionPool } from '../src/extraction/pool';
import type { ArticleSource } from '../src/extraction/types';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const MEGABYTE = 1_000_000;

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

async function bigTexts(): Promise<void> {
  const megabyte = bigText(MEGABYTE);
  const quarter = bigText(MEGABYTE / 4);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const runs = async (source: ArticleSource, run: (source: ArticleSource) => unknown) => {
    const times = [];
    for (let index = 0; index < BIG_RUNS; index++) times.push(await timed(() => run(source)));
    return { wall: median(times.map((time) => time.wall)), cpu: median(times.map((time) => time.cpu)) };
  };
  // Alternated, so that neither size runs with a JIT or heap the other left warmer.
  const quarterInThread = await runs(quarter, extractArticle);
  const inThread = await runs(megabyte, extractArticle);
  const pool = new ExtractionPool({ workers: 1, timeoutMs: 120_000 });
  await pool.extract(quarter); // starts the worker and loads its reference data
  const inWorker = await runs(megabyte, (source) => pool.extract(source));
  await pool.close();
  const facts = extractArticle(megabyte).facts.length;
  const size = (source: ArticleSource) => `${(Buffer.byteLength(source.text) / 1e6).toFixed(2)} MB`;
  console.log(`one long text (${size(megabyte)}, ${facts} facts), median of ${BIG_RUNS} runs (target: under 5 s)`);
  console.log(`  this thread    ${(inThread.wall / 1000).toFixed(2)} s wall clock, ${(inThread.cpu / 1000).toFixed(2)} s CPU`);
  console.log(`  worker pool    ${(inWorker.wall / 1000).toFixed(2)} s wall clock (as ingestArticleText waits for it)`);
  console.log(`  growth         ${(inThread.cpu / quarterInThread.cpu).toFixed(1)}× the CPU of a text 4× shorter (${size(quarter)}: ${(quarterInThread.cpu / 1000).toFixed(2)} s); linear is 4×`);
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
  await bigTexts();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
