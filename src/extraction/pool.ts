// Extraction off the request thread: a pool of worker threads (piscina) runs the configured
// extractor, each run bounded in time. A run past its bound is stopped (its worker is terminated and
// replaced), so a huge or pathological text costs one worker for at most that long and never holds
// up the requests the main thread answers. A long text is read in shares by several workers at once
// (when the extractor can read one in shares), so that its wall clock falls with the workers.
import os from 'node:os';
import path from 'node:path';
import { types } from 'node:util';
import Piscina from 'piscina';
import { PROJECT_ROOT } from '../paths';
import { DEFAULT_EXTRACTOR, extractorNamed } from './extractor';
import { type ExtractionTask, type PackedExtraction, unpackedFacts } from './worker';
import type { ArticleSource, Extraction } from './types';

export interface ExtractionOptions {
  /** Which extractor reads (EXTRACTOR): one of EXTRACTOR_NAMES. */
  extractor: string;
  /** Longest an article may take to be read, queueing included, a worker's start not (EXTRACTION_TIMEOUT_MS). */
  timeoutMs: number;
  /** Worker threads at most (EXTRACTION_WORKERS); they start on first use and stop when idle. A long text uses them all. */
  workers: number;
}

export const DEFAULT_EXTRACTION_OPTIONS: ExtractionOptions = {
  extractor: DEFAULT_EXTRACTOR,
  // Below REQUEST_TIMEOUT_MS (30 s), which also covers writing what was read.
  timeoutMs: 20_000,
  // Cores − 1 leave one core to the requests and PostgreSQL while articles are read; but two at least,
  // so that a long text is read on two cores even on a 2-core machine.
  workers: Math.max(2, Math.min(4, os.availableParallelism() - 1)),
};

/**
 * A text is read in shares only when each gets at least this much of it: a share pays again for what
 * is read of the whole text (its cleaning, its dates, the rules that look at all of it), a few
 * percent of a long text's reading and most of a short one's.
 */
export const SHARE_CHARACTERS = 100_000;

/** How many shares a text of this length is read in by this many workers. */
export function sharesFor(length: number, workers: number): number {
  return Math.max(1, Math.min(workers, Math.floor(length / SHARE_CHARACTERS)));
}

/** The run took longer than its bound and was stopped. */
export class ExtractionTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`reading the text took longer than ${timeoutMs / 1000} s and was stopped`);
    this.name = 'ExtractionTimedOut';
  }
}

