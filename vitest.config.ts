import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,test}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'test/e2e/**', 'test/electron/**'],
    environment: 'node',
    globalSetup: ['test/support/buildMainSide.ts'],
    testTimeout: 60_000,
  },
});
