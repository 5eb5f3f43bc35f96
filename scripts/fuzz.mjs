#!/usr/bin/env node
/**
 * The seeded mutation fuzzer: mutates five seed files (openpyxl, Pito's own export, exceljs,
 * LibreOffice, a `;` CSV), runs each mutant through the built CLI and says how many were read, refused
 * cleanly, or failed (unclean error, hang, memory, silent change).
 *
 *   npm run fuzz [-- --count 2000] [--seed 1] [--parallel 2] [--cli dist/electron/cli.cjs]
 *
 * Failing mutants are copied to bench/fuzz-failures/ (kept out of git by its own .gitignore);
 * exits 1 when any mutant failed. The work is in test/fuzz/*.ts, shared with
 * test/fuzz/fuzz.test.ts and loaded through tsx.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
  options: {
    cli: { type: 'string', default: 'dist/electron/cli.cjs' },
    count: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    parallel: { type: 'string', default: '2' },
  },
});
const cli = resolve(args.cli);
const count = Number(args.count);
const seed = Number(args.seed);
const parallel = Number(args.parallel);
if (!existsSync(cli)) fail(`${cli} does not exist: build it with node scripts/build.mjs --node-only --quiet`);
if (!Number.isInteger(count) || count < 1) fail(`--count must be a positive whole number, not ${args.count}`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not ${args.seed}`);
if (!Number.isInteger(parallel) || parallel < 1) fail(`--parallel must be a positive whole number`);

const load = (path) => tsImport(new URL(path, import.meta.url).href, import.meta.url);
const { runFuzz } = await load('../test/fuzz/fuzzRun.ts');
const { summarize, isFailure } = await load('../test/fuzz/summary.ts');

const dir = mkdtempSync(join(tmpdir(), 'pito-fuzz-'));
const started = Date.now();
try {
  let done = 0;
  const results = await runFuzz({
    cli,
    dir,
    count,
    seed,
    parallel,
    onDone: () => process.stderr.isTTY && process.stderr.write(`\r${++done}/${count}`),
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  console.log(summarize(results));
  const failures = results.filter(isFailure);
  if (failures.length > 0) {
    const out = resolve('bench/fuzz-failures');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.gitignore'), '*\n');
    for (const failure of failures) copyFileSync(failure.file, join(out, basename(failure.file)));
    writeFileSync(join(out, `seed-${seed}.json`), `${JSON.stringify(failures, null, 2)}\n`);
    console.log(`failing mutants written to ${out}`);
  }
  console.log(`${count} mutants, seed ${seed}, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = failures.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}
