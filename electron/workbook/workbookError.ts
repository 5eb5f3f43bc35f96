/** An error opening a workbook whose message is the English of its catalog reason, so the CLI and the UI say the same. */
import { translate, type MessageKey } from '../../shared/i18n';
import type { IpcErrorCode } from '../../shared/ipc/result';
import { PitoError } from '../errors';

export function workbookError(
  code: IpcErrorCode,
  key: MessageKey,
  params: Record<string, string | number>,
  where: { file: string; row?: number; column?: string },
): PitoError {
  return new PitoError(code, translate('en', key, params), { ...where, reason: { key, params } });
}
