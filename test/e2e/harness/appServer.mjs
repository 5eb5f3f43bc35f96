/**
 * Serves the built renderer on an app-like origin through request interception, and
 * refuses every other request: the app must work offline, so any request elsewhere is
 * recorded and fails the test. Plain JavaScript so the grid benchmark uses it as it is.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const APP_ORIGIN = 'http://pito.localhost';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves `rendererDir` at APP_ORIGIN in the browser context; returns the list of refused outside requests. */
export async function serveApp(context, rendererDir) {
  const refused = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      refused.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (relative.includes('..')) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(join(rendererDir, relative));
      return route.fulfill({ status: 200, body, contentType: TYPES[extname(relative)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: `${relative} is not in the build` });
    }
  });
  return refused;
}

/** Debian's Chromium as every harness run launches it (Playwright cannot download its own browsers here). */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
