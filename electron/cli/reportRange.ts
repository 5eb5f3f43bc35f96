/**
 * The range `report` summarises: `--range`, or by default the trailing twelve months,
 * resolved against the report's periods (shared/ranges.ts) and counted by the rule of its
 * source (shared/documentRange.ts: from the customer list, or from the periods' rows).
 *
 * A range given on the command line that the periods cannot give stops the report with one
 * line naming what was given and the periods there are. The default asks for nothing, so
 * where the periods have no trailing twelve months (no periods, or labels that are not
 * months, quarters or years) the report simply has no range.
 */
import { documentRangeFigures, type RangeFigures } from '../../shared/documentRange';
import type { PeriodRow } from '../../shared/document';
import { DEFAULT_RANGE, isRangeProblem, resolveRange, type RangeProblem } from '../../shared/ranges';
import { PitoError } from '../errors';
import type { ImportResult } from '../import/importFile';
import type { RangeOption } from './args';

export interface ReportRange extends RangeFigures {
  /** The labels of its first and last period. */
  from: string;
  to: string;
  /** F and T, `YYYY-MM-DD`; null where the period's label is not one Pito reads. */
  firstDay: string | null;
  lastDay: string | null;
}

/** Why the range cannot be given, after `file: --range …: `. */
function problemText(problem: RangeProblem, periods: readonly PeriodRow[]): string {
  const [first, last] = [periods[0]?.label, periods.at(-1)?.label];
  switch (problem.problem) {
    case 'noPeriods':
      return 'there are no periods to take a range of.';
    case 'notAPeriod':
      return `${problem.label} is not one of the periods, which run from ${first} to ${last}.`;
    case 'firstAfterLast':
      return `${problem.first} comes after ${problem.last}; the periods run from ${first} to ${last}.`;
    case 'notCalendarPeriods':
      return `the last period, "${problem.label}", is not a month, quarter or year, so the range has no calendar to follow. Give --range FIRST..LAST with the periods' labels, or --range all.`;
    case 'noPeriodWithin':
      return `no period lies wholly within ${problem.firstDay} to ${problem.lastDay}; the periods run from ${first} to ${last}.`;
  }
}

export function reportRange(
  { document, report, customers }: ImportResult,
  option: RangeOption | null,
): ReportRange | null {
  const span = resolveRange(document.periods, option?.choice ?? DEFAULT_RANGE);
  if (isRangeProblem(span)) {
    if (option === null) return null;
    const message = `${report.fileName}: ${option.source}: ${problemText(span, document.periods)}`;
    throw new PitoError('invalidRequest', message, { file: report.fileName });
  }
  return {
    from: document.periods[span.firstIndex]!.label,
    to: document.periods[span.lastIndex]!.label,
    firstDay: span.firstDay,
    lastDay: span.lastDay,
    ...documentRangeFigures(document.periods, span, customers, document.settings.defaultProfitMarginPct),
  };
}
