// The one place where environment variables are read: validated once, typed, documented in README.md.
import path from 'node:path';
import { cleanEnv, port, str, num, bool, url } from 'envalid';

export interface Config {
  /** PostgreSQL connection string; when absent an embedded PostgreSQL runs in `dataDir`. */
  databaseUrl?: string;
  /** Folder holding the embedded database (and nothing else). */
  dataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPostgresPort: number;
  /** HTTP port of the GraphQL service. */
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  /** Connections in the pool Prisma uses. */
  databasePoolSize: number;
  /** Load the seed article's graph on start when the database has no article. */
  seedOnStart: boolean;
  /** Log every SQL statement (development aid). */
  logSql: boolean;
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const env = cleanEnv(environment, {
    DATABASE_URL: url({ default: undefined, desc: 'PostgreSQL connection string' }),
    DATA_DIR: str({ default: '.data', desc: 'Folder of the embedded PostgreSQL' }),
    EMBEDDED_POSTGRES_PORT: port({ default: 5433 }),
    PORT: port({ default: 4000 }),
    HOST: str({ default: '0.0.0.0' }),
    NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
    DATABASE_POOL_SIZE: num({ default: 10 }),
    SEED_ON_START: bool({ default: true }),
    LOG_SQL: bool({ default: false }),
  });
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR),
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT,
    port: env.PORT,
    host: env.HOST,
    nodeEnv: env.NODE_ENV as Config['nodeEnv'],
    databasePoolSize: env.DATABASE_POOL_SIZE,
    seedOnStart: env.SEED_ON_START,
    logSql: env.LOG_SQL,
  };
}
