#!/usr/bin/env node
/**
 * The period-table corpus: generates realistic period tables (one row per month, quarter or
 * year; test/support/periodCorpusFiles.ts), runs each through Pito's built CLI and says how
 * many were read right, per language, format and period kind, with every failing file.
 *
 *   node scripts/periodCorpus.mjs [--cli dist/electron/cli.cjs] [--cases 60] [--seed 1] [--keep DIR]
 *
 * --cli measures another build; --keep writes the files into DIR and leaves them there. The
 * generator and the judge are TypeScript, loaded through tsx.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
  options: {
    cli: { type: 'string', default: 'dist/electron/cli.cjs' },
    cases: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'string' },
  },
});
const cli = resolve(args.cli);
const count = Number(args.cases);
const seed = Number(args.seed);
if (!existsSync(cli)) fail(`${cli} does not exist: build it with node scripts/build.mjs --node-only --quiet`);
if (!Number.isInteger(count) || count < 1) fail(`--cases must be a positive whole number, not ${args.cases}`);

const load = (path) => tsImport(new URL(path, import.meta.url).href, import.meta.url);
const { planPeriodCorpus } = await load('../test/support/periodCorpusFiles.ts');
const { writePeriodCorpus } = await load('../test/support/periodCorpusWriters.ts');
const { judgePeriods } = await load('../test/support/periodCorpusJudge.ts');
const { VERDICTS } = await load('../test/support/corpusJudge.ts');
const { runCliOnAll } = await load('../test/support/corpusCli.ts');

const dir = args.keep ? resolve(args.keep) : mkdtempSync(join(tmpdir(), 'pito-period-corpus-'));
mkdirSync(dir, { recursive: true });
try {
  const cases = planPeriodCorpus(count, seed);
  const files = await writePeriodCorpus(cases, dir);
  let done = 0;
  const runs = await runCliOnAll(cli, files, {
    onDone: () => process.stderr.isTTY && process.stderr.write(`\r${++done}/${files.length}`),
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  printReport(cases.map((c, i) => ({ c, judgement: judgePeriods(c, runs[i]) })));
  if (args.keep) console.log(`files kept in ${dir}`);
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}

function printReport(results) {
  const label = {
    right: 'read right',
    refused: 'refused',
    wrongFigures: 'wrong figures',
    wrongMapping: 'wrong mapping',
  };
  const table = (title, keyOf) => {
    const groups = new Map();
    for (const result of results) {
      const key = keyOf(result.c);
      const counts = groups.get(key) ?? Object.fromEntries(VERDICTS.map((v) => [v, 0]));
      counts[result.judgement.verdict]++;
      groups.set(key, counts);
    }
    console.log(`\n${title.padEnd(16)}${VERDICTS.map((v) => label[v].padStart(15)).join('')}${'files'.padStart(8)}`);
    for (const [key, counts] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const total = VERDICTS.reduce((sum, v) => sum + counts[v], 0);
      console.log(
        `${key.padEnd(16)}${VERDICTS.map((v) => String(counts[v]).padStart(15)).join('')}${String(total).padStart(8)}`,
      );
    }
  };
  table('language', (c) => c.language);
  table('format', (c) => c.format);
  table('period kind', (c) => c.kind);
  table('margin style', (c) =>
    c.columns.some((column) => column.field === 'profitMarginPct') ? `margin ${c.marginStyle}` : 'no margin',
  );

  const failing = results.filter((r) => r.judgement.verdict !== 'right');
  if (failing.length > 0) console.log(`\nfailing files (${failing.length}):`);
  for (const { c, judgement } of failing) {
    console.log(`- ${c.name} [${label[judgement.verdict]}] ${judgement.detail}`);
    console.log(
      `    header (row ${c.headerRow}): ${c.columns.map((column) => `${column.letter} ${column.header}`).join(' | ')}`,
    );
    const truth = c.columns.map((column) => `${column.letter}=${column.field ?? `(${column.distractor})`}`).join(' ');
    console.log(`    truth: ${truth}`);
  }
  const unlisted = new Set(results.flatMap((r) => r.judgement.unlisted));
  if (unlisted.size > 0)
    console.log(
      `\nnote: the CLI's periods[] does not list ${[...unlisted].join(', ')}; CLV inputs were checked through clv`,
    );
  const issueFiles = new Map();
  for (const { judgement } of results.filter((r) => r.judgement.verdict === 'right'))
    for (const code of judgement.issueCodes) issueFiles.set(code, (issueFiles.get(code) ?? 0) + 1);
  if (issueFiles.size > 0)
    console.log(
      `note: issues on files read right (code: files): ${[...issueFiles].map(([k, n]) => `${k}: ${n}`).join(', ')}`,
    );

  const right = results.length - failing.length;
  console.log(`\nperiod corpus: ${right} read right of ${results.length}`);
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}
