/** The fields a mapping can feed, with their names, and spreadsheet column letters for the selects. */
import type { MessageKey } from '../../../shared/i18n';
import { CUSTOMER_FIELDS, PERIOD_TABLE_FIELDS, type ImportShape } from '../../../shared/importModel';
import type { Translate } from '../i18n/I18nContext';

export function mappingFields(shape: ImportShape): readonly string[] {
  return shape === 'customerList' ? CUSTOMER_FIELDS : PERIOD_TABLE_FIELDS;
}

export function mappingFieldName(shape: ImportShape, field: string, t: Translate): string {
  if (shape === 'customerList' || field === 'period') return t(`ui.import.field.${field}` as MessageKey);
  return t(`metric.${field}.name` as MessageKey);
}

export { columnLetter } from '../../../shared/importModel';
