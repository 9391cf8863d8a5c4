// Bulk import: streams an NDJSON file of IngestArticleInput lines through `ingestArticle`, one
// transaction per line, reporting each bad line (number and reason) without stopping the good ones.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Database } from '../data/prisma';
import { ingestThroughApi } from './run';

export interface ImportProblem {
  line: number;
  reason: string;
}

export interface ImportSummary {
  lines: number;
  created: number;
  /** Articles that existed; ingesting them again changed only what differed. */
  existing: number;
  failed: number;
  problems: ImportProblem[];
  seconds: number;
}

export interface ImportProgress {
  /** Lines handled so far, of `totalLines` in the file. */
  linesDone: number;
  totalLines: number;
  summary: ImportSummary;
}

/** Counts the lines of a file in one quick streaming pass (for the progress bar's total and ETA). */
async function countLines(file: string): Promise<number> {
  let count = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) count++;
    last = chunk[chunk.length - 1];
  }
  return last === 10 ? count : count + 1;
}

export async function importFile(
  db: Database,
  file: string,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportSummary> {
  const started = process.hrtime.bigint();
  const totalLines = await countLines(file);
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const summary: ImportSummary = { lines: 0, created: 0, existing: 0, failed: 0, problems: [], seconds: 0 };
  for await (const text of lines) {
    summary.lines++;
    if (!text.trim()) continue;
    const problem = await importLine(db, text, summary);
    if (problem) {
      summary.failed++;
      summary.problems.push({ line: summary.lines, reason: problem });
    }
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    onProgress({ linesDone: summary.lines, totalLines, summary });
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}

/** Ingests one line; returns why it was refused, or null. */
async function importLine(db: Database, text: string, summary: ImportSummary): Promise<string | null> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'not a JSON object';
  try {
    const outcome = await ingestThroughApi(db, input);
    if (outcome.problems.length) return outcome.problems.join('; ');
    if (outcome.created) summary.created++;
    else summary.existing++;
    return null;
  } catch (error) {
    return `could not be written: ${(error as Error).message}`;
  }
}
