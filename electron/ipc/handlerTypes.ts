/** Main-side handler maps: each feature implements its part of the contract. */
import type { ChannelName, Events, EventName, RequestOf, ResponseOf } from '../../shared/ipc/contract';

export type Handler<C extends ChannelName> = (request: RequestOf<C>) => Promise<ResponseOf<C>>;
export type HandlerMap<K extends ChannelName> = { [C in K]: Handler<C> };

/** Pushes an event to the renderer (webContents.send in Electron, the page binding in the harness). */
export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;
