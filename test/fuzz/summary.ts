/** Counts per outcome and per seed kind, and the failing mutants, as text. */
import { FAILING_OUTCOMES, OUTCOMES } from './classify';
import type { MutantResult } from './fuzzRun';
import { SEED_KINDS } from './seeds';

export const isFailure = (result: MutantResult) => FAILING_OUTCOMES.includes(result.outcome);

export function describeFailure(r: MutantResult): string {
  const why = [r.detail, r.stderrLine].filter(Boolean).join(' | ');
  return `#${r.index} ${r.kind}, ${r.mutation} (${r.note}): ${r.outcome}: ${why}`;
}

export function summarize(results: readonly MutantResult[], maxListed = 20): string {
  const width = Math.max(...OUTCOMES.map((o) => o.length));
  const lines = [`${''.padEnd(width)}  ${SEED_KINDS.map((k) => k.padStart(10)).join('')}     total`];
  for (const outcome of OUTCOMES) {
    const cells = SEED_KINDS.map((kind) => results.filter((r) => r.kind === kind && r.outcome === outcome).length);
    lines.push(
      `${outcome.padEnd(width)}  ${cells.map((n) => String(n).padStart(10)).join('')}${String(cells.reduce((a, b) => a + b, 0)).padStart(10)}`,
    );
  }
  const failures = results.filter(isFailure);
  lines.push('', `${failures.length} failing of ${results.length} mutants`);
  for (const failure of failures.slice(0, maxListed)) lines.push(`  ${describeFailure(failure)}`);
  if (failures.length > maxListed) lines.push(`  … and ${failures.length - maxListed} more`);
  return lines.join('\n');
}
