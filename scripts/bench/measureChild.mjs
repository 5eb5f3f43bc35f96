/**
 * What the benchmarks measure of a child process: wall seconds and peak RSS from GNU time
 * (`/usr/bin/time -f '%e %M'`), its exit status and the error line it printed. Shared by the
 * import and reader benchmarks, which also need the main side built first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** Runs `node ...args`: `{ status, wall, rssMb, error }`, `error` the failure's first error line or ''. */
export function measureChild(args, timeoutMs) {
  const result = spawnSync(TIME, ['-f', '%e %M', process.execPath, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1024 ** 3,
  });
  const lines = result.stderr.trim().split('\n');
  const [wall, rssKb] = (lines.at(-1) ?? '').split(' ').map(Number);
  const error = result.error?.message ?? lines.find((line) => /error|memory/i.test(line)) ?? '';
  return { status: result.status, wall, rssMb: rssKb / 1024, error };
}

/** Stops with a word when GNU time is missing; builds the CLI bundle the benchmarks run. */
export function prepareBench() {
  if (!existsSync(TIME)) {
    console.log(`${TIME} is missing: install GNU time (apt-get install time) to measure peak memory.`);
    process.exit(1);
  }
  spawnSync(process.execPath, ['scripts/build.mjs', '--node-only', '--quiet'], { stdio: 'inherit' });
}
