/**
 * Where each of Pito's columns is on a Periods sheet, found by its header, never by its
 * position: Pito's name for the column in either language, compared as the import compares
 * its own names (case, accents and signs aside). So a sheet whose columns were moved in
 * Excel, or that has a column of the user's own, reads right, and a workbook saved in
 * Finnish opens in an English Pito.
 */
import type { UiLanguage } from '../../shared/document';
import { figureNameKey } from '../../shared/figures/figureText';
import { catalogs, translate } from '../../shared/i18n';
import { columnLetter } from '../../shared/importModel';
import type { CellValue } from '../../shared/parse';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import { ownNameKey } from '../import/detect/ownNames';
import { textOrNull } from './cellValues';
import { PERIODS_COLUMNS, type PeriodsField } from './periodsLayout';

/** The Periods sheet a message names, and the language its headers are named in. */
export interface PeriodsSheetPlace {
  file: string;
  sheet: string;
  language: UiLanguage;
}

export interface LocatedColumn {
  /** 0-based, as in a row's cells. */
  index: number;
  /** The header as the sheet shows it, for messages. */
  header: string;
}

/** Pito's column of every name it has given one, in every language. */
const FIELD_OF_NAME: ReadonlyMap<string, PeriodsField> = new Map(
  PERIODS_COLUMNS.flatMap(({ field }) =>
    Object.values(catalogs).map((catalog) => [ownNameKey(catalog[figureNameKey(field)]), field] as const),
  ),
);

const shown = (column: LocatedColumn) => `${columnLetter(column.index)} "${quoteValue(column.header)}"`;

/**
 * Each of Pito's columns the header row holds. A header Pito does not know is the user's
 * own column and is passed over; two headers naming one of Pito's columns are refused,
 * as which of them holds the figures is anyone's guess.
 */
export function locatePeriodsColumns(header: CellValue[], where: PeriodsSheetPlace): Map<PeriodsField, LocatedColumn> {
  const located = new Map<PeriodsField, LocatedColumn>();
  header.forEach((cell, index) => {
    const text = textOrNull(cell);
    const field = text === null ? undefined : FIELD_OF_NAME.get(ownNameKey(text));
    if (text === null || field === undefined) return;
    const column = { index, header: text };
    const earlier = located.get(field);
    if (earlier) {
      const params = { file: where.file, sheet: quoteValue(where.sheet), first: shown(earlier), second: shown(column) };
      throw PitoError.fromReason('badFile', 'documentError.periods.duplicateColumn', params, { file: where.file });
    }
    located.set(field, column);
  });
  return located;
}

/** Refuses a sheet without some of Pito's columns, naming them as the sheet would. */
export function missingColumnsError(fields: readonly PeriodsField[], where: PeriodsSheetPlace): PitoError {
  const columns = fields.map((field) => `"${translate(where.language, figureNameKey(field))}"`).join(', ');
  const params = { file: where.file, sheet: quoteValue(where.sheet), columns, count: fields.length };
  return PitoError.fromReason('badFile', 'documentError.periods.missingColumns', params, { file: where.file });
}
