/**
 * The preload: runs sandboxed, with context isolation, before the page. It builds the
 * bridge from the contract (shared/ipc/bridge.ts) over ipcRenderer and exposes that
 * one object as `window.pito`. The page never gets ipcRenderer, the raw IPC event or
 * any Node API.
 *
 * File paths: the page cannot name one. 'import:droppedFile' called by the page is
 * refused here; a dropped file goes through `pito.importDroppedFile(file)`, which asks
 * Electron for the path of that very File object (only files the OS handed over, by
 * drag and drop or a file input, have one) and sends it to the main side itself.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge, type DroppedFile, type PitoBridge } from '../shared/ipc/bridge';
import type { Invoke } from '../shared/ipc/contract';
import type { FileHandle } from '../shared/ipc/importChannels';
import type { IpcResult } from '../shared/ipc/result';
import { createBufferedSubscribe } from './shell/bufferedEvents';
import { preloadRefusal } from './shell/preloadRefusals';

const pageInvoke: Invoke = (channel, request) =>
  channel === 'import:droppedFile'
    ? Promise.resolve(preloadRefusal('pageNamedPath'))
    : ipcRenderer.invoke(channel, request);

// Only the payload reaches the page, never the IpcRendererEvent (it carries `sender`).
const subscribe = createBufferedSubscribe((event, deliver) => {
  ipcRenderer.on(event, (_event, payload: unknown) => deliver(payload));
});

async function importDroppedFile(file: DroppedFile): Promise<IpcResult<FileHandle>> {
  let path = '';
  try {
    path = webUtils.getPathForFile(file as File);
  } catch {
    // Not a File at all: refused below like a File without a path.
  }
  if (!path) return preloadRefusal('notAFile');
  return ipcRenderer.invoke('import:droppedFile', { path });
}

const pito: PitoBridge = { ...createBridge(pageInvoke, subscribe), importDroppedFile };
contextBridge.exposeInMainWorld('pito', pito);
