// `npm run generate -- --articles N --seed S --out file.ndjson`: writes synthetic coverage, one
// IngestArticleInput per line, the same bytes for the same seed and count. `--out -` (the default)
// writes to standard output; the summary goes to standard error.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateCoverage } from '../generate/coverage';

const USAGE = 'usage: npm run generate -- [--articles 1000] [--seed 1] [--out file.ndjson|-]';

export interface GenerateSummary {
  articles: number;
  people: number;
  events: number;
  armsSales: number;
  bytes: number;
  seconds: number;
}

/** Writes `articles` lines to `output`, waiting whenever the stream asks it to. */
export async function writeCoverage(
  output: NodeJS.WritableStream,
  options: { articles: number; seed: string | number },
): Promise<GenerateSummary> {
  const started = process.hrtime.bigint();
  const people = new Set<string>();
  const events = new Set<string>();
  const sales = new Set<string>();
  let count = 0;
  let bytes = 0;
  let chunk = '';
  const flush = async () => {
    if (!chunk) return;
    bytes += Buffer.byteLength(chunk);
    const ready = output.write(chunk);
    chunk = '';
    if (!ready) await once(output, 'drain');
  };
  for (const article of generateCoverage(options)) {
    for (const person of article.people) people.add(person.slug);
    for (const event of article.events) {
      events.add(event.slug);
      for (const child of event.children ?? []) events.add(child.slug);
    }
    for (const sale of article.armsSales) sales.add(sale.slug);
    chunk += `${JSON.stringify(article)}\n`;
    count++;
    if (chunk.length > 1 << 16) await flush();
  }
  await flush();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { articles: count, people: people.size, events: events.size, armsSales: sales.size, bytes, seconds };
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', short: 'n', default: '1000' },
      seed: { type: 'string', short: 's', default: '1' },
      out: { type: 'string', short: 'o', default: '-' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!/^\d+$/.test(values.articles) || Number(values.articles) > 100_000_000) {
    throw new Error(`--articles must be a whole number (got "${values.articles}")\n${USAGE}`);
  }
  if (!values.seed.trim()) throw new Error(`--seed must not be empty\n${USAGE}`);
  const articles = Number(values.articles);
  const seed = values.seed.trim();
  const toStdout = values.out === '-';
  if (!toStdout) fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  const output = toStdout ? process.stdout : fs.createWriteStream(values.out);
  const summary = await writeCoverage(output, { articles, seed });
  if (!toStdout) {
    const file = output as fs.WriteStream;
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  const rate = summary.seconds > 0 ? Math.round(summary.articles / summary.seconds) : summary.articles;
  console.error(
    `generated ${summary.articles} articles (seed ${seed}): ${summary.people} people, ${summary.events} events, ` +
      `${summary.armsSales} arms sales, ${(summary.bytes / 1e6).toFixed(1)} MB in ${summary.seconds.toFixed(2)} s ` +
      `(${rate} articles/s) → ${toStdout ? 'stdout' : values.out}`,
  );
}

if (require.main === module) {
  // A closed pipe (`… | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
