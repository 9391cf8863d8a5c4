// `npm run export -- <file.ndjson> [--with-audit]`: writes the graph as the lines `npm run import`
// reads (use `-` for standard output): countries' edited aliases, every article with its graph and
// provenance, and with `--with-audit` the audit trail. API keys are never exported.
import 'reflect-metadata';
import fs from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import { exportArticles } from '../ingest/export';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withAudit = args.includes('--with-audit');
  const file = args.find((arg) => arg !== '--with-audit');
  if (!file) throw new Error('usage: npm run export -- <file.ndjson | -> [--with-audit]');
  const out = file === '-' ? process.stdout : fs.createWriteStream(file);
  await withMigratedDatabase(loadConfig(), (message) => console.error(message), async (db) => {
    const count = await exportArticles(db, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }, { withAudit });
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
