/**
 * The Summary sheet: the key figures of the latest period and of the whole range, each a
 * formula pointing at the Periods sheet (its last period row and its whole-range row), so
 * an edit there flows through; then the customer list's own figures when there is a list.
 */
import { DERIVED_FIELDS, type PeriodInputs, type PeriodMetrics } from '../../shared/document';
import { computeRowMetrics } from '../../shared/metrics';
import { summarizeRange } from '../../shared/summary';
import { numberFormatOf } from './numberFormats';
import { copyOf } from './periodFormulas';
import { cellOf, periodsColumn, sheetValueOf, type PeriodsField } from './periodsLayout';
import { HEADER_FONT, sheetRef, type PeriodsPlacement, type SheetContext } from './sheetContext';

export const SUMMARY_FIELDS = [
  'customersAtStart',
  'newCustomers',
  'customersAtEnd',
  ...DERIVED_FIELDS,
] as const satisfies readonly (keyof PeriodInputs | keyof PeriodMetrics)[];

type Figures = PeriodInputs & PeriodMetrics;

function figureCell(periodsSheet: string, field: PeriodsField, row: number, value: number | null) {
  return { formula: copyOf(`${periodsSheet}!${cellOf(field, row)}`), result: sheetValueOf(field, value) ?? '' };
}

export function writeSummarySheet(context: SheetContext, placement: PeriodsPlacement): void {
  const { document, t } = context;
  const { periods, settings, listStats } = document;
  const sheet = context.workbook.addWorksheet(context.names.summary, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 34 }, { width: 22 }, { width: 26 }];
  const first = periods[0];
  const last = periods[periods.length - 1];
  const header = sheet.addRow([
    t('workbook.summary.figure'),
    last ? t('workbook.summary.latest', { label: last.label }) : null,
    first && last ? t('workbook.summary.range', { first: first.label, last: last.label }) : null,
  ]);
  header.font = HEADER_FONT;
  header.commit();

  const periodsSheet = sheetRef(context.names.periods);
  const latest: Figures | null = last ? { ...last, ...computeRowMetrics(last, settings.defaultProfitMarginPct) } : null;
  const range = summarizeRange(periods);
  const whole: Figures = { ...range.inputs, ...range.metrics };
  for (const field of SUMMARY_FIELDS) {
    const row = sheet.addRow([t(`metric.${field}.name`)]);
    if (latest && placement.lastRow !== null) {
      row.getCell(2).value = figureCell(periodsSheet, field, placement.lastRow, latest[field]);
    }
    if (placement.totalsRow !== null) {
      row.getCell(3).value = figureCell(periodsSheet, field, placement.totalsRow, whole[field]);
    }
    const numFmt = numberFormatOf(periodsColumn(field).style, settings.currency);
    if (numFmt) for (const column of [2, 3]) row.getCell(column).numFmt = numFmt;
    row.commit();
  }

  if (listStats) {
    sheet.addRow([]).commit();
    sheet.addRow([t('workbook.summary.listCustomers'), listStats.customers]).commit();
    const repeat = sheet.addRow([t('metric.repeatPurchaseRate.name')]);
    const rate = listStats.repeatPurchaseRate;
    repeat.getCell(2).value = rate === null ? null : rate / 100; // a fraction shown as a percentage, like every rate
    repeat.getCell(2).numFmt = '0.0%';
    repeat.commit();
  }
  sheet.commit();
}
