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
import { fail, printIssuesOnRightFiles, printVerdictTable, VERDICT_LABELS } from './corpusReport.mjs';

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
  printVerdictTable(results, VERDICTS, 'language', (c) => c.language);
  printVerdictTable(results, VERDICTS, 'format', (c) => c.format);
  printVerdictTable(results, VERDICTS, 'period kind', (c) => c.kind);
  printVerdictTable(results, VERDICTS, 'margin style', (c) =>
    c.columns.some((column) => column.field === 'profitMarginPct') ? `margin ${c.marginStyle}` : 'no margin',
  );

  const failing = results.filter((r) => r.judgement.verdict !== 'right');
  if (failing.length > 0) console.log(`\nfailing files (${failing.length}):`);
  for (const { c, judgement } of failing) {
    console.log(`- ${c.name} [${VERDICT_LABELS[judgement.verdict]}] ${judgement.detail}`);
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
  printIssuesOnRightFiles(results, (judgement) => judgement.issueCodes);

  const right = results.length - failing.length;
  console.log(`\nperiod corpus: ${right} read right of ${results.length}`);
}
