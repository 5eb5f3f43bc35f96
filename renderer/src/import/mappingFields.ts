/** The fields a mapping can feed, with their names, and spreadsheet column letters for the selects. */
import { fieldNameKey } from '../../../shared/i18n/fieldNames';
import { CUSTOMER_FIELDS, PERIOD_TABLE_FIELDS, type ImportShape, type MappingField } from '../../../shared/importModel';
import type { Translate } from '../i18n/I18nContext';

export function mappingFields(shape: ImportShape): readonly MappingField[] {
  return shape === 'customerList' ? CUSTOMER_FIELDS : PERIOD_TABLE_FIELDS;
}

export function mappingFieldName(field: MappingField, t: Translate): string {
  return t(fieldNameKey(field));
}

export { columnLetter } from '../../../shared/importModel';
