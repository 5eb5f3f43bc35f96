/**
 * The range the summary covers, in words: its name (a preset's, or "chosen periods") and why
 * a range cannot be given. The app, the workbook and the CLI say it the same way; each adds
 * its own way out (the picker, `--range`).
 */
import type { UiLanguage } from '../document';
import type { RangeChoice, RangePeriod, RangeProblem } from '../ranges';
import { messageKey, translate } from './index';

export function rangeName(language: UiLanguage, choice: RangeChoice): string {
  return 'preset' in choice
    ? translate(language, messageKey(`range.preset.${choice.preset}`))
    : translate(language, 'range.periods');
}

/**
 * Why the range cannot be given, naming the periods there are. `formatDay` shows a
 * `YYYY-MM-DD` day as the reader expects it (the CLI keeps it as it is).
 */
export function rangeProblemText(
  language: UiLanguage,
  problem: RangeProblem,
  periods: readonly RangePeriod[],
  formatDay: (iso: string) => string = (iso) => iso,
): string {
  const ends = { first: periods[0]?.label ?? '', last: periods[periods.length - 1]?.label ?? '' };
  switch (problem.problem) {
    case 'noPeriods':
      return translate(language, 'range.problem.noPeriods');
    case 'notAPeriod':
      return translate(language, 'range.problem.notAPeriod', { ...ends, label: problem.label });
    case 'firstAfterLast':
      return translate(language, 'range.problem.firstAfterLast', { ...ends, from: problem.first, to: problem.last });
    case 'notCalendarPeriods':
      return translate(language, 'range.problem.notCalendarPeriods', { label: problem.label });
    case 'noPeriodWithin':
      return translate(language, 'range.problem.noPeriodWithin', {
        ...ends,
        firstDay: formatDay(problem.firstDay),
        lastDay: formatDay(problem.lastDay),
      });
  }
}
