/**
 * The one entry point of every IPC request on the main side, whatever the transport
 * (Electron's ipcMain in the app, a Playwright binding in the browser harness):
 * unknown channel or malformed request → `invalidRequest` naming the field; a
 * PitoError → its own code and message; anything else → `internal`, logged here with
 * its stack, which never crosses to the renderer.
 */
import type { z } from 'zod';
import type { ChannelName } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
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

function failure(code: IpcError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

export function createIpcRouter(handlers: HandlerMap<ChannelName>, log: ErrorLog = console.error): IpcRouter {
  return async (channel, request) => {
    if (!isChannelName(channel)) return failure('invalidRequest', `Unknown IPC channel "${channel.slice(0, 100)}".`);
    const parsed = requestSchemas[channel].safeParse(request);
    if (!parsed.success) {
      return failure('invalidRequest', `Invalid request for ${channel}: ${describeIssues(parsed.error.issues)}.`);
    }
    // The handler map is indexed by the same channel the schema was, so the parsed value has its request type.
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof PitoError) return { ok: false, error: error.toIpcError() };
      log(`IPC handler for ${channel} failed`, error);
      return failure('internal', `Pito could not complete ${channel} because of an internal error.`);
    }
  };
}