/** The extractor failed on this text (its error's message is kept). */
export class ExtractionFailed extends Error {
  constructor(cause: unknown) {
    super(`the extractor failed on this text: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ExtractionFailed';
  }
}

/**
 * What a new worker reads first, outside any text's bound: it loads the extractor and its reference data,
 * including the tables read on first use only (the English word list behind a surname after an office, the
 * office holders, the sale rules' makers and currencies), and runs each rule family's code once, so that a
 * first text under load pays for neither.
 */
const WARM_UP_TEXT: ArticleSource = {
  text:
    'Warm-up\nThe French foreign minister, Jean Example, met Defence Secretary Smith in Paris on Monday and said ' +
    'France had agreed to sell 26 Rafale jets to India for $7.4 billion.',
  format: 'text',
  publishedAt: new Date(0),
};

/** Idle workers stop after this long; the next text starts one again (about 0.3 s). */
const IDLE_TIMEOUT_MS = 60_000;

/**
 * The worker module and how to load it. Compiled (dist/), it is worker.js beside this file. Under
 * Jest this file is the TypeScript source (swc compiles it in memory): the worker then loads
 * worker.ts through scripts/register-typescript.js, so tests exercise real worker threads running the
 * current sources, never a possibly stale build.
 */
function workerModule(): { filename: string; execArgv: string[] } {
  if (path.extname(__filename) === '.ts') {
    return {
      filename: path.join(__dirname, 'worker.ts'),
      execArgv: [...process.execArgv, '--require', path.join(PROJECT_ROOT, 'scripts', 'register-typescript.js')],
    };
  }
  return { filename: path.join(__dirname, 'worker.js'), execArgv: process.execArgv };
}

/**
 * The extraction with every Date made one of this realm. A worker's answer is deserialized into the
 * process's main realm; code running in another one (Jest's test sandbox) would not see its dates as
 * `instanceof Date`, and would take every date for a change.
 */
function localDates<T>(value: T): T {
  if (types.isDate(value)) return (value instanceof Date ? value : new Date((value as Date).getTime())) as T;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = localDates(value[index]);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = localDates((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** An extraction as a worker sent it, as the extractor returned it. */
function unpacked({ facts, sentences, ...read }: PackedExtraction): Extraction {
  // Facts hold no dates: only the rest is walked (a 1 MB text has 36,000 facts).
  return { ...localDates(read), facts: unpackedFacts({ facts, sentences }) };
}

export class ExtractionPool {
  readonly options: ExtractionOptions;
  private pool: Piscina<ExtractionTask, PackedExtraction> | null = null;
  /** A worker's first reading, under way or done (see readyPool). */
  private ready: Promise<void> | null = null;
  private closed = false;
  private running = 0;

  constructor(options: Partial<ExtractionOptions> = {}) {
    this.options = { ...DEFAULT_EXTRACTION_OPTIONS, ...options };
    extractorNamed(this.options.extractor); // an unknown name fails at start, not on the first text
  }

  /** The version of what the configured extractor reads (recorded on articles and facts). */
  get version(): string {
    return extractorNamed(this.options.extractor).version;
  }

  /** Reads one article in a worker; rejects with ExtractionTimedOut or ExtractionFailed. */
  async extract(source: ArticleSource): Promise<Extraction> {
    if (this.closed) throw new Error('the extraction pool is closed');
    this.running++;
    let signal: AbortSignal | undefined;
    try {
      const pool = await this.readyPool();
      signal = AbortSignal.timeout(this.options.timeoutMs);
      const task = { extractor: this.options.extractor, source };
      const { shares } = extractorNamed(this.options.extractor);
      const count = shares ? sharesFor(source.text.length, this.options.workers) : 1;
      if (!shares || count === 1) return unpacked(await pool.run(task, { signal }));
      // Every share is waited for (one failing does not stop the others, which end within the bound), so none is left unobserved.
      const runs = await Promise.allSettled(Array.from({ length: count }, (_, index) => pool.run({ ...task, share: { index, count } }, { signal })));
      const read = runs.map((run) => {
        if (run.status === 'rejected') throw run.reason;
        return unpacked(run.value);
      });
      return shares.combine(read);
    } catch (error) {
      if (signal?.aborted) {
        this.ready = null; // its worker was stopped: the next text waits for a new one outside its bound
        throw new ExtractionTimedOut(this.options.timeoutMs);
      }
      throw error instanceof ExtractionFailed ? error : new ExtractionFailed(error);
    } finally {
      this.running--;
    }
  }

  /** Starts a worker and loads the extractor's reference data, so that the first article does not wait for it. */
  async warmUp(): Promise<void> {
    await this.readyPool();
  }

  /**
   * The pool once a worker has read a first text. A worker's start (loading the extractor's code and
   * reference data: about 0.3 s on a quiet machine, tens of seconds on a busy one, and more under Jest,
   * which compiles the sources in the worker) is not part of any text's time bound, which bounds the
   * reading of that text: the first text, and the first after a worker was stopped, wait for it first.
   * Every worker is started so: one warm-up each, sent at once (piscina starts a thread for each task
   * that waits), so that neither a long text's second share nor a second text pays for a start.
   */
  private async readyPool(): Promise<Piscina<ExtractionTask, PackedExtraction>> {
    if (this.closed) throw new Error('the extraction pool is closed');
    const pool = (this.pool ??= new Piscina<ExtractionTask, PackedExtraction>({
      ...workerModule(),
      minThreads: 0,
      maxThreads: this.options.workers,
      idleTimeout: IDLE_TIMEOUT_MS,
    }));
    const warmUp = () => pool.run({ extractor: this.options.extractor, source: WARM_UP_TEXT });
    this.ready ??= Promise.all(Array.from({ length: this.options.workers }, warmUp)).then(
      () => undefined,
      (error: unknown) => {
        this.ready = null;
        throw new ExtractionFailed(error);
      },
    );
    await this.ready;
    return pool;
  }

  /** Articles being read or waiting for a worker. */
  get inProgress(): number {
    return this.running;
  }

  /** Stops the workers (a run in progress is abandoned); later calls to `extract` are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const pool = this.pool;
    this.pool = null;
    this.ready = null;
    await pool?.destroy();
  }
}
