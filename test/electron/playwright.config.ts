/**
 * The Electron end-to-end suite: the built app (npm run build) launched by
 * Playwright's _electron. Where the Electron binary is missing every test is
 * skipped with the reason in the output (see electronAvailability.ts).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './globalSetup.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One Electron app at a time: each is a whole browser, and the machine is small.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
});
