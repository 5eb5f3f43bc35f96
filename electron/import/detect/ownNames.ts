/**
 * Pito's own names for its fields, in both languages: the mapping step's field names and
 * the column headers of the exported workbook. A header that is exactly one of them is
 * that field for certain, so Pito's own files always read back.
 */
import { catalogs, type MessageKey } from '../../../shared/i18n';
import { UI_LANGUAGES } from '../../../shared/document';
import { figureNameKey } from '../../../shared/figures/figureText';
import {
  CUSTOMER_FIELDS,
  PERIOD_TABLE_FIELDS,
  type ImportShape,
  type MappingField,
  type PeriodTableField,
} from '../../../shared/importModel';
import { headerTokens } from './headerWords';

const CUSTOMER_SHEET_KEYS: Partial<Record<MappingField, string>> = {
  customerId: 'id',
  startDate: 'start',
  endDate: 'end',
};

/** A period table's columns carry the registry's figure names (the label's for the period), as Pito exports them. */
function periodTableNameKey(field: PeriodTableField): MessageKey {
  return figureNameKey(field === 'period' ? 'label' : field);
}

function keysOf(shape: ImportShape, field: MappingField): MessageKey[] {
  if (shape === 'periodTable') return [periodTableNameKey(field as PeriodTableField)];
  const sheetKey = CUSTOMER_SHEET_KEYS[field] ?? field;
  return [`ui.import.field.${field}` as MessageKey, `workbook.customers.${sheetKey}` as MessageKey];
}

/** A header as compared with the own names: its words joined. */
export function ownNameKey(header: string): string {
  return headerTokens(header).join(' ');
}

function namesOf(shape: ImportShape, fields: readonly MappingField[]): Map<string, MappingField> {
  const names = new Map<string, MappingField>();
  for (const field of fields) {
    for (const key of keysOf(shape, field)) {
      for (const language of UI_LANGUAGES) {
        const text = catalogs[language][key];
        if (text !== undefined) names.set(ownNameKey(text), field);
      }
    }
  }
  return names;
}

export const OWN_NAMES: Record<ImportShape, Map<string, MappingField>> = {
  customerList: namesOf('customerList', CUSTOMER_FIELDS),
  periodTable: namesOf('periodTable', PERIOD_TABLE_FIELDS),
};
