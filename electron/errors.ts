/**
 * The one error type the main side throws on purpose. The IPC router turns it into an
 * `IpcError` value for the renderer; the CLI prints its message as `error: …`.
 * Anything else thrown is a bug and crosses as `internal`.
 */
import { translate, type MessageKey } from '../shared/i18n';
import type { IpcError, IpcErrorCode, IpcErrorReason } from '../shared/ipc/result';

type Where = { file?: string; row?: number; column?: string };

export class PitoError extends Error {
  readonly code: IpcErrorCode;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly reason?: IpcErrorReason;

  constructor(
    code: IpcErrorCode,
    message: string,
    where: { file?: string; row?: number; column?: string; reason?: IpcErrorReason } = {},
  ) {
    super(message);
    this.name = 'PitoError';
    this.code = code;
    this.file = where.file;
    this.row = where.row;
    this.column = where.column;
    this.reason = where.reason;
  }

  /** The error of a catalog reason: its message is the reason's English, so the CLI and the UI say the same. */
  static fromReason(
    code: IpcErrorCode,
    key: MessageKey,
    params: Record<string, string | number>,
    where: Where = {},
  ): PitoError {
    return new PitoError(code, translate('en', key, params), { ...where, reason: { key, params } });
  }

  toIpcError(): IpcError {
    const { code, message, file, row, column, reason } = this;
    return {
      code,
      message,
      ...(file && { file }),
      ...(row !== undefined && { row }),
      ...(column && { column }),
      ...(reason && { reason }),
    };
  }
}
