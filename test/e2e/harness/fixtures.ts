/**
 * The Playwright fixtures: each test gets a fresh data folder, the app's real main-side
 * handlers behind the bridge, the built renderer on its own origin with every outside
 * request refused, and a page object to drive it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { initScriptPath, mainSidePath, rendererDir } from './build.mjs';
import { APP_ORIGIN, serveApp } from './appServer.mjs';
import type { createHarnessMain, HarnessMain } from './mainSide';
import { WorkspacePage } from './WorkspacePage';

const require = createRequire(import.meta.url);

export interface Harness {
  main: HarnessMain;
  userDataDir: string;
  /** A folder for the files a test makes (imports, saved workbooks). */
  filesDir: string;
}

interface Options {
  /** The operating system's locale the main side reports (app:info). */
  systemLocale: string;
}

function loadMainSide(): typeof createHarnessMain {
  return (require(mainSidePath) as { createHarnessMain: typeof createHarnessMain }).createHarnessMain;
}

async function openApp(page: Page, harness: Harness): Promise<string[]> {
  const refused = await serveApp(page.context(), rendererDir);
  await page.exposeBinding('__pitoInvoke', (_source, channel: string, request: unknown) =>
    harness.main.route(channel, request),
  );
  await page.exposeBinding('__pitoDrop', (_source, fileName: string) => harness.main.drop(fileName));
  await page.addInitScript({ path: initScriptPath });
  await page.goto(`${APP_ORIGIN}/index.html`);
  return refused;
}

export const test = base.extend<Options & { harness: Harness; app: WorkspacePage }>({
  systemLocale: ['en-US', { option: true }],
  harness: async ({ page, systemLocale }, use, testInfo) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'pito-e2e-'));
    const main = loadMainSide()({
      userDataDir,
      systemLocale,
      emit: (event, payload) => {
        // Events after the page has gone (end of test) have nobody to reach.
        page.evaluate(([name, value]) => window.__pitoEmit(name, value), [event, payload] as const).catch(() => {});
      },
    });
    await use({ main, userDataDir, filesDir: testInfo.outputPath() });
    rmSync(userDataDir, { recursive: true, force: true });
  },
  app: async ({ page, harness }, use) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const refused = await openApp(page, harness);
    const app = new WorkspacePage(page, harness);
    await expect(app.workspace).toBeVisible();
    await use(app);
    expect(refused, 'the app made a request outside its own files').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

declare global {
  interface Window {
    __pitoEmit(event: string, payload: unknown): void;
  }
}
