/**
 * The Summary sheet: the key figures of the latest period and of the summary range, each a
 * formula pointing at the Periods sheet (its last period row and its summary range row), so
 * an edit there flows through; then the customer list's own figures when there is a list.
 */
import type { FigureId, RowFigures } from '../../shared/figures/figureTypes';
import { figureNameKey } from '../../shared/figures/figureText';
import { FIGURES, FIGURE_IDS } from '../../shared/figures/registry';
import { isRangeProblem } from '../../shared/ranges';
import { computeRowMetrics } from '../../shared/figures/rowFigures';
import { numberFormatOf } from './numberFormats';
import { copyOf } from './periodFormulas';
import { cellOf, sheetValueOf } from './periodsLayout';
import { sheetOptions } from './printSetup';
import { HEADER_FONT, sheetRef, type PeriodsPlacement, type SheetContext } from './sheetContext';
import { summaryColumns, summaryHeadings } from './summaryLayout';

/** The figures the registry lists on the Summary sheet, in its order. */
export const SUMMARY_FIELDS: readonly FigureId[] = FIGURE_IDS.filter((id) => FIGURES[id].summarySheet);

function figureCell(periodsSheet: string, field: FigureId, row: number, value: number | null) {
  return { formula: copyOf(`${periodsSheet}!${cellOf(field, row)}`), result: sheetValueOf(field, value) ?? '' };
}

export function writeSummarySheet(context: SheetContext, placement: PeriodsPlacement): void {
  const { document, t } = context;
  const { periods, settings, listStats } = document;
  const sheet = context.workbook.addWorksheet(context.names.summary, sheetOptions({ titleRows: 1 }));
  sheet.columns = summaryColumns(context);
  const last = periods[periods.length - 1];
  const { range } = context;
  const header = sheet.addRow([t('workbook.summary.figure'), ...summaryHeadings(context)]);
  header.font = HEADER_FONT;
  header.commit();

  const periodsSheet = sheetRef(context.names.periods);
  const latest: RowFigures | null = last
    ? { ...last, ...computeRowMetrics(last, settings.defaultProfitMarginPct) }
    : null;
  const whole: RowFigures | null = isRangeProblem(range) ? null : range.figures;
  for (const field of SUMMARY_FIELDS) {
    const row = sheet.addRow([t(figureNameKey(field))]);
    if (latest && placement.lastRow !== null) {
      row.getCell(2).value = figureCell(periodsSheet, field, placement.lastRow, latest[field]);
    }
    if (whole !== null && placement.totalsRow !== null) {
      row.getCell(3).value = figureCell(periodsSheet, field, placement.totalsRow, whole[field]);
    }
    const numFmt = numberFormatOf(FIGURES[field], settings.currency);
    if (numFmt) for (const column of [2, 3]) row.getCell(column).numFmt = numFmt;
    row.commit();
  }

  if (listStats) {
    sheet.addRow([]).commit();
    sheet.addRow([t('workbook.summary.listCustomers'), listStats.customers]).commit();
    const repeat = sheet.addRow([t(figureNameKey('repeatPurchaseRate'))]);
    const rate = listStats.repeatPurchaseRate;
    repeat.getCell(2).value = rate === null ? null : rate / 100; // a fraction shown as a percentage, like every rate
    repeat.getCell(2).numFmt = numberFormatOf({ unit: 'percent', decimals: 1 }, settings.currency) ?? '';
    repeat.commit();
  }
  sheet.commit();
}
