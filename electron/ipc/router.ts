/**
 * The one entry point of every IPC request on the main side, whatever the transport
 * (Electron's ipcMain in the app, a Playwright binding in the browser harness):
 * unknown channel or malformed request → `invalidRequest` naming the field; a
 * PitoError → its own code and message; anything else → `internal`, logged here with
 * its stack, which never crosses to the renderer. The router's own errors carry their
 * catalog reason (`ipcError.*`) like every other, so the UI words them in its language. Whatever the error, what crosses is
 * bounded (boundedError): a message of at most 500 characters, values quoted to 80, and
 * absolute paths shown by their last part, so a 10 MB cell or an internal path never
 * reaches a dialog.
 */
import type { z } from 'zod';
import type { MessageKey } from '../../shared/i18n';
import type { ChannelName } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { MAX_ERROR_MESSAGE_LENGTH, MAX_PATH_LENGTH } from '../../shared/limits';
import { quoteValue, truncateText } from '../../shared/quote';
import { PitoError } from '../errors';
import type { HandlerMap } from './handlerTypes';
import { requestSchemas } from './schemas';

export type IpcRouter = (channel: string, request: unknown) => Promise<IpcResult<unknown>>;
export type ErrorLog = (message: string, error: unknown) => void;

/** Enough issues to fix the request, few enough to read. */
const MAX_ISSUES_SHOWN = 3;

export function isChannelName(channel: string): channel is ChannelName {
  // Own keys only: `constructor` or `__proto__` are not channels.
  return Object.hasOwn(requestSchemas, channel);
}

/** `document.periods.3.customersAtEnd: Invalid input: expected number, received string`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const where = issue.path.map(String).join('.');
    const message = issue.message.replace(/\.$/, '');
    return where ? `${where}: ${message}` : message;
  });
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

/** The last part of a path: `/home/ann/.report.xlsx.12.tmp` → `.report.xlsx.12.tmp`, `C:\\Data\\` → `Data`. */
function lastPart(path: string): string {
  const parts = path.split(/[\\/]+/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}

/** An absolute POSIX, Windows or UNC path, quoted (spaces allowed) or bare (up to the next space). */
const ABSOLUTE_PATH =
  /(?<=^|[\s(=:])(['"“‘])((?:\/|[A-Za-z]:\\|\\\\)[^'"”’\n]*)(['"”’])|(?<=^|[\s(=])((?:\/|[A-Za-z]:\\|\\\\)[^\s'"”’)]*)/g;

/** Absolute paths replaced by their last part: the user knows the file by its name, not by the folders above it. */
export function withoutAbsolutePaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, (whole, open?: string, quoted?: string, close?: string, bare?: string) =>
    quoted !== undefined ? `${open}${lastPart(quoted)}${close}` : bare !== undefined ? lastPart(bare) : whole,
  );
}

/** What of an error may cross IPC: a bounded message without absolute paths, bounded places and params. */
export function boundedError(error: IpcError): IpcError {
  const { code, message, file, row, column, reason } = error;
  // Cut before the paths are looked for too, so a 10 MB message costs no 10 MB regex scan.
  const shown = withoutAbsolutePaths(truncateText(message, 4 * MAX_ERROR_MESSAGE_LENGTH));
  const bounded: IpcError = { code, message: truncateText(shown, MAX_ERROR_MESSAGE_LENGTH) };
  if (file !== undefined) bounded.file = truncateText(file, MAX_PATH_LENGTH);
  if (row !== undefined) bounded.row = row;
  if (column !== undefined) bounded.column = quoteValue(column);
  if (reason) {
    const params = Object.fromEntries(
      Object.entries(reason.params).map(([name, value]) => [
        name,
        typeof value === 'string' ? quoteValue(withoutAbsolutePaths(value)) : value,
      ]),
    );
    bounded.reason = { key: reason.key, params };
  }
  return bounded;
}

/** The router's own refusal: a catalog reason the UI words in its language, its English as the message. */
function failure(code: IpcError['code'], key: MessageKey, params: Record<string, string | number>): IpcResult<never> {
  return { ok: false, error: boundedError(PitoError.fromReason(code, key, params).toIpcError()) };
}

export function createIpcRouter(handlers: HandlerMap<ChannelName>, log: ErrorLog = console.error): IpcRouter {
  return async (channel, request) => {
    if (!isChannelName(channel)) {
      return failure('invalidRequest', 'ipcError.unknownChannel', { channel: channel.slice(0, 100) });
    }
    const parsed = requestSchemas[channel].safeParse(request);
    if (!parsed.success) {
      return failure('invalidRequest', 'ipcError.invalidRequest', {
        channel,
        problems: describeIssues(parsed.error.issues),
      });
    }
    // The handler map is indexed by the same channel the schema was, so the parsed value has its request type.
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof PitoError) return { ok: false, error: boundedError(error.toIpcError()) };
      log(`IPC handler for ${channel} failed`, error);
      return failure('internal', 'ipcError.internal', { channel });
    }
  };
}
