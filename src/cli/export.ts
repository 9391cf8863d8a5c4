// `npm run export -- <file.ndjson>`: writes every article with its graph as IngestArticleInput
// lines, the format `npm run import` reads (use `-` for standard output).
import 'reflect-metadata';
import fs from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { migrate } from '../db/migrate';
import { createDatabase } from '../db/prisma';
import { exportArticles } from '../modules/ingest/export';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run export -- <file.ndjson | ->');
  const database = await locateDatabase(loadConfig(), (message) => console.error(message));
  const db = createDatabase({ url: database.url, poolSize: 2 });
  const out = file === '-' ? process.stdout : fs.createWriteStream(file);
  try {
    await migrate(database.url);
    const count = await exportArticles(db, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    });
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    console.error(`${count} articles exported${file === '-' ? '' : ` to ${file}`}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
