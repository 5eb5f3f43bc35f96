/** The name of an import field: the mapping step's name of a customer-list field, the registry figure's name of a period-table input. */
import { INPUT_FIELDS, type InputField, type UiLanguage } from '../document';
import { figureNameKey } from '../figures/figureText';
import type { CustomerField, MappingField } from '../importModel';
import { translate, type MessageKey } from './index';

const PERIOD_INPUTS: ReadonlySet<string> = new Set(INPUT_FIELDS);

type ImportFieldKey = `ui.import.field.${CustomerField | 'period'}`;

export function fieldNameKey(field: MappingField): MessageKey {
  if (PERIOD_INPUTS.has(field)) return figureNameKey(field as InputField);
  return `ui.import.field.${field}` as ImportFieldKey & MessageKey;
}

export function fieldName(field: MappingField, language: UiLanguage): string {
  return translate(language, fieldNameKey(field));
}

// Compile-time proof that every non-figure field has its name in the catalogs (the cast above relies on it).
const everyFieldNamed: Exclude<ImportFieldKey, MessageKey> extends never ? true : never = true;
void everyFieldNamed;
