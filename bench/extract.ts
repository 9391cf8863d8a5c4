// Extraction speed: runs the extractor over the labelled corpus (plus the seed article) repeated,
// on this one core, and prints articles per second, ms per article (p50, p99) and KB per second.
// Prints only; nothing is written to bench/results/.
//
//   npm run bench:extract                (default: 20 rounds over the corpus)
//   BENCH_ROUNDS=100 npm run bench:extract
import { extractArticle } from '../src/extraction';
import { LABELLED_SET_DIR, readLabelledArticles, readRealCorpus, readSeedArticle } from '../src/extraction/corpus';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function main(): void {
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
}

main();
