// Safe by default (issue 13): what a service started with no configuration at all does.
import { loadConfig } from '../src/config';

test('with no NODE_ENV the service runs as production: development (stack traces to clients) is opt-in', () => {
  expect(loadConfig({}).nodeEnv).toBe('production');
  expect(loadConfig({ NODE_ENV: 'development' }).nodeEnv).toBe('development');
});
