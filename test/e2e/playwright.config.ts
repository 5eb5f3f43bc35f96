/**
 * End-to-end tests of the built renderer in Debian's Chromium (Playwright cannot download
 * its own browsers here). Each test gets its own browser context and data folder; the
 * page talks to the app's real main-side handlers in Node (see harness/).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './harness/appServer.mjs';

export default defineConfig({
  testDir: './specs',
  outputDir: '../../test-results/e2e',
  globalSetup: './globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    trace: 'retain-on-failure',
  },
});
