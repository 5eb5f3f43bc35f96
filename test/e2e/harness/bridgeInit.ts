/**
 * Runs in the page before the app (page.addInitScript), in place of Electron's preload:
 * builds `window.pito` with the very factory the preload uses, over two Playwright
 * bindings. `__pitoInvoke` runs a request through the real main-side router in Node;
 * `__pitoDrop` stands in for the preload's path lookup of a dropped file. Events the main
 * side emits arrive through `__pitoEmit`, which the harness calls with page.evaluate.
 */
import { createBridge, type DroppedFile, type PitoBridge } from '../../../shared/ipc/bridge';
import type { EventName, Invoke, Subscribe } from '../../../shared/ipc/contract';
import type { FileHandle } from '../../../shared/ipc/importChannels';
import type { IpcResult } from '../../../shared/ipc/result';

interface HarnessWindow {
  pito: PitoBridge;
  __pitoInvoke(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  __pitoDrop(fileName: string): Promise<IpcResult<FileHandle>>;
  __pitoEmit(event: EventName, payload: unknown): void;
}

const page = window as unknown as Window & HarnessWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const subscribe: Subscribe = (event, listener) => {
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set);
  const entry = listener as (payload: unknown) => void;
  set.add(entry);
  return () => set.delete(entry);
};

page.__pitoEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const invoke = ((channel, request) => page.__pitoInvoke(channel, request)) as Invoke;

page.pito = Object.freeze({
  ...createBridge(invoke, subscribe),
  importDroppedFile: (file: DroppedFile) => page.__pitoDrop((file as File).name),
});
