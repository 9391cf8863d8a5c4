// The service as the benchmarks run it: `node dist/main.js` in production mode on an embedded
// PostgreSQL in a fresh DATA_DIR (removed when it stops), on free ports, waited for until ready.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/ports';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface BenchService {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** The environment it runs with (for the command-line tools on its database). */
  env: NodeJS.ProcessEnv;
  /** How it exited, while it has not: undefined. */
  exited(): string | undefined;
  /** Stops it and removes its data folder. */
  stop(): Promise<void>;
}

/** Runs a Node.js script of the repository with `env`; its standard output. */
export function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
  );
}

/** Starts the service with these Node.js options; resolves once /readyz answers. */
export async function startService(nodeOptions: string[] = [], name = 'bench'): Promise<BenchService> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-${name}-`));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [...nodeOptions, 'dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exit: string | undefined;
  child.once('exit', (code, signal) => (exit = `code ${code}, signal ${signal}`));
  const service: BenchService = {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    env,
    exited: () => exit,
    stop: async () => {
      if (!exit) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  for (let attempt = 0; ; attempt++) {
    const failure = exit ? `the service exited (${exit})` : attempt > 600 ? 'the service is not ready' : null;
    if (failure) {
      await service.stop();
      throw new Error(`${failure}:\n${log}`);
    }
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.ok, () => false)) return service;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
