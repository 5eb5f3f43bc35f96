/**
 * The catalog keys of a figure's name and definition, typed: a figure whose two strings
 * are missing from the catalogs fails to compile here, so no caller needs a cast.
 */
import type { MessageKey } from '../i18n';
import type { FigureId } from './figureTypes';

/** Figures defined in words that no period row holds: the range card's and the customer list's. */
export type OtherFigure = 'rangeRetention' | 'repeatPurchaseRate';

/** The period label's column has a name too (the grid, the workbook, a period table's import). */
export type NamedColumn = FigureId | OtherFigure | 'label';

type NameKey<K extends NamedColumn> = `metric.${K}.name`;
type DefinitionKey<K extends Exclude<NamedColumn, 'label'>> = `metric.${K}.definition`;

export function figureNameKey<K extends NamedColumn>(id: K): NameKey<K> & MessageKey {
  return `metric.${id}.name` as NameKey<K> & MessageKey;
}

export function figureDefinitionKey<K extends Exclude<NamedColumn, 'label'>>(id: K): DefinitionKey<K> & MessageKey {
  return `metric.${id}.definition` as DefinitionKey<K> & MessageKey;
}

// Compile-time proof that every such key is in the catalogs (the casts above rely on it).
type Missing<K> = Exclude<K, MessageKey>;
const everyKeyExists: [Missing<NameKey<NamedColumn>>, Missing<DefinitionKey<Exclude<NamedColumn, 'label'>>>] extends [
  never,
  never,
]
  ? true
  : never = true;
void everyKeyExists;
