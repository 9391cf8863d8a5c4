// Locations inside the repository, found from the nearest package.json so they are the same from
// src/ (tests), dist/ (compiled service) and any other build output.
import fs from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  for (let directory = start; ; directory = path.dirname(directory)) {
    if (fs.existsSync(path.join(directory, 'package.json'))) return directory;
    if (path.dirname(directory) === directory) throw new Error(`no package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const PRISMA_DIR = path.join(PROJECT_ROOT, 'prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
