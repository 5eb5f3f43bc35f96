/** The grid's pinned row of the summary range, with the hint that says what it covers or why it is blank. */
import { rangeName, rangeProblemText } from '../../../shared/i18n/rangeText';
import type { RangeChoice } from '../../../shared/ranges';
import type { PeriodRow, UiLanguage } from '../../../shared/document';
import type { Formatters } from '../format/formatters';
import { rangeNoteText } from '../format/rangeNotes';
import { totalsRow, type GridRow } from '../grid/gridRows';
import type { Translate } from '../i18n/I18nContext';
import type { SummaryRange } from './useSummaryRange';

export function summaryTotalsRow(
  range: SummaryRange,
  choice: RangeChoice,
  periods: readonly PeriodRow[],
  text: { t: Translate; language: UiLanguage; formatters: Formatters },
): GridRow {
  const { t, language, formatters } = text;
  const label = t('ui.grid.totals');
  if (range.state === 'problem') {
    return totalsRow(null, label, rangeProblemText(language, range.problem, periods, formatters.date));
  }
  const covers = t('ui.grid.totalsHint', { name: rangeName(language, choice), first: range.from, last: range.to });
  if (range.figures === null) return totalsRow(null, label, `${covers} ${t('range.counting')}`);
  const notes = range.figures.notes.map((note) => rangeNoteText(note, t));
  return totalsRow(range.figures.figures, label, [covers, ...notes].join(' '));
}
