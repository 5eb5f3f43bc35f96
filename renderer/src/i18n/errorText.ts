/**
 * An error from the main side as the UI shows it, the one way every failure is worded:
 * its reason (a catalog key and its placeholders) in the UI language. Every error the
 * main side means to give has one; one without (a bug) is named by its code in the UI
 * language, its English message quoted after it. Field codes and the file's shape in a
 * reason are named in the UI language, and numbers are written as the language writes
 * them (messageText.ts).
 */
import type { UiLanguage } from '../../../shared/document';
import { messageKey } from '../../../shared/i18n';
import { fieldName } from '../../../shared/i18n/fieldNames';
import type { MappingField } from '../../../shared/importModel';
import type { IpcError } from '../../../shared/ipc/result';
import { messageText } from './messageText';

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
  if (!reason) {
    return messageText(language, messageKey(`ipcError.unexplained.${error.code}`), { detail: error.message });
  }
  const params = { ...reason.params };
  if (reason.key === 'importError.missingFields') {
    if (typeof params.fields === 'string') params.fields = fieldNames(params.fields, language);
    if (params.shape === 'customerList' || params.shape === 'periodTable') {
      params.shape = messageText(language, `importError.shape.${params.shape}`);
    }
  }
  return messageText(language, reason.key, params);
}
