import { describe, expect, it, vi } from 'vitest';
import type { MainDeps } from '../ipc/mainDeps';
import { createSession } from '../session';
import { createAppHandlers } from './appHandlers';

function depsForTest(): MainDeps {
  return {
    dialogs: {
      chooseImportFile: async () => null,
      chooseWorkbookToOpen: async () => null,
      chooseSavePath: async () => null,
    },
    emit: vi.fn(),
    session: createSession(),
    userDataDir: '/nonexistent',
    appVersion: '1.2.3',
    systemLocale: 'fi-FI',
    openExternal: vi.fn(async () => undefined),
    languageChanged: vi.fn(),
  };
}

describe('createAppHandlers', () => {
  it('app:info reports version, locale and platform', async () => {
    const handlers = createAppHandlers(depsForTest());
    await expect(handlers['app:info']({})).resolves.toEqual({
      version: '1.2.3',
      systemLocale: 'fi-FI',
      platform: process.platform,
    });
  });

  it('app:openExternal opens a checked https link', async () => {
    const deps = depsForTest();
    await createAppHandlers(deps)['app:openExternal']({ url: 'https://example.com/help' });
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });

  it('app:openExternal refuses anything else without opening it', async () => {
    const deps = depsForTest();
    await expect(createAppHandlers(deps)['app:openExternal']({ url: 'file:///etc/passwd' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('app:setLanguage tells the shell and remembers the language for imports', async () => {
    const deps = depsForTest();
    await createAppHandlers(deps)['app:setLanguage']({ language: 'fi' });
    expect(deps.languageChanged).toHaveBeenCalledWith('fi');
    expect(deps.session.language).toBe('fi');
  });
});
