import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/bridge';
import type { ChannelName } from '../../shared/ipc/contract';
import { PitoError } from '../errors';
import type { HandlerMap } from './handlerTypes';
import { createIpcRouter } from './router';

/** Every channel answers with what it received, so a test can see what reached the handler. */
function echoHandlers(): HandlerMap<ChannelName> {
  return Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, vi.fn(async (request: unknown) => ({ channel, request }))]),
  ) as unknown as HandlerMap<ChannelName>;
}

describe('createIpcRouter', () => {
  it('calls the handler of a known channel with the parsed request', async () => {
    const route = createIpcRouter(echoHandlers());
    await expect(route('app:setLanguage', { language: 'fi' })).resolves.toEqual({
      ok: true,
      value: { channel: 'app:setLanguage', request: { language: 'fi' } },
    });
  });

  it('hands the handler the parsed value, without keys the document model does not define', async () => {
    const handlers = echoHandlers();
    const route = createIpcRouter(handlers);
    const document = {
      formatVersion: 1,
      settings: { periodKind: 'month', currency: 'EUR', defaultProfitMarginPct: null, language: 'en' },
      periods: [],
      cohorts: null,
      listStats: null,
      source: 'empty',
      injected: '<script>',
    };
    await route('recovery:write', { document });
    expect(handlers['recovery:write']).toHaveBeenCalledWith({ document: { ...document, injected: undefined } });
    expect(vi.mocked(handlers['recovery:write']).mock.calls[0]?.[0].document).not.toHaveProperty('injected');
  });

  it.each(['shell:exec', '__proto__', 'constructor', 'toString', ''])(
    'refuses the unknown channel %j',
    async (name) => {
      const handlers = echoHandlers();
      const result = await createIpcRouter(handlers)(name, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalidRequest', message: `Unknown IPC channel "${name}".` },
      });
    },
  );

  it('refuses a malformed request naming the field, without calling the handler', async () => {
    const handlers = echoHandlers();
    const result = await createIpcRouter(handlers)('import:preview', { fileId: 7, sheet: null });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalidRequest',
        message: 'Invalid request for import:preview: fileId: Invalid input: expected string, received number.',
      },
    });
    expect(handlers['import:preview']).not.toHaveBeenCalled();
  });

  it('lists at most three issues and counts the rest', async () => {
    const result = await createIpcRouter(echoHandlers())('import:run', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalidRequest',
        message:
          'Invalid request for import:run: fileId: Invalid input: expected string, received undefined; ' +
          'jobId: Invalid input: expected string, received undefined; ' +
          'sheet: Invalid input: expected string, received undefined (and 2 more).',
      },
    });
  });

  it('passes a PitoError on as its own code, message and place', async () => {
    const handlers = echoHandlers();
    handlers['import:preview'] = async () => {
      throw new PitoError('badFile', 'customers.csv, row 4, column Start: expected a date.', {
        file: 'customers.csv',
        row: 4,
        column: 'Start',
      });
    };
    await expect(createIpcRouter(handlers)('import:preview', { fileId: 'f', sheet: null })).resolves.toEqual({
      ok: false,
      error: {
        code: 'badFile',
        message: 'customers.csv, row 4, column Start: expected a date.',
        file: 'customers.csv',
        row: 4,
        column: 'Start',
      },
    });
  });

  it('turns any other throw into internal, logs it, and leaks neither message nor stack', async () => {
    const handlers = echoHandlers();
    const bug = new TypeError('secret /home/user/path is undefined');
    handlers['app:info'] = async () => {
      throw bug;
    };
    const log = vi.fn();
    const result = await createIpcRouter(handlers, log)('app:info', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Pito could not complete app:info because of an internal error.' },
    });
    expect(log).toHaveBeenCalledWith('IPC handler for app:info failed', bug);
  });
});
