/**
 * Sorts one CLI run on a mutated file into an outcome. A reader may accept a mutant or refuse
 * it with one short `error: ` line; anything else (a stack trace, a crash, a hang, a memory
 * blow-up, or figures that changed without a word in the import report) is a failure.
 */
export const OUTCOMES = ['ok', 'clean error', 'unclean', 'hang', 'memory', 'silent change'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const FAILING_OUTCOMES: readonly Outcome[] = ['unclean', 'hang', 'memory', 'silent change'];

/** More than this peak resident memory (in kB, as /usr/bin/time reports it) counts as `memory`. */
export const MEMORY_LIMIT_KB = 1024 * 1024;
const MAX_ERROR_CHARS = 500;

export interface CliRun {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Peak resident memory in kB, or null when it could not be measured. */
  peakKb: number | null;
}

/** The figures compared against the unmutated seed's. */
export interface PeriodKey {
  label: string;
  customersAtStart: number;
  newCustomers: number;
  customersAtEnd: number;
}

export interface Verdict {
  outcome: Outcome;
  detail: string;
}

interface ReportShape {
  periods?: PeriodKey[];
  import?: { issues?: unknown[]; rowsRejected?: number };
}

export function periodKeys(periods: readonly PeriodKey[]): PeriodKey[] {
  return periods.map(({ label, customersAtStart, newCustomers, customersAtEnd }) => ({
    label,
    customersAtStart,
    newCustomers,
    customersAtEnd,
  }));
}

/** The JSON report of a successful run, or null when stdout is not one. */
export function parseReport(stdout: string): ReportShape | null {
  try {
    const value: unknown = JSON.parse(stdout);
    return value && typeof value === 'object' && Array.isArray((value as ReportShape).periods)
      ? (value as ReportShape)
      : null;
  } catch {
    return null;
  }
}

export function firstStderrLine(stderr: string): string {
  return stderr.split('\n').find((line) => line.trim() !== '') ?? '';
}

function firstDifference(expected: readonly PeriodKey[], actual: readonly PeriodKey[]): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const a = JSON.stringify(expected[i] ?? null);
    const b = JSON.stringify(actual[i] ?? null);
    if (a !== b) return `period ${i}: ${a} became ${b}`;
  }
  return null;
}

function errorProblem(stderr: string): string | null {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return 'failed with an empty stderr';
  if (lines.some((line) => /^\s+at .+[(:]/.test(line))) return 'stack trace on stderr';
  if (lines.length > 1) return `${lines.length} lines on stderr`;
  const line = lines[0] as string;
  if (!line.startsWith('error: ')) return 'stderr line does not start with "error: "';
  if (line.length > MAX_ERROR_CHARS) return `error message of ${line.length} characters`;
  if (/internal/i.test(line)) return 'an internal error';
  return null;
}

export function classify(run: CliRun, baseline: readonly PeriodKey[], stillWhole = false): Verdict {
  if (run.timedOut) return { outcome: 'hang', detail: 'killed after the time limit' };
  if (run.peakKb !== null && run.peakKb > MEMORY_LIMIT_KB)
    return { outcome: 'memory', detail: `peak ${Math.round(run.peakKb / 1024)} MB` };
  if (run.signal) return { outcome: 'unclean', detail: `killed by ${run.signal}` };
  if (run.status === 0) {
    const report = parseReport(run.stdout);
    if (!report) return { outcome: 'unclean', detail: 'exit 0 without a JSON report on stdout' };
    const difference = firstDifference(baseline, periodKeys(report.periods ?? []));
    const accounted = (report.import?.issues?.length ?? 0) > 0 || (report.import?.rowsRejected ?? 0) > 0;
    if (difference && !accounted && !stillWhole) return { outcome: 'silent change', detail: difference };
    return { outcome: 'ok', detail: difference ? 'changed, with issues reported' : 'same figures' };
  }
  if (run.status === 1) {
    const problem = errorProblem(run.stderr);
    return problem ? { outcome: 'unclean', detail: problem } : { outcome: 'clean error', detail: '' };
  }
  return { outcome: 'unclean', detail: `exit code ${run.status}` };
}
