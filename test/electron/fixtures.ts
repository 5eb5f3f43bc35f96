/**
 * Fixtures of the Electron suite: each test launches the built app with its own
 * user-data folder (window state, recent files and autosave never leak between
 * tests) and gets the app and its window. Native dialogs and the system browser are
 * replaced from the main process (electronApp.evaluate), so the shipped app has no
 * test hook of its own.
 */
import { mkdirSync } from 'node:fs';
import { test as base, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { ROOT, electronExecutable, electronSkipReason } from './electronAvailability';

const skipReason = electronSkipReason();

interface ElectronFixtures {
  /** Skips the test, saying why, where Electron cannot run. Every other fixture waits for it. */
  electronReady: void;
  userDataDir: string;
  app: ElectronApplication;
  page: Page;
}

export const test = base.extend<ElectronFixtures>({
  electronReady: [
    // Playwright reads fixture dependencies from the destructuring pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      if (skipReason) console.log(`skipped: ${skipReason}`);
      testInfo.skip(skipReason !== null, skipReason ?? '');
      await use();
    },
    { auto: true },
  ],
  userDataDir: async ({ electronReady: _ready }, use, testInfo) => {
    const dir = testInfo.outputPath('user-data');
    mkdirSync(dir, { recursive: true });
    await use(dir);
  },
  app: async ({ userDataDir }, use) => {
    const app = await launchPito(userDataDir);
    await use(app);
    // A test may have closed the app itself (the close prompt test quits it).
    if (app.process().exitCode === null) await app.close();
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.waitForFunction(() => typeof window.pito === 'object');
    await use(page);
  },
});

export { expect } from '@playwright/test';

export async function launchPito(userDataDir: string, extraArgs: string[] = []): Promise<ElectronApplication> {
  // Chromium refuses to run as root with its OS sandbox (CI containers); the page's own sandbox stays on.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return electron.launch({
    executablePath: electronExecutable() ?? undefined,
    args: [ROOT, `--user-data-dir=${userDataDir}`, ...rootOnly, ...extraArgs],
    cwd: ROOT,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
}

/** The next open dialog answers `path`, as if the user had picked it. */
export async function pickInOpenDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, picked) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [picked] })) as typeof dialog.showOpenDialog;
  }, path);
}

/** The next save dialog answers `path`. */
export async function pickInSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, picked) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: picked })) as typeof dialog.showSaveDialog;
  }, path);
}

/** Message boxes answer with the button at `index` (the close prompt: 0 Save, 1 Don't save, 2 Cancel). */
export async function answerMessageBoxes(app: ElectronApplication, index: number): Promise<void> {
  await app.evaluate(({ dialog }, response) => {
    dialog.showMessageBox = (async () => ({ response, checkboxChecked: false })) as typeof dialog.showMessageBox;
  }, index);
}

/** Links the app hands to the system browser are recorded in the main process instead of opened. */
export async function recordExternalLinks(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedLinks?: string[] }).openedLinks = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  return () => app.evaluate(() => [...((globalThis as { openedLinks?: string[] }).openedLinks ?? [])]);
}
