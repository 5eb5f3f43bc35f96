#!/usr/bin/env node
/**
 * The import corpus: generates realistic customer-list files (test/support/corpusFiles.ts),
 * runs each through Pito's built CLI and says how many were read right, per language and
 * per date style, with every failing file.
 *
 *   node scripts/corpus.mjs [--cli dist/electron/cli.cjs] [--cases 120] [--seed 1] [--keep DIR] [--held-out] [--held-out-2] [--held-out-3]
 *
 * --cli measures another build (an old checkout's dist/electron/cli.cjs); --keep writes the
 * files into DIR and leaves them there; --held-out draws the headers from HELD_OUT_WORDINGS
 * (test/support/heldOutWordings.ts), wordings the detection was not tuned on; --held-out-2 from
 * HELD_OUT_WORDINGS_2 (test/support/heldOutWordings2.ts), a second such set; --held-out-3 from
 * HELD_OUT_WORDINGS_3 (test/support/heldOutWordings3.ts), a third. The generator and the judge are TypeScript, shared
 * with test/import-corpus/corpus.test.ts, and are loaded through tsx.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { fail, printIssuesOnRightFiles, printVerdictTable, VERDICT_LABELS } from './corpusReport.mjs';

const { values: args } = parseArgs({
  options: {
    cli: { type: 'string', default: 'dist/electron/cli.cjs' },
    cases: { type: 'string', default: '120' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'string' },
    'held-out': { type: 'boolean', default: false },
    'held-out-2': { type: 'boolean', default: false },
    'held-out-3': { type: 'boolean', default: false },
  },
});
const cli = resolve(args.cli);
const count = Number(args.cases);
const seed = Number(args.seed);
if (!existsSync(cli)) fail(`${cli} does not exist: build it with node scripts/build.mjs --node-only --quiet`);
if (!Number.isInteger(count) || count < 1) fail(`--cases must be a positive whole number, not ${args.cases}`);

const load = (path) => tsImport(new URL(path, import.meta.url).href, import.meta.url);
const { planCorpus } = await load('../test/support/corpusFiles.ts');
const { writeCorpus } = await load('../test/support/corpusWriters.ts');
const { judge, VERDICTS } = await load('../test/support/corpusJudge.ts');
const { runCliOnAll } = await load('../test/support/corpusCli.ts');
const wordings = args['held-out-3']
  ? (await load('../test/support/heldOutWordings3.ts')).HELD_OUT_WORDINGS_3
  : args['held-out-2']
    ? (await load('../test/support/heldOutWordings2.ts')).HELD_OUT_WORDINGS_2
    : args['held-out']
      ? (await load('../test/support/heldOutWordings.ts')).HELD_OUT_WORDINGS
      : undefined;

const dir = args.keep ? resolve(args.keep) : mkdtempSync(join(tmpdir(), 'pito-corpus-'));
mkdirSync(dir, { recursive: true });
try {
  const cases = planCorpus(count, seed, wordings);
  const files = await writeCorpus(cases, dir);
  let done = 0;
  const runs = await runCliOnAll(cli, files, {
    onDone: () => process.stderr.isTTY && process.stderr.write(`\r${++done}/${files.length}`),
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  const results = cases.map((c, i) => ({ c, judgement: judge(c, runs[i]) }));
  printReport(results);
  if (args.keep) console.log(`files kept in ${dir}`);
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}

function printReport(results) {
  printVerdictTable(results, VERDICTS, 'language', (c) => c.language);
  printVerdictTable(results, VERDICTS, 'date style', (c) => c.dateStyle + (c.ambiguous ? ' (ambig.)' : ''));
  printVerdictTable(results, VERDICTS, 'format', (c) => c.format);

  const failing = results.filter((r) => r.judgement.verdict !== 'right');
  if (failing.length > 0) console.log(`\nfailing files (${failing.length}):`);
  for (const { c, judgement } of failing) {
    const header = c.columns.map((column) => column.header).join(' | ');
    console.log(`- ${c.name} [${VERDICT_LABELS[judgement.verdict]}] ${judgement.detail}`);
    console.log(`    header (row ${c.headerRow}): ${header}`);
  }
  const accepted = results.filter((r) => r.judgement.verdict === 'right' && r.judgement.detail);
  for (const { c, judgement } of accepted) console.log(`note: ${c.name} read right as ${judgement.detail}`);
  printIssuesOnRightFiles(results, (judgement) => judgement.unexpectedIssues);

  const right = results.length - failing.length;
  console.log(`\ncorpus: ${right} read right of ${results.length}`);
}
