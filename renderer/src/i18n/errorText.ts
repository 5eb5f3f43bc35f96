/**
 * An error from the main side as the UI shows it, the one way every failure is worded:
 * its reason (a catalog key and its placeholders) in the UI language when the main side
 * gave one, else its English message. Field codes and the file's shape in a reason are
 * named in the UI language.
 */
import type { UiLanguage } from '../../../shared/document';
import { translate } from '../../../shared/i18n';
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
  if (reason.key === 'importError.missingFields') {
    if (typeof params.fields === 'string') params.fields = fieldNames(params.fields, language);
    if (params.shape === 'customerList' || params.shape === 'periodTable') {
      params.shape = translate(language, `importError.shape.${params.shape}`);
    }
  }
  return translate(language, reason.key, params);
}
