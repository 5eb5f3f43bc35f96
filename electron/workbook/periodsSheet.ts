/**
 * The Periods sheet: one row per period with the inputs as values and every derived
 * figure as a live formula whose cached result is Pito's own figure, then the row of the
 * summary range (the document's chosen range), its figures combined by formulas too.
 */
import type ExcelJS from 'exceljs';
import type { FigureId, RowFigures } from '../../shared/figures/figureTypes';
import { figureNameKey } from '../../shared/figures/figureText';
import type { DocumentRange } from '../../shared/documentRange';
import { FIGURES, FIGURE_IDS } from '../../shared/figures/registry';
import { rangeNoteFor } from '../../shared/figures/tableRange';
import { isRangeProblem } from '../../shared/ranges';
import { computeRowMetrics } from '../../shared/figures/rowFigures';
import { numberFormatOf } from './numberFormats';
import { rowFormula, totalsRowFormulas } from './periodFormulas';
import { FIRST_PERIOD_ROW, PERIODS_COLUMNS, periodsColumn, sheetValueOf } from './periodsLayout';
import { sheetOptions } from './printSetup';
import { HEADER_FONT, type PeriodsPlacement, type SheetContext } from './sheetContext';

/** Points: three lines of the default 11-point font. */
const HEADER_ROW_HEIGHT = 45;

/** A cell holding a figure: a formula with Pito's figure as its cached result ("" for a blank one), else the value. */
function figureCell(id: FigureId, value: number | null, formula: string | null): ExcelJS.CellValue {
  const stored = sheetValueOf(id, value);
  return formula === null ? stored : { formula, result: stored ?? '', date1904: false };
}

function writeFigures(
  row: ExcelJS.Row,
  label: string,
  figures: Readonly<RowFigures>,
  formulaOf: (id: FigureId) => string | null,
): void {
  // The label is the user's own text: a string value is always written as a text cell,
  // so a label such as "=HYPERLINK(…)" can never become a formula.
  row.getCell(periodsColumn('label').index).value = label;
  for (const id of FIGURE_IDS) row.getCell(periodsColumn(id).index).value = figureCell(id, figures[id], formulaOf(id));
  row.commit();
}

/**
 * The formulas of the summary range's row, as on screen (shared/documentRange.ts). From the
 * rows: each figure by its range rule over the range's rows, blank where the rows do not chain
 * and for a list's NPS. From the customer list: its counts as values (the rows cannot give R
 * or the range's NPS), every derived figure the row formula over them.
 */
function rangeRowFormulas(range: DocumentRange, firstRow: number, totalsRow: number): (id: FigureId) => string | null {
  if (range.basis === 'customerList') {
    return (id) => (FIGURES[id].range === 'none' ? null : rowFormula(id, totalsRow));
  }
  const { firstIndex, lastIndex } = range.span;
  const formulas = totalsRowFormulas(firstRow + firstIndex, firstRow + lastIndex, totalsRow);
  return (id) => (rangeNoteFor(id, range.notes) === null ? (formulas[id] ?? null) : null);
}

export function writePeriodsSheet(context: SheetContext): PeriodsPlacement {
  const { document, t } = context;
  const sheet = context.workbook.addWorksheet(context.names.periods, sheetOptions({ titleRows: 1, titleColumns: 1 }));
  sheet.columns = PERIODS_COLUMNS.map((column) => ({
    key: column.field,
    width: column.width,
    style: { numFmt: numberFormatOf(column, document.settings.currency) },
  }));
  const header = sheet.getRow(1);
  // Names such as "Customers at start" are wider than their figures: wrap them on a
  // three-line header instead of widening every column.
  header.height = HEADER_ROW_HEIGHT;
  for (const column of PERIODS_COLUMNS) {
    const cell = header.getCell(column.index);
    cell.value = t(figureNameKey(column.field));
    cell.font = HEADER_FONT;
    cell.alignment = { wrapText: true, vertical: 'bottom' };
  }
  header.commit();

  const { periods, settings } = document;
  periods.forEach((period, position) => {
    const rowNumber = FIRST_PERIOD_ROW + position;
    const figures = { ...period, ...computeRowMetrics(period, settings.defaultProfitMarginPct) };
    writeFigures(sheet.getRow(rowNumber), period.label, figures, (id) => rowFormula(id, rowNumber));
  });
  if (periods.length === 0) {
    sheet.commit();
    return { firstRow: null, lastRow: null, totalsRow: null };
  }
  const firstRow = FIRST_PERIOD_ROW;
  const lastRow = FIRST_PERIOD_ROW + periods.length - 1;
  const { range } = context;
  if (isRangeProblem(range)) {
    sheet.commit();
    return { firstRow, lastRow, totalsRow: null };
  }
  const totalsRow = lastRow + 1;
  const row = sheet.getRow(totalsRow);
  row.font = HEADER_FONT; // the summary range's row stands out
  writeFigures(row, t('workbook.periods.totals'), range.figures, rangeRowFormulas(range, firstRow, totalsRow));
  sheet.commit();
  return { firstRow, lastRow, totalsRow };
}
