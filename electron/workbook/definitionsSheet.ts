/**
 * The Definitions sheet: every figure's name, its meaning in words and, for a derived
 * figure, the formula the Periods sheet uses (row 2), then notes on how to read and edit
 * the workbook. The formula texts are text cells, shown for reading, never evaluated.
 */
import { DEFINED_FIGURES } from '../../shared/figures/definedFigures';
import { catalogs, type MessageKey } from '../../shared/i18n';
import { rowFormula } from './periodFormulas';
import { FIRST_PERIOD_ROW } from './periodsLayout';
import { HEADER_FONT, type SheetContext } from './sheetContext';

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

export function writeDefinitionsSheet(context: SheetContext): void {
  const { t } = context;
  const sheet = context.workbook.addWorksheet(context.names.definitions, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { width: 30 },
    { width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { width: 60 },
  ];
  const header = sheet.addRow([
    t('workbook.definitions.figure'),
    t('workbook.definitions.meaning'),
    t('workbook.definitions.formula'),
  ]);
  header.font = HEADER_FONT;
  header.commit();

  for (const figure of DEFINED_FIGURES) {
    const formula = figure.periodFigure === null ? null : rowFormula(figure.periodFigure, FIRST_PERIOD_ROW);
    sheet.addRow([t(figure.name), t(figure.definition), formula === null ? null : `=${formula}`]).commit();
  }

  sheet.addRow([]).commit();
  const title = sheet.addRow([t('workbook.definitions.notesTitle')]);
  title.font = HEADER_FONT;
  title.commit();
  for (const note of NOTES) sheet.addRow(['', t(note)]).commit();

  sheet.addRow([]).commit();
  const aggregation = sheet.addRow([t('workbook.definitions.aggregationTitle')]);
  aggregation.font = HEADER_FONT;
  aggregation.commit();
  for (const note of AGGREGATION_NOTES) sheet.addRow(['', t(note)]).commit();
  sheet.commit();
}
