/**
 * Judges what Pito's CLI answered for one period-corpus file against the file's truth.
 *
 * Read right = exit 0, the same periods in the same order, every period's label, S, N and E
 * exactly and every optional input the file holds (margin on a 0–100 scale) as written, and
 * `import.mapping` placing every field of the file in its own column and no field in a
 * distractor column. When a build's `periods[]` does not list the CLV inputs, they are checked
 * through `clv` (avgPurchaseValue × purchasesPerYear × lifespanYears × margin / 100, or null
 * when the file lacks one of them).
 */
import type { CliRun, Verdict } from './corpusJudge';
import type { OptionalField, PeriodCase, TruePeriodRow } from './periodCorpusFiles';

export interface PeriodJudgement {
  verdict: Verdict;
  /** Why it is not right, in one line. */
  detail: string;
  /** Optional inputs the CLI's periods[] does not list (so they could not be compared one by one). */
  unlisted: OptionalField[];
  issueCodes: string[];
}

type ReportPeriod = Record<string, unknown> & { label?: unknown };
interface Report {
  periods?: ReportPeriod[];
  import?: {
    rowsRejected?: number;
    issues?: { severity?: string; code?: string; row?: number; column?: string }[];
    mapping?: Record<string, { column?: string; header?: string; confidence?: number } | null>;
  };
}

const CLV_INPUTS: readonly OptionalField[] = [
  'avgPurchaseValue',
  'purchasesPerYear',
  'lifespanYears',
  'profitMarginPct',
];
const OPTIONAL: readonly OptionalField[] = [...CLV_INPUTS, 'promoters', 'passives', 'detractors'];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function judgePeriods(c: PeriodCase, run: CliRun): PeriodJudgement {
  const result = (verdict: Verdict, detail = '', unlisted: OptionalField[] = [], issueCodes: string[] = []) => ({
    verdict,
    detail,
    unlisted,
    issueCodes,
  });
  if (run.status !== 0) return result('refused', `exit ${run.status}: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    return result('refused', 'exit 0 but stdout is not JSON');
  }
  const periods = report.periods ?? [];
  const issueCodes = [...new Set((report.import?.issues ?? []).map((issue) => issue.code ?? '?'))];
  const unlisted = OPTIONAL.filter((field) => periods.length > 0 && !(field in (periods[0] as ReportPeriod)));

  const figures = figureProblem(c, periods, unlisted);
  const mapping = mappingProblems(c, report.import?.mapping ?? {});
  if (figures) {
    const rejected = report.import?.rowsRejected ?? 0;
    const why = [figures, ...(rejected ? [`${rejected} rows rejected`] : []), ...mapping];
    return result('wrongFigures', why.join('; '), unlisted, issueCodes);
  }
  if (mapping.length > 0) return result('wrongMapping', mapping.join('; '), unlisted, issueCodes);
  return result('right', '', unlisted, issueCodes);
}

function figureProblem(c: PeriodCase, periods: ReportPeriod[], unlisted: OptionalField[]): string | undefined {
  if (periods.length !== c.expected.length)
    return `${periods.length} periods (${periods.map((p) => String(p.label)).join(', ')}), expected ${c.expected.length} (${c.expected[0]?.label}…${c.expected.at(-1)?.label})`;
  for (const [i, want] of c.expected.entries()) {
    const got = periods[i] as ReportPeriod;
    const at = `period ${i + 1} "${want.label}"`;
    if (got.label !== want.label) return `${at}: label ${JSON.stringify(got.label)}`;
    for (const key of ['customersAtStart', 'newCustomers', 'customersAtEnd'] as const)
      if (got[key] !== want[key]) return `${at}: ${key} ${JSON.stringify(got[key])}, expected ${want[key]}`;
    for (const field of OPTIONAL) {
      if (unlisted.includes(field)) continue;
      const value = got[field];
      const expected = want.inputs[field];
      if (
        expected === undefined
          ? value !== null && value !== undefined
          : typeof value !== 'number' || !close(value, expected)
      )
        return `${at}: ${field} ${JSON.stringify(value)}, expected ${expected ?? 'null'}`;
    }
    const clvProblem = unlisted.some((field) => CLV_INPUTS.includes(field)) ? checkClv(want, got) : undefined;
    if (clvProblem) return `${at}: ${clvProblem}`;
  }
  return undefined;
}

function checkClv(want: TruePeriodRow, got: ReportPeriod): string | undefined {
  const inputs = CLV_INPUTS.map((field) => want.inputs[field]);
  const clv = got.clv;
  if (inputs.some((value) => value === undefined))
    return clv === null || clv === undefined
      ? undefined
      : `clv ${JSON.stringify(clv)}, expected null (file lacks a CLV input)`;
  const expected = (inputs as number[]).reduce((product, value) => product * value, 1) / 100;
  return typeof clv === 'number' && close(clv, expected)
    ? undefined
    : `clv ${JSON.stringify(clv)}, expected ${expected.toFixed(4)} (${CLV_INPUTS.map((f) => `${f} ${want.inputs[f]}`).join(', ')})`;
}

function mappingProblems(c: PeriodCase, mapping: NonNullable<NonNullable<Report['import']>['mapping']>): string[] {
  const problems: string[] = [];
  for (const column of c.columns) {
    if (!column.field) continue;
    const got = mapping[column.field]?.column;
    if (got !== column.letter) {
      const where = got
        ? `mapped to ${got} "${c.columns.find((other) => other.letter === got)?.header ?? '?'}"`
        : 'not mapped';
      problems.push(`${column.field} "${column.header}" (${column.letter}) ${where}`);
    }
  }
  for (const [field, entry] of Object.entries(mapping)) {
    const column = c.columns.find((candidate) => candidate.letter === entry?.column);
    if (column?.distractor) problems.push(`distractor "${column.header}" (${column.distractor}) mapped as ${field}`);
  }
  return problems;
}
