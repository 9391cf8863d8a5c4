// `npm run corpus:recover -- <set> --out <dir> [--mirror <dir>] [--pages <dir>]`: rebuilds the texts of
// a corpus set (corpus-sets/<set>/) from snapshots of their origin repositories and saved `pages`
// excerpts, checks each against its recorded sha256, and writes the documents in the corpus format to a
// folder outside the repository, for `npm run eval -- --corpus <dir>`. Prints one line per document that
// could not be rebuilt (what is missing and how to get it), never a text.
import fs from 'node:fs';
import path from 'node:path';
import { corpusDocument, MIRROR_DIR, readCorpusSet, readGoldDocument, recoverText } from '../extraction/corpus-sets';
import { PROJECT_ROOT } from '../paths';
import { commandLine, UsageError } from './arguments';
import { exitWhenDone } from './exit';

const USAGE = 'usage: npm run corpus:recover -- <set> --out <dir> [--mirror <dir>] [--pages <dir>]';

async function main(): Promise<number> {
  const { values, positionals: [setName] } = commandLine(process.argv.slice(2), USAGE, {
    out: { type: 'string' },
    mirror: { type: 'string', default: MIRROR_DIR },
    pages: { type: 'string' },
  }, { min: 1, max: 1 });
  if (!values.out) throw new UsageError(`--out is required\n${USAGE}`);
  const out = path.resolve(values.out);
  if (!path.relative(PROJECT_ROOT, out).startsWith('..')) throw new UsageError(`--out ${out} is inside the repository: the texts are their publishers' and stay outside it`);
  const set = readCorpusSet(setName);
  fs.mkdirSync(out, { recursive: true });
  const counts = { recovered: 0, missing: 0, mismatch: 0 };
  for (const entry of set.entries) {
    const recovery = recoverText(entry, { mirror: values.mirror, pages: values.pages });
    counts[recovery.status]++;
    if (recovery.status === 'recovered') {
      const document = corpusDocument(readGoldDocument(set, entry.id), recovery.text);
      fs.writeFileSync(path.join(out, `${entry.id}.json`), `${JSON.stringify(document, null, 2)}\n`);
    } else console.error(`${entry.id}: ${recovery.status === 'missing' ? `missing — ${recovery.how}` : `MISMATCH — ${recovery.problem}`}`);
  }
  console.error(`${set.name}: ${set.entries.length} documents, ${counts.recovered} recovered into ${out}, ${counts.missing} missing, ${counts.mismatch} mismatched`);
  return counts.recovered === set.entries.length ? 0 : 1;
}

exitWhenDone(main());
