// docker-compose.yml and the Dockerfile cannot be run here (no Docker engine): check what they say.
import fs from 'node:fs';
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
