import { describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../shared/ipc/contract';
import { MAX_BUFFERED_PER_EVENT, createBufferedSubscribe } from './bufferedEvents';

function setUp() {
  const raw = new Map<EventName, (payload: unknown) => void>();
  const subscribe = createBufferedSubscribe((event, deliver) => raw.set(event, deliver));
  const push = (event: EventName, payload: unknown) => raw.get(event)?.(payload);
  return { subscribe, push, raw };
}

describe('createBufferedSubscribe', () => {
  it('listens to every event of the contract once', () => {
    expect([...setUp().raw.keys()].sort()).toEqual(['import:progress', 'menu:command']);
  });

  it('delivers events to every current listener', () => {
    const { subscribe, push } = setUp();
    const first = vi.fn();
    const second = vi.fn();
    subscribe('menu:command', first);
    subscribe('menu:command', second);
    push('menu:command', { command: 'save' });
    expect(first).toHaveBeenCalledWith({ command: 'save' });
    expect(second).toHaveBeenCalledWith({ command: 'save' });
  });

  it('keeps events that arrive before anyone listens and hands them to the first listener only', () => {
    const { subscribe, push } = setUp();
    push('menu:command', { command: 'open' });
    const early = vi.fn();
    const late = vi.fn();
    subscribe('menu:command', early);
    subscribe('menu:command', late);
    expect(early).toHaveBeenCalledWith({ command: 'open' });
    expect(late).not.toHaveBeenCalled();
  });

  it('keeps a bounded number of early events', () => {
    const { subscribe, push } = setUp();
    for (let rowsRead = 0; rowsRead < 100; rowsRead += 1)
      push('import:progress', { jobId: 'j', rowsRead, totalRows: null });
    const listener = vi.fn();
    subscribe('import:progress', listener);
    expect(listener).toHaveBeenCalledTimes(MAX_BUFFERED_PER_EVENT);
  });

  it('stops delivering after unsubscribe', () => {
    const { subscribe, push } = setUp();
    const listener = vi.fn();
    const unsubscribe = subscribe('menu:command', listener);
    unsubscribe();
    push('menu:command', { command: 'new' });
    expect(listener).not.toHaveBeenCalled();
  });
});
