/**
 * One fuzzing run: writes the seeds, checks each reads cleanly, then draws `count` mutants
 * (mutant i from seed kind i mod 4, with its own PRNG stream, so any mutant can be redone
 * alone), runs them through the CLI `parallel` at a time and classifies each.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  classify,
  FAILING_OUTCOMES,
  firstStderrLine,
  parseReport,
  periodKeys,
  type Outcome,
  type PeriodKey,
} from './classify';
import { CSV_MUTATIONS } from './csvMutations';
import { BYTE_MUTATIONS } from './byteMutations';
import { makeDraw } from './draw';
import { runCli } from './runCli';
import { SEED_KINDS, writeSeeds, type Seed, type SeedKind } from './seeds';
import { XLSX_MUTATIONS } from './xlsxMutations';

export interface MutantResult {
  index: number;
  kind: SeedKind;
  mutation: string;
  note: string;
  file: string;
  outcome: Outcome;
  detail: string;
  stderrLine: string;
  ms: number;
}

export interface FuzzOptions {
  cli: string;
  dir: string;
  count: number;
  seed: number;
  parallel?: number;
  /** Keep every mutant file, not only the failing ones. */
  keepAll?: boolean;
  onDone?: (result: MutantResult) => void;
}

async function baselineOf(cli: string, seed: Seed): Promise<PeriodKey[]> {
  const run = await runCli(cli, seed.path);
  const report = run.status === 0 ? parseReport(run.stdout) : null;
  if (!report?.periods?.length) throw new Error(`seed ${seed.kind} does not read: ${firstStderrLine(run.stderr)}`);
  return periodKeys(report.periods);
}

async function runMutant(
  options: FuzzOptions,
  seed: Seed,
  baseline: PeriodKey[],
  index: number,
): Promise<MutantResult> {
  const draw = makeDraw(options.seed * 1_000_003 + index);
  const mutations = seed.extension === '.csv' ? [...BYTE_MUTATIONS, ...CSV_MUTATIONS] : XLSX_MUTATIONS;
  const mutation = draw.pick(mutations);
  const { data, note, stillWhole } = mutation.apply(seed.data, draw);
  const file = join(options.dir, `mutant-${index}-${seed.kind.replace(' ', '-')}${seed.extension}`);
  writeFileSync(file, data);
  const started = Date.now();
  const run = await runCli(options.cli, file);
  const { outcome, detail } = classify(run, baseline, stillWhole);
  if (!options.keepAll && !FAILING_OUTCOMES.includes(outcome)) rmSync(file, { force: true });
  const stderrLine = firstStderrLine(run.stderr).slice(0, 300);
  return {
    index,
    kind: seed.kind,
    mutation: mutation.name,
    note,
    file,
    outcome,
    detail,
    stderrLine,
    ms: Date.now() - started,
  };
}

export async function runFuzz(options: FuzzOptions): Promise<MutantResult[]> {
  const seeds = await writeSeeds(options.cli, options.dir, options.seed);
  const baselines = new Map<SeedKind, PeriodKey[]>();
  for (const seed of seeds) baselines.set(seed.kind, await baselineOf(options.cli, seed));
  const results: MutantResult[] = new Array<MutantResult>(options.count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < options.count; i = next++) {
      const seed = seeds[i % SEED_KINDS.length] as Seed;
      const result = await runMutant(options, seed, baselines.get(seed.kind) as PeriodKey[], i);
      results[i] = result;
      options.onDone?.(result);
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, worker));
  return results;
}
