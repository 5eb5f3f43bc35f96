/**
 * The Periods sheet: one row per period with the inputs as values and every derived
 * figure as a live formula whose cached result is Pito's own figure, then the
 * whole-range row with formulas too.
 */
import type ExcelJS from 'exceljs';
import { DERIVED_FIELDS, INPUT_FIELDS, type PeriodInputs, type PeriodMetrics } from '../../shared/document';
import { computeRowMetrics } from '../../shared/metrics';
import { summarizeRange } from '../../shared/summary';
import { numberFormatOf } from './numberFormats';
import { derivedFormulas, totalsRowFormulas } from './periodFormulas';
import { FIRST_PERIOD_ROW, PERIODS_COLUMNS, periodsColumn, sheetValueOf, type PeriodsField } from './periodsLayout';
import { HEADER_FONT, type PeriodsPlacement, type SheetContext } from './sheetContext';

/** Points: three lines of the default 11-point font. */
const HEADER_ROW_HEIGHT = 45;

/** A formula with Pito's figure as its cached result; "" stands for a blank (null) figure. */
function formulaCell(formula: string, field: PeriodsField, value: number | null): ExcelJS.CellFormulaValue {
  return { formula, result: sheetValueOf(field, value) ?? '', date1904: false };
}

function writeFigures(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  label: string,
  inputs: PeriodInputs,
  metrics: PeriodMetrics,
  overrides: Partial<Record<PeriodsField, string>> = {},
): void {
  const row = sheet.getRow(rowNumber);
  if (Object.keys(overrides).length > 0) row.font = HEADER_FONT; // the whole-range row stands out
  // The label is the user's own text: a string value is always written as a text cell,
  // so a label such as "=HYPERLINK(…)" can never become a formula.
  row.getCell(periodsColumn('label').index).value = label;
  for (const field of INPUT_FIELDS) {
    const formula = overrides[field];
    const value = inputs[field];
    row.getCell(periodsColumn(field).index).value =
      formula === undefined ? sheetValueOf(field, value) : formulaCell(formula, field, value);
  }
  const formulas = { ...derivedFormulas(rowNumber), ...overrides };
  for (const field of DERIVED_FIELDS) {
    row.getCell(periodsColumn(field).index).value = formulaCell(formulas[field], field, metrics[field]);
  }
  row.commit();
}

export function writePeriodsSheet(context: SheetContext): PeriodsPlacement {
  const { document, t } = context;
  const sheet = context.workbook.addWorksheet(context.names.periods, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = PERIODS_COLUMNS.map((column) => ({
    key: column.field,
    width: column.width,
    style: { numFmt: numberFormatOf(column.style, document.settings.currency) },
  }));
  const header = sheet.getRow(1);
  // Names such as "Customers at start" are wider than their figures: wrap them on a
  // three-line header instead of widening every column.
  header.height = HEADER_ROW_HEIGHT;
  for (const column of PERIODS_COLUMNS) {
    const cell = header.getCell(column.index);
    cell.value = t(`metric.${column.field}.name`);
    cell.font = HEADER_FONT;
    cell.alignment = { wrapText: true, vertical: 'bottom' };
  }
  header.commit();

  const { periods, settings } = document;
  periods.forEach((period, position) => {
    const metrics = computeRowMetrics(period, settings.defaultProfitMarginPct);
    writeFigures(sheet, FIRST_PERIOD_ROW + position, period.label, period, metrics);
  });
  if (periods.length === 0) {
    sheet.commit();
    return { firstRow: null, lastRow: null, totalsRow: null };
  }
  const firstRow = FIRST_PERIOD_ROW;
  const lastRow = FIRST_PERIOD_ROW + periods.length - 1;
  const totalsRow = lastRow + 1;
  const range = summarizeRange(periods);
  const totalsFormulas = totalsRowFormulas(firstRow, lastRow);
  writeFigures(sheet, totalsRow, t('workbook.periods.totals'), range.inputs, range.metrics, totalsFormulas);
  sheet.commit();
  return { firstRow, lastRow, totalsRow };
}
