import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/bridge';
import type { ChannelName } from '../../shared/ipc/contract';
import { DOCUMENT_FORMAT_VERSION, createEmptyDocument, defaultSettings } from '../../shared/document';
import { MAX_ERROR_MESSAGE_LENGTH } from '../../shared/limits';
import { PitoError } from '../errors';
import type { HandlerMap } from './handlerTypes';
import { createIpcRouter, withoutAbsolutePaths } from './router';

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
      formatVersion: DOCUMENT_FORMAT_VERSION,
      settings: defaultSettings('en'),
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
        error: {
          code: 'invalidRequest',
          message: `Unknown IPC channel "${name}".`,
          reason: { key: 'ipcError.unknownChannel', params: { channel: name } },
        },
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
        reason: {
          key: 'ipcError.invalidRequest',
          params: { channel: 'import:preview', problems: 'fileId: Invalid input: expected string, received number' },
        },
      },
    });
    expect(handlers['import:preview']).not.toHaveBeenCalled();
  });

  it('lists at most three issues and counts the rest', async () => {
    const result = await createIpcRouter(echoHandlers())('import:run', {});
    expect(result).toMatchObject({
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
      error: {
        code: 'internal',
        message: 'Pito could not complete app:info because of an internal error.',
        reason: { key: 'ipcError.internal', params: { channel: 'app:info' } },
      },
    });
    expect(log).toHaveBeenCalledWith('IPC handler for app:info failed', bug);
  });

  it('bounds a PitoError carrying a 10 MB value: message, column and reason params', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const handlers = echoHandlers();
    handlers['import:preview'] = async () => {
      throw new PitoError('badFile', `customers.csv: row 2 holds "${huge}".`, {
        file: 'customers.csv',
        row: 2,
        column: huge,
        reason: { key: 'importIssue.unreadableNumber', params: { value: huge, row: 2 } },
      });
    };
    const result = await createIpcRouter(handlers)('import:preview', { fileId: 'f', sheet: null });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message).toHaveLength(MAX_ERROR_MESSAGE_LENGTH);
    expect(result.error.message).toMatch(/^customers\.csv: row 2 holds "x+…$/);
    expect(result.error.column).toBe(`${'x'.repeat(79)}…`);
    expect(result.error.reason).toEqual({
      key: 'importIssue.unreadableNumber',
      params: { value: `${'x'.repeat(79)}…`, row: 2 },
    });
    expect(JSON.stringify(result).length).toBeLessThan(1000);
  });

  it('shows absolute paths in a message by their last part only', async () => {
    const handlers = echoHandlers();
    handlers['document:save'] = async () => {
      throw new PitoError(
        'io',
        "Could not save a.xlsx: the folder “/home/ann/My Reports” does not exist (open '/home/ann/.a.xlsx.1.0123abcd.tmp', C:\\Users\\ann\\b.xlsx).",
        {
          file: '/home/ann/My Reports/a.xlsx',
          reason: { key: 'saveError.folderMissing', params: { file: 'a.xlsx', folder: '/home/ann/My Reports' } },
        },
      );
    };
    const result = await createIpcRouter(handlers)('document:save', {
      document: createEmptyDocument(),
      saveAs: false,
    });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message).toBe(
      "Could not save a.xlsx: the folder “My Reports” does not exist (open '.a.xlsx.1.0123abcd.tmp', b.xlsx).",
    );
    expect(result.error.reason?.params).toEqual({ file: 'a.xlsx', folder: 'My Reports' });
    expect(withoutAbsolutePaths('import:run and/or https://example.com/x stay')).toBe(
      'import:run and/or https://example.com/x stay',
    );
  });

  it('bounds a malformed request naming a 10 MB key', async () => {
    const result = await createIpcRouter(echoHandlers())('app:info', { ['k'.repeat(10 * 1024 * 1024)]: 1 });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });
});
