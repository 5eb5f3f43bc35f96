/**
 * The one error type the main side throws on purpose. The IPC router turns it into an
 * `IpcError` value for the renderer; the CLI prints its message as `error: …`.
 * Anything else thrown is a bug and crosses as `internal`.
 */
import type { IpcError, IpcErrorCode, IpcErrorReason } from '../shared/ipc/result';

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
