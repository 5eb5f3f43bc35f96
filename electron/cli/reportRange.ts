/**
 * The range `report` summarises: `--range`, or by default the document's own (the trailing
 * twelve months for an import; what was chosen for a workbook Pito saved), resolved against
 * the report's periods and counted by the rule of its source (shared/documentRange.ts: from
 * the customer list, or from the periods' rows).
 *
 * A range given on the command line that the periods cannot give stops the report with one
 * line naming what was given and the periods there are. The default asks for nothing, so
 * where the periods have no trailing twelve months (no periods, or labels that are not
 * months, quarters or years) the report simply has no range.
 */
import { documentRange, type DocumentRange } from '../../shared/documentRange';
import { rangeProblemText } from '../../shared/i18n/rangeText';
import { isRangeProblem } from '../../shared/ranges';
import { PitoError } from '../errors';
import type { ImportResult } from '../import/importFile';
import type { RangeOption } from './args';

export interface ReportRange extends DocumentRange {
  /** F and T, `YYYY-MM-DD`; null where the period's label is not one Pito reads. */
  firstDay: string | null;
  lastDay: string | null;
}

/** The CLI's way out of a range the periods cannot give, after the reason. */
const CALENDAR_HINT = "Give --range FIRST..LAST with the periods' labels, or --range all.";

/** `result` with the document's range set to `--range`, so the range and a workbook of `--out` follow it. */
export function withRangeOption(result: ImportResult, option: RangeOption | null): ImportResult {
  if (option === null) return result;
  const { document } = result;
  return { ...result, document: { ...document, settings: { ...document.settings, range: option.choice } } };
}

export function reportRange(
  { document, report, customers }: ImportResult,
  option: RangeOption | null,
): ReportRange | null {
  const range = documentRange(document, customers);
  if (!isRangeProblem(range)) return { ...range, firstDay: range.span.firstDay, lastDay: range.span.lastDay };
  if (option === null) return null;
  const reason = rangeProblemText('en', range, document.periods);
  const hint = range.problem === 'notCalendarPeriods' ? ` ${CALENDAR_HINT}` : '';
  const message = `${report.fileName}: ${option.source}: ${reason}${hint}`;
  throw new PitoError('invalidRequest', message, { file: report.fileName });
}
