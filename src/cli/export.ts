// `npm run export -- <file.ndjson>`: writes every article with its graph as IngestArticleInput
// lines, the format `npm run import` reads (use `-` for standard output).
import 'reflect-metadata';
import fs from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import { exportArticles } from '../ingest/export';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run export -- <file.ndjson | ->');
  const out = file === '-' ? process.stdout : fs.createWriteStream(file);
  await withMigratedDatabase(loadConfig(), (message) => console.error(message), async (db) => {
    const count = await exportArticles(db, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    });
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    console.error(`${count} articles exported${file === '-' ? '' : ` to ${file}`}`);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
