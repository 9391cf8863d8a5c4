// Headless Chromium for the tests that look at pages as a person would: Debian's `chromium`
// (`apt-get install chromium`; .ci/run installs it), driven by playwright-core, which downloads no
// browser of its own. Without Chromium the browser tests skip and say how to get it, except in CI.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export type { Browser };

/** Where browser tests write their screenshots, for people to look at (not committed). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

const CHROMIUM_PATHS = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** The browser, or undefined (with a message) when none is installed outside CI. */
export async function openBrowser(): Promise<Browser | undefined> {
  const executablePath = CHROMIUM_PATHS.find((candidate) => fs.existsSync(candidate));
  if (!executablePath) {
    const message = `no Chromium at ${CHROMIUM_PATHS.join(' or ')}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`;
    if (process.env.CI) throw new Error(message);
    console.warn(`browser tests skipped: ${message}`);
    return undefined;
  }
  return chromium.launch({
    executablePath,
    // As root Chromium needs --no-sandbox. The rest keeps it from calling Google's services, which
    // this machine (like the offline networks the playground is for) cannot reach.
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}
