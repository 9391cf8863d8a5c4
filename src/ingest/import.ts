// One-by-one import: streams an NDJSON file of import lines (src/ingest/import-line.ts) through the
// write core's `ingestArticle`, one transaction per line, reporting each bad line (number and
// reason) without stopping the good ones. `npm run import` uses the bulk import (src/ingest/
// bulk-import.ts), which must give the same result; this path is the reference it is tested against.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Database } from '../data/prisma';
import { UserInputFailure } from '../domain/user-errors';
import { lockWholeGraph } from './locks';
import { parseImportLine, RefusedLine } from './import-line';
import { restoreAuditEntries, restoreProvenance, restoreStandalone, setCountryAliases } from './restore';
import { ingestArticle } from './service';

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
export async function countLines(file: string): Promise<number> {
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

/** Ingests one line in its own transaction through the write core; returns why it was refused, or null. */
async function importLine(db: Database, text: string, summary: ImportSummary): Promise<string | null> {
  try {
    const line = await parseImportLine(text);
    const created = await db.$transaction(
      async (tx) => {
        await lockWholeGraph(tx, { exclusive: true });
        if (line.kind === 'countryAliases') return setCountryAliases(tx, line.code, line.aliases);
        if (line.kind === 'auditEntry') return restoreAuditEntries(tx, [line.entry]);
        if (line.kind === 'standalone') return restoreStandalone(tx, line.entity);
        const ingested = await ingestArticle(tx, line.input);
        await restoreProvenance(tx, ingested.article.id, ingested.ids, line.provenance);
        return ingested.created;
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
    if (created === true) summary.created++;
    else if (created === false) summary.existing++;
    return null;
  } catch (error) {
    if (error instanceof RefusedLine) return error.message;
    if (error instanceof UserInputFailure) return error.userErrors.map((problem) => `${problem.field.join('.')}: ${problem.message}`).join('; ');
    return `could not be written: ${(error as Error).message}`;
  }
}
