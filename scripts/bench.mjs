#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in scripts/bench/ in name order; each prints
 * its own figures. Generated data goes to bench/data/ (git-ignored).
 * `npm run bench -- import` runs only the benchmarks whose file name contains "import";
 * `npm run bench -- readers` runs the readers' worst cases (readerWorstCases.mjs).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** Names for benchmarks whose file name does not contain them. */
const ALIASES = { readers: 'readerWorstCases' };
const filter = ALIASES[process.argv[2]] ?? process.argv[2] ?? '';
const benches = readdirSync('scripts/bench')
  .filter((name) => name.endsWith('.mjs') && name.includes(filter))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n### ${name}`);
  const { status } = spawnSync('node', ['--expose-gc', `scripts/bench/${name}`], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
