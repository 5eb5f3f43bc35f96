/**
 * Electron's side of the IPC: one ipcMain.handle per channel of the contract, each
 * refusing messages from any frame but the top-level frame of the app window on an
 * app:// page (senderCheck.ts) before handing the request to the router, which
 * validates it and runs the handler.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/bridge';
import type { ChannelName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { PitoError } from '../errors';
import type { IpcRouter } from '../ipc/router';
import { senderProblem } from './senderCheck';

/** Told of every answered request, for the shell's own follow-ups (the close prompt waits for a save). */
export type RequestObserver = (channel: ChannelName, result: IpcResult<unknown>) => void;

function senderFacts(event: IpcMainInvokeEvent, window: BrowserWindow | null) {
  const frame = event.senderFrame;
  const main = window && !window.isDestroyed() ? window.webContents.mainFrame : null;
  return {
    sender: frame ? { processId: frame.processId, routingId: frame.routingId, url: frame.url } : null,
    appMainFrame: main ? { processId: main.processId, routingId: main.routingId } : null,
  };
}

export function registerIpcChannels(
  route: IpcRouter,
  appWindow: () => BrowserWindow | null,
  observe: RequestObserver,
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, request: unknown): Promise<IpcResult<unknown>> => {
      const problem = senderProblem(senderFacts(event, appWindow()));
      if (problem) {
        const refusal = PitoError.fromReason('forbidden', problem, {});
        console.warn(`Refused IPC ${channel}: ${refusal.message}`);
        return { ok: false, error: refusal.toIpcError() };
      }
      const result = await route(channel, request);
      observe(channel, result);
      return result;
    });
  }
}
