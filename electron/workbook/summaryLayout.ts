/**
 * The Summary sheet's columns: the figure's name, the latest period, the summary range.
 * The two headings name periods ("Latest period (2024-12)", "Trailing twelve months
 * (2024-01 – 2024-12)") or say why the range cannot be given, so each of their columns is as
 * wide as its heading, which then shows whole on one line in either language, on screen and
 * on paper. A heading wider still (a label of the user's own hundreds of characters long)
 * wraps at its spaces instead of running off the sheet.
 */
import type ExcelJS from 'exceljs';
import { rangeName, rangeProblemText } from '../../shared/i18n/rangeText';
import { isRangeProblem } from '../../shared/ranges';
import type { SheetContext } from './sheetContext';
import { widthOfText } from './textWidth';

const FIGURE_WIDTH = 34;
const LATEST_WIDTH = 22;
const RANGE_WIDTH = 26;
/** The most a heading widens its column: most sentences on why the range cannot be given fit; a longer heading wraps. */
const MOST_WIDTH = 120;

const WRAP: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'bottom' } };

function column(least: number, heading: string | null): Partial<ExcelJS.Column> {
  const width = heading === null ? least : Math.min(MOST_WIDTH, Math.max(least, widthOfText(heading)));
  return { width, style: WRAP };
}

/** The headings of the latest period and of the summary range (its name and periods, or why the periods cannot give it); none without periods. */
export function summaryHeadings({ document, range, t }: SheetContext): [string | null, string | null] {
  const { periods, settings } = document;
  const last = periods[periods.length - 1];
  if (!last) return [null, null];
  const latest = t('workbook.summary.latest', { label: last.label });
  if (isRangeProblem(range)) return [latest, rangeProblemText(settings.language, range, periods)];
  return [
    latest,
    t('workbook.summary.range', {
      name: rangeName(settings.language, settings.range),
      first: range.from,
      last: range.to,
    }),
  ];
}

export function summaryColumns(context: SheetContext): Partial<ExcelJS.Column>[] {
  const [latest, range] = summaryHeadings(context);
  return [{ width: FIGURE_WIDTH }, column(LATEST_WIDTH, latest), column(RANGE_WIDTH, range)];
}
