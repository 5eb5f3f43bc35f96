/**
 * The catalog keys of a figure's name and definition, typed: a figure whose two strings
 * are missing from the catalogs fails to compile here, so no caller needs a cast.
 */
import { messageKey, type MessageKey } from '../i18n';
import type { FigureId } from './figureTypes';

/** Figures defined in words that no period row holds: the range card's and the customer list's. */
export type OtherFigure = 'rangeRetention' | 'rangeExactRetention' | 'rangeNps' | 'repeatPurchaseRate';

/** The period label's column has a name too (the grid, the workbook, a period table's import). */
export type NamedColumn = FigureId | OtherFigure | 'label';

export function figureNameKey(id: NamedColumn): MessageKey {
  return messageKey(`metric.${id}.name`);
}

export function figureDefinitionKey(id: Exclude<NamedColumn, 'label'>): MessageKey {
  return messageKey(`metric.${id}.definition`);
}
