/**
 * Why the import refused a run, in the UI language: the error's reason (a catalog key and
 * its placeholders) when the main side gave one, else its English message. Field codes
 * and the file's shape in a reason are named in the UI language.
 */
import type { UiLanguage } from '../../../shared/document';
import { translate, type MessageKey } from '../../../shared/i18n';
import { fieldName } from '../../../shared/i18n/fieldNames';
import type { MappingField } from '../../../shared/importModel';
import type { IpcError } from '../../../shared/ipc/result';

function fieldNames(codes: string, language: UiLanguage): string {
  return codes
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map((code) => `"${fieldName(code as MappingField, language)}"`)
    .join(', ');
}

export function errorText(error: IpcError, language: UiLanguage): string {
  const { reason } = error;
  if (!reason) return error.message;
  const params = { ...reason.params };
  if (typeof params.fields === 'string') params.fields = fieldNames(params.fields, language);
  if (params.shape === 'customerList' || params.shape === 'periodTable') {
    params.shape = translate(language, `importError.shape.${params.shape}` as MessageKey);
  }
  return translate(language, reason.key, params);
}
