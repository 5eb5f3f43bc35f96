/** The name of an import field in a language: the mapping step's name of a customer-list field, the metric's name of a period-table field. */
import { INPUT_FIELDS, type UiLanguage } from '../document';
import type { MappingField } from '../importModel';
import { translate, type MessageKey } from './index';

const PERIOD_INPUTS: ReadonlySet<string> = new Set(INPUT_FIELDS);

export function fieldName(field: MappingField, language: UiLanguage): string {
  const key = PERIOD_INPUTS.has(field) ? `metric.${field}.name` : `ui.import.field.${field}`;
  return translate(language, key as MessageKey);
}
