// Locations inside the repository, the same from src/ (tests) and dist/ (compiled service).
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const PRISMA_DIR = path.join(PROJECT_ROOT, 'prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
