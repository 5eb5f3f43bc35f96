/** The name of an import field: the mapping step's name of a customer-list field, the registry figure's name of a period-table input. */
import { INPUT_FIELDS, type InputField, type UiLanguage } from '../document';
import { figureNameKey } from '../figures/figureText';
import type { MappingField } from '../importModel';
import { messageKey, translate, type MessageKey } from './index';

const PERIOD_INPUTS: ReadonlySet<MappingField> = new Set(INPUT_FIELDS);

function isPeriodInput(field: MappingField): field is InputField {
  return PERIOD_INPUTS.has(field);
}

export function fieldNameKey(field: MappingField): MessageKey {
  return isPeriodInput(field) ? figureNameKey(field) : messageKey(`ui.import.field.${field}`);
}

export function fieldName(field: MappingField, language: UiLanguage): string {
  return translate(language, fieldNameKey(field));
}
