// `npm run export -- <file.ndjson> [--with-audit]`: writes the graph as the lines `npm run import`
// reads (use `-` for standard output): countries' edited aliases, every article with its graph and
// provenance, and with `--with-audit` the audit trail. API keys are never exported.
import 'reflect-metadata';
import fs from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import { exportArticles } from '../ingest/export';
import { commandLine } from './arguments';
import { exitWhenDone } from './exit';

async function main(): Promise<number> {
  const { values, positionals: [file] } = commandLine(process.argv.slice(2), 'usage: npm run export -- <file.ndjson | -> [--with-audit]',
    { 'with-audit': { type: 'boolean' } }, { min: 1, max: 1 });
  const withAudit = values['with-audit'] === true;
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
  return 0;
}

exitWhenDone(main());
