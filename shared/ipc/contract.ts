/**
 * The one typed IPC contract: channel name → handler type, merged from the per-feature
 * maps, plus the events the main side pushes. Plain data only crosses it.
 */
import type { AppChannels } from './appChannels';
import type { DocumentChannels } from './documentChannels';
import type { ImportChannels } from './importChannels';
import type { ImportProgress } from '../importModel';
import type { IpcResult } from './result';

export type Channels = ImportChannels & DocumentChannels & AppChannels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = Parameters<Channels[C]>[0];
export type ResponseOf<C extends ChannelName> = ReturnType<Channels[C]>;

/** Menu commands the main side forwards to the renderer. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'import',
  'save',
  'saveAs',
  'export',
  'undo',
  'redo',
  'insertRow',
  'deleteRow',
  'toggleCharts',
  'showDefinitions',
  'showAbout',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface Events {
  'import:progress': ImportProgress;
  'menu:command': { command: MenuCommand };
}
export type EventName = keyof Events;

/** How a transport sends one request: Electron's ipcRenderer.invoke, or the test harness's binding. */
export type Invoke = <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
/** How a transport delivers pushed events; returns the unsubscribe function. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => () => void;
