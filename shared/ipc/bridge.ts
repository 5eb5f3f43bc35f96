/**
 * The bridge the renderer sees as `window.pito`: one method per channel, built from
 * the contract by a factory that takes the transport. The preload passes Electron's
 * ipcRenderer; the browser harness passes a Playwright binding that calls the very
 * same main-side handlers.
 */
import type { ChannelName, Events, EventName, Invoke, RequestOf, ResponseOf, Subscribe } from './contract';
import type { FileHandle } from './importChannels';
import type { IpcResult } from './result';

export const CHANNEL_NAMES = [
  'import:chooseFile',
  'import:droppedFile',
  'import:preview',
  'import:run',
  'import:cancel',
  'import:reaggregate',
  'import:listRange',
  'import:example',
  'document:open',
  'document:save',
  'document:setDirty',
  'recovery:write',
  'recovery:check',
  'recovery:discard',
  'app:info',
  'app:openExternal',
  'app:setLanguage',
] as const satisfies readonly ChannelName[];

// Fails to compile when a channel of the contract is missing from the list above.
type UnlistedChannel = Exclude<ChannelName, (typeof CHANNEL_NAMES)[number]>;
export const everyChannelListed: [UnlistedChannel] extends [never] ? true : never = true;

export const EVENT_NAMES = ['import:progress', 'menu:command'] as const satisfies readonly EventName[];

export type ChannelMethods = {
  readonly [C in ChannelName]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/** A DOM `File` from a drop event or a file input; opaque here because shared/ has no DOM types. */
export type DroppedFile = object;

export interface PitoBridge extends ChannelMethods {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /**
   * Imports a file the user dropped on the window. In Electron the preload resolves the
   * File's path itself (webUtils.getPathForFile) and calls 'import:droppedFile'; the page
   * never sees or names a path, and the preload refuses direct 'import:droppedFile' calls.
   * Hosts without file paths (the browser harness) may leave it out.
   */
  importDroppedFile?(file: DroppedFile): Promise<IpcResult<FileHandle>>;
}

export function createBridge(invoke: Invoke, subscribe: Subscribe): PitoBridge {
  const methods = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, (request: never) => invoke(channel, request)]),
  ) as unknown as ChannelMethods;
  const events = new Set<string>(EVENT_NAMES);
  return Object.freeze({
    ...methods,
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      if (!events.has(event)) throw new Error(`Unknown event ${String(event)}.`);
      return subscribe(event, listener);
    },
  });
}
