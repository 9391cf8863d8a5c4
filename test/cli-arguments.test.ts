// The command lines of import, export and ingest: read before any database starts, so a typo fails
// at once with the usage and a non-zero code, --help answers with code 0, and an option is never
// taken for a file name (export used to write a file called "--out").
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

let workDir: string;
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

// Each run loads the tool's modules (a second or two idle, much more on a loaded machine); no database is started.
jest.setTimeout(120_000);

/** Runs dist/cli/<tool>.js in an empty folder with no database configured: what it prints, its code, and the files it left. */
async function cli(tool: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', DATA_DIR: path.join(workDir, 'data') };
  const outcome = await run(process.execPath, [path.join(ROOT, 'dist/cli', `${tool}.js`), ...args], { cwd: workDir, env })
    .then((result) => ({ ...result, code: 0 }), (error) => error);
  return { code: outcome.code as number, stdout: outcome.stdout as string, stderr: outcome.stderr as string, files: fs.readdirSync(workDir) };
}

test.each([
  ['export', ['--out', 'graph.ndjson'], /Unknown option '--out'/],
  ['export', ['one.ndjson', 'two.ndjson'], /one file, not 2/],
  ['export', [], /usage: npm run export -- <file.ndjson \| -> \[--with-audit\]/],
  ['import', ['--file', 'graph.ndjson'], /Unknown option '--file'/],
  ['import', [], /usage: npm run import -- <file.ndjson>/],
  ['ingest', ['--publishedAt', '2025-01-03', 'story.txt'], /Unknown option '--publishedAt'/],
  ['ingest', ['--published-at', 'Friday', 'story.txt'], /--published-at: "Friday" is not a date \(expected YYYY-MM-DD\)/],
  ['ingest', ['--published-at'], /Option '--published-at <value>' argument missing/],
  ['ingest', ['--reextract', 'story.txt'], /usage: npm run ingest/],
])('%s %j is a usage error: code 1, the reason on stderr, no file written, no database started', async (tool, args, reason) => {
  const outcome = await cli(tool, ...args);
  expect(outcome.code).toBe(1);
  expect(outcome.stderr).toMatch(reason);
  expect(outcome.stderr).not.toMatch(/PostgreSQL|migration|ECONNREFUSED/);
  expect(outcome.files).toEqual([]);
});

test.each(['export', 'import', 'ingest'])('%s --help prints the usage and exits 0', async (tool) => {
  const outcome = await cli(tool, '--help');
  expect(outcome).toMatchObject({ code: 0, files: [] });
  expect(outcome.stderr).toMatch(new RegExp(`^usage: npm run ${tool} -- `));
});
