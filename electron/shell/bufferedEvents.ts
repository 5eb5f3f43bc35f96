/**
 * The preload's side of pushed events. The main side may push an event before the
 * page has subscribed (a file opened from the OS is announced right after the page
 * loads, while React is still mounting), so events that arrive with no listener are
 * kept, a few at most, and handed to the first listener that subscribes. Pure: the
 * preload passes in ipcRenderer.on wrapped so that only the payload comes through.
 */
import { EVENT_NAMES } from '../../shared/ipc/bridge';
import type { EventName, Events, Subscribe } from '../../shared/ipc/contract';

/** Enough for a burst at start-up; progress events beyond it are stale anyway. */
export const MAX_BUFFERED_PER_EVENT = 16;

/** Registers a raw listener once per event name: (payload) => void. */
export type ListenRaw = (event: EventName, deliver: (payload: unknown) => void) => void;

export function createBufferedSubscribe(listenRaw: ListenRaw): Subscribe {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const waiting = new Map<EventName, unknown[]>();
  for (const event of EVENT_NAMES) {
    listeners.set(event, new Set());
    waiting.set(event, []);
    listenRaw(event, (payload) => {
      const current = listeners.get(event);
      if (current && current.size > 0) {
        for (const listener of current) listener(payload as never);
        return;
      }
      const queue = waiting.get(event) ?? [];
      if (queue.length < MAX_BUFFERED_PER_EVENT) queue.push(payload);
    });
  }
  return <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    const current = listeners.get(event);
    if (!current) throw new Error(`Unknown event ${String(event)}.`);
    current.add(listener as (payload: never) => void);
    const queued = waiting.get(event) ?? [];
    waiting.set(event, []);
    for (const payload of queued) listener(payload as Events[E]);
    return () => {
      current.delete(listener as (payload: never) => void);
    };
  };
}
