/** Errors cross IPC as plain values the renderer can show, never as thrown objects. */
import type { MessageKey } from '../i18n';

export type IpcErrorCode =
  | 'invalidRequest' // the payload failed validation
  | 'forbidden' // the message came from a frame that is not the app's own
  | 'badFile' // the file cannot be read as what it claims to be
  | 'cancelled'
  | 'io' // the file system refused (permissions, disk full)
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  /** A complete English sentence naming file, row and column where known. */
  message: string;
  file?: string;
  row?: number;
  column?: string;
  /** The same sentence as a catalog key and its placeholders, for the renderer to show in the UI language. */
  reason?: IpcErrorReason;
}

export interface IpcErrorReason {
  key: MessageKey;
  params: Record<string, string | number>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
