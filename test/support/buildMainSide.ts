/**
 * vitest global setup: builds the main side's bundles (the import worker and the CLI run
 * as dist/electron/*.cjs, also in tests) once before any test file runs.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--node-only', '--quiet'], { stdio: 'inherit' });
}
