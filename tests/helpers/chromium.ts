// The run's Chromium: Debian's, through playwright-core, with no network beyond this machine.
// Started once by the global setup; test files connect to it (tests/helpers/browser.ts).
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts the browser. Chromium runs in a process group of its own: should the test runner be
 * stopped before it closes the browser, the group is ended as the runner exits.
 */
export async function launchServer(): Promise<BrowserServer> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const pid = server.process().pid;
  const end = () => {
    try {
      if (pid) process.kill(-pid, 'SIGKILL');
    } catch {
      // already closed
    }
  };
  process.once('exit', end);
  server.process().once('exit', () => process.off('exit', end));
  return server;
}
