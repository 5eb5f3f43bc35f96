#!/usr/bin/env node
/**
 * `npm test`: every check and test suite in order, then one closing line
 * `tests: N passed, N failed, N skipped` over all of them.
 *
 * Typecheck, lint, build and the security scan count as one check each; the test
 * runners (vitest, Playwright in Chromium, Playwright on Electron) count their tests,
 * read from their JSON reports. Every step runs even after a failure, so one run shows
 * everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join(process.cwd(), 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Counts from a vitest JSON report. */
function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Counts from a Playwright JSON report. */
function playwrightCounts(file) {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '-b'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'build', command: ['node', 'scripts/build.mjs'] },
  {
    name: 'unit and integration (vitest)',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'vitest.json')}`,
    ],
    counts: () => vitestCounts(join(reports, 'vitest.json')),
  },
  {
    name: 'end to end in Chromium (Playwright)',
    config: 'test/e2e/playwright.config.ts',
    command: ['npx', 'playwright', 'test', '--config', 'test/e2e/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json') },
    counts: () => playwrightCounts(join(reports, 'e2e.json')),
  },
  {
    name: 'end to end in Electron (Playwright)',
    config: 'test/electron/playwright.config.ts',
    command: ['npx', 'playwright', 'test', '--config', 'test/electron/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'electron.json') },
    counts: () => playwrightCounts(join(reports, 'electron.json')),
  },
  {
    name: 'security scan (electronegativity)',
    script: 'scripts/security-scan.mjs',
    command: ['node', 'scripts/security-scan.mjs'],
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  const needed = step.config ?? step.script;
  if (needed && !existsSync(needed)) continue;
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  let counts;
  try {
    counts = step.counts?.();
  } catch {
    counts = undefined; // the runner died before writing its report: counted as one failure below
  }
  counts ??= result.status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.failed > 0) failedSteps.push(step.name);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log('');
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join('; ')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
