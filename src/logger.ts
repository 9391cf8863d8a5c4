// The service's logger: JSON lines on stdout (pino), quiet in tests.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'newsgraph' },
});

export type Logger = typeof logger;
