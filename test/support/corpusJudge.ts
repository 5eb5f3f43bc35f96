/**
 * Judges what Pito's CLI answered for one corpus file against the file's truth.
 *
 * Read right = exit 0, every period's label, S, N and E exactly as expected, no rejected
 * row, and (when the CLI reports `import.mapping`, which older builds do not) every field
 * in its own column and no distractor column mapped. An ambiguous-date file is also read
 * right when Pito refuses it, or warns, saying it had to assume the date order.
 */
import type { CorpusCase } from './corpusFiles';

export type Verdict = 'right' | 'refused' | 'wrongFigures' | 'wrongMapping';
export const VERDICTS: readonly Verdict[] = ['right', 'refused', 'wrongFigures', 'wrongMapping'];

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Judgement {
  verdict: Verdict;
  /** Why it is not right, in one line; for a right answer, how (e.g. "warned about date order"). */
  detail: string;
  /** Issue codes of an answer that is right but came with issues nobody expected. */
  unexpectedIssues: string[];
}

interface Issue {
  severity?: string;
  code?: string;
  row?: number;
  column?: string;
  message?: string;
}
interface Report {
  periods?: { label: string; customersAtStart: number; newCustomers: number; customersAtEnd: number }[];
  import?: {
    rowsRejected?: number;
    issues?: Issue[];
    mapping?: Record<string, { column?: string; header?: string; confidence?: number } | null>;
  };
}

/** What a refusal or warning about an assumed day/month order looks like, in either language. */
const DATE_ORDER =
  /date order|day[- ]first|month[- ]first|dd\/mm|mm\/dd|d\/m\/y|m\/d\/y|ambiguous date|dateorder|ambiguousdate|päivämäärien järjestys|päivä ensin|kuukausi ensin/i;

export function judge(c: CorpusCase, run: CliRun): Judgement {
  const right = (detail = '', unexpectedIssues: string[] = []): Judgement => ({
    verdict: 'right',
    detail,
    unexpectedIssues,
  });
  const verdict = (v: Verdict, detail: string): Judgement => ({ verdict: v, detail, unexpectedIssues: [] });

  if (run.status !== 0) {
    const message = run.stderr.trim().split('\n')[0] ?? '';
    if (c.ambiguous && DATE_ORDER.test(message)) return right('refused: date order');
    return verdict('refused', `exit ${run.status}: ${message}`);
  }
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    return verdict('refused', 'exit 0 but stdout is not JSON');
  }
  const issues = report.import?.issues ?? [];
  const warnedDateOrder = issues.some((issue) => DATE_ORDER.test(`${issue.code ?? ''} ${issue.message ?? ''}`));

  const figures = figureDifference(c, report);
  if (figures) return c.ambiguous && warnedDateOrder ? right('warned: date order') : verdict('wrongFigures', figures);

  const mapping = report.import?.mapping;
  if (mapping) {
    const problems = mappingProblems(c, mapping);
    if (problems.length > 0) return verdict('wrongMapping', problems.join('; '));
  }
  // The corpus holds no bad value, so any issue says something was misread (a duplicate id is
  // the one exception that could be real: no id style repeats, but report it anyway).
  const unexpected = issues.map((issue) => issue.code ?? '?').filter((code) => !DATE_ORDER.test(code));
  return right(warnedDateOrder ? 'warned: date order' : '', [...new Set(unexpected)]);
}

function figureDifference(c: CorpusCase, report: Report): string | undefined {
  const periods = report.periods ?? [];
  const rejected = report.import?.rowsRejected ?? 0;
  const count = Math.max(periods.length, c.expected.length);
  for (let i = 0; i < count; i++) {
    const got = periods[i];
    const want = c.expected[i];
    const sne = (p: typeof got) =>
      p ? `${p.label} S/N/E ${p.customersAtStart}/${p.newCustomers}/${p.customersAtEnd}` : 'none';
    if (
      !got ||
      !want ||
      got.label !== want.label ||
      got.customersAtStart !== want.customersAtStart ||
      got.newCustomers !== want.newCustomers ||
      got.customersAtEnd !== want.customersAtEnd
    )
      return `period ${i + 1}: got ${sne(got)}, expected ${sne(want)}${rejected ? `; ${rejected} rows rejected` : ''}`;
  }
  if (rejected > 0) {
    const first = (report.import?.issues ?? []).find((issue) => issue.severity === 'error');
    return `${rejected} rows rejected (first: ${first?.code ?? '?'} row ${first?.row ?? '?'} "${first?.column ?? ''}")`;
  }
  return undefined;
}

function mappingProblems(c: CorpusCase, mapping: NonNullable<NonNullable<Report['import']>['mapping']>): string[] {
  const problems: string[] = [];
  for (const column of c.columns) {
    if (!column.field) continue;
    const got = mapping[column.field]?.column;
    if (got !== column.letter)
      problems.push(`${column.field} "${column.header}" (${column.letter}) ${got ? `mapped to ${got}` : 'not mapped'}`);
  }
  for (const [field, entry] of Object.entries(mapping)) {
    const column = c.columns.find((candidate) => candidate.letter === entry?.column);
    if (column?.distractor) problems.push(`distractor "${column.header}" (${column.distractor}) mapped as ${field}`);
  }
  return problems;
}
