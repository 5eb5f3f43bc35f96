/**
 * The Definitions sheet: every figure's name, its meaning in words and, for a derived
 * figure, the formula the Periods sheet uses (row 2), then notes on how to read and edit
 * the workbook. The formula texts are text cells, shown for reading, never evaluated.
 */
import type ExcelJS from 'exceljs';
import { DEFINED_FIGURES } from '../../shared/figures/definedFigures';
import { catalogs, type MessageKey } from '../../shared/i18n';
import { rowFormula } from './periodFormulas';
import { FIRST_PERIOD_ROW } from './periodsLayout';
import { sheetOptions } from './printSetup';
import { HEADER_FONT, type SheetContext } from './sheetContext';
import { linesOfText } from './textWidth';

const NOTES: readonly MessageKey[] = [
  'workbook.definitions.notePercent',
  'workbook.definitions.noteBlank',
  'workbook.definitions.noteDefaultMargin',
  'workbook.definitions.noteTotals',
  'workbook.definitions.noteEditing',
  'workbook.definitions.noteSource',
];

/** How periods, cohorts and CLV defaults come from a customer list (shared/aggregate's own wording). */
const AGGREGATION_NOTES = (Object.keys(catalogs.en) as MessageKey[]).filter(
  (key) => key.startsWith('aggregate.fromList.') || key.startsWith('aggregate.clvDefaults.'),
);

/** Every column wraps at its words, top-aligned; a formula, having no spaces, wraps where the column ends. */
const WRAP: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
const WIDTHS = [30, 90, 60] as const;
/** A section's title, unwrapped. */
const TITLE: Partial<ExcelJS.Alignment> = { vertical: 'top' };
/** Points per line of the 11-point font. */
const LINE_HEIGHT = 15;

/** A row whose height holds its longest wrapped text (LibreOffice does not fit an xlsx row's height itself). */
function addTextRow(sheet: ExcelJS.Worksheet, values: readonly (string | null)[]): ExcelJS.Row {
  const row = sheet.addRow([...values]);
  const lines = Math.max(1, ...values.map((value, i) => (value ? linesOfText(value, WIDTHS[i] ?? 0) : 1)));
  if (lines > 1) row.height = lines * LINE_HEIGHT;
  return row;
}

export function writeDefinitionsSheet(context: SheetContext): void {
  const { t } = context;
  const sheet = context.workbook.addWorksheet(context.names.definitions, sheetOptions({ titleRows: 1 }));
  sheet.columns = WIDTHS.map((width) => ({ width, style: WRAP }));
  const header = addTextRow(sheet, [
    t('workbook.definitions.figure'),
    t('workbook.definitions.meaning'),
    t('workbook.definitions.formula'),
  ]);
  header.font = HEADER_FONT;
  header.commit();

  for (const figure of DEFINED_FIGURES) {
    const formula = figure.periodFigure === null ? null : rowFormula(figure.periodFigure, FIRST_PERIOD_ROW);
    addTextRow(sheet, [t(figure.name), t(figure.definition), formula === null ? null : `=${formula}`]).commit();
  }

  sheet.addRow([]).commit();
  const title = sheet.addRow([t('workbook.definitions.notesTitle')]);
  title.font = HEADER_FONT;
  title.alignment = TITLE; // on one line, into the empty cells beside it
  title.commit();
  for (const note of NOTES) addTextRow(sheet, ['', t(note)]).commit();

  sheet.addRow([]).commit();
  const aggregation = sheet.addRow([t('workbook.definitions.aggregationTitle')]);
  aggregation.font = HEADER_FONT;
  aggregation.alignment = TITLE;
  aggregation.commit();
  for (const note of AGGREGATION_NOTES) addTextRow(sheet, ['', t(note)]).commit();
  sheet.commit();
}
