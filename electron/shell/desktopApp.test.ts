/**
 * The Electron wiring of desktopApp.ts, run in Node against a stand-in `electron`
 * module (the real binary is not available where unit tests run). It checks what
 * the composition decides: the window's web preferences, the session's refusals,
 * that every channel is registered behind the sender check, the menus' language,
 * and the close prompt. The Electron suite (test/electron) checks the same in Electron.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/bridge';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const listenersOf = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(event: string, listener: Listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      },
      emit(event: string, ...args: unknown[]) {
        for (const listener of listeners.get(event) ?? []) listener(...args);
      },
    };
  };
  const state = {
    userData: '',
    windows: [] as FakeWindow[],
    ipc: new Map<string, Listener>(),
    menus: [] as { label?: string; submenu?: unknown }[][],
    app: listenersOf(),
    session: listenersOf(),
    sessionHandlers: {} as Record<string, Listener>,
    messageBoxResponse: 1,
    openedExternally: [] as string[],
  };
  class FakeWebContents {
    events = listenersOf();
    sent: [string, unknown][] = [];
    mainFrame = { processId: 7, routingId: 1 };
    windowOpenHandler: Listener | null = null;
    on = (event: string, listener: Listener) => this.events.on(event, listener);
    once = this.on;
    send = (channel: string, payload: unknown) => this.sent.push([channel, payload]);
    isLoading = () => false;
    setWindowOpenHandler = (handler: Listener) => {
      this.windowOpenHandler = handler;
    };
  }
  class FakeWindow {
    events = listenersOf();
    webContents = new FakeWebContents();
    loadedUrl = '';
    closed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
      state.app.emit('web-contents-created', {}, this.webContents);
    }
    on = (event: string, listener: Listener) => this.events.on(event, listener);
    once = this.on;
    loadURL = async (url: string) => {
      this.loadedUrl = url;
    };
    /** Like Electron: the 'close' event may be prevented; otherwise the window closes. */
    close = () => {
      let prevented = false;
      this.events.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.closed = true;
    };
    isMinimized = () => false;
    isDestroyed = () => this.closed;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    focus = () => undefined;
    restore = () => undefined;
    maximize = () => undefined;
    show = () => undefined;
  }
  const electron = {
    app: {
      name: 'Pito',
      isPackaged: true,
      getPath: () => state.userData,
      getVersion: () => '9.8.7',
      getSystemLocale: () => 'fi-FI',
      getLocale: () => 'fi',
      enableSandbox: () => undefined,
      isReady: () => true,
      whenReady: () => Promise.resolve(),
      quit: () => undefined,
      on: (event: string, listener: Listener) => state.app.on(event, listener),
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => state.menus.push(menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipc.set(channel, handler) },
    shell: {
      openExternal: async (url: string) => {
        state.openedExternally.push(url);
      },
    },
    dialog: {
      showMessageBox: async () => ({ response: state.messageBoxResponse }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    protocol: { registerSchemesAsPrivileged: () => undefined },
    session: {
      defaultSession: {
        protocol: {
          handle: (scheme: string, handler: Listener) => (state.sessionHandlers[`protocol:${scheme}`] = handler),
        },
        setPermissionRequestHandler: (handler: Listener) => (state.sessionHandlers.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.sessionHandlers.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => (state.sessionHandlers.devicePermission = handler),
        webRequest: { onBeforeRequest: (handler: Listener) => (state.sessionHandlers.beforeRequest = handler) },
        on: (event: string, listener: Listener) => state.session.on(event, listener),
      },
    },
  };
  return { state, electron };
});
type FakeWindow = InstanceType<typeof fake.electron.BrowserWindow>;

vi.mock('electron', () => fake.electron);

const { startDesktopApp } = await import('./desktopApp');

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Sends an IPC request as if from a frame; by default the app window's main frame on its own page. */
function invoke(channel: string, request: unknown, frame?: { processId: number; routingId: number; url: string }) {
  const handler = fake.state.ipc.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  const senderFrame = frame ?? { processId: 7, routingId: 1, url: 'app://pito/index.html' };
  return handler({ senderFrame }, request);
}

const appWindow = () => fake.state.windows[0] as FakeWindow;

beforeEach(async () => {
  fake.state.userData = mkdtempSync(join(tmpdir(), 'pito-desktop-'));
  fake.state.windows = [];
  fake.state.ipc.clear();
  fake.state.menus = [];
  fake.state.app.listeners.clear();
  fake.state.session.listeners.clear();
  fake.state.openedExternally = [];
  startDesktopApp();
  await settle();
});
afterEach(() => rmSync(fake.state.userData, { recursive: true, force: true }));

describe('the app window', () => {
  it('is sandboxed, context-isolated, without Node or webviews, and loads the app origin', () => {
    expect(fake.state.windows).toHaveLength(1);
    expect(appWindow().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      allowRunningInsecureContent: false,
      devTools: false,
    });
    expect(appWindow().loadedUrl).toBe('app://pito/index.html');
  });

  it('blocks navigation and webviews, and opens only checked https links outside', () => {
    const contents = appWindow().webContents;
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.events.emit(event, { url: 'https://evil.example/', preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.state.openedExternally).toEqual(['https://example.com/help']);
  });
});

describe('the session', () => {
  it('refuses every permission and cancels requests that would leave the app', () => {
    const { permissionRequest, permissionCheck, beforeRequest } = fake.state.sessionHandlers;
    const granted = vi.fn();
    permissionRequest?.({}, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(permissionCheck?.({}, 'clipboard-read', 'app://pito')).toBe(false);
    expect(fake.state.sessionHandlers.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    const download = { preventDefault: vi.fn() };
    fake.state.session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
    const decide = (url: string) => {
      let cancel: unknown;
      beforeRequest?.({ url }, (response: { cancel: boolean }) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://pito/assets/index.js')).toBe(false);
    expect(decide('https://example.com/tracker.js')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('serves the app:// protocol and refuses paths outside the renderer', async () => {
    const serve = fake.state.sessionHandlers['protocol:app'];
    const response = (await serve?.({ url: 'app://pito/..%2F..%2Fpackage.json', method: 'GET' })) as Response;
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });
});

describe('IPC', () => {
  it('registers every channel of the contract', () => {
    expect([...fake.state.ipc.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers the app window and refuses other frames and bad payloads', async () => {
    await expect(invoke('app:info', {})).resolves.toEqual({
      ok: true,
      value: { version: '9.8.7', systemLocale: 'fi-FI', platform: process.platform },
    });
    const forged = await invoke('app:info', {}, { processId: 7, routingId: 5, url: 'app://pito/index.html' });
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const elsewhere = await invoke('app:info', {}, { processId: 7, routingId: 1, url: 'https://evil.example/' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(invoke('app:setLanguage', { language: 'sv' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
  });
});

describe('menus', () => {
  it('start in the system language and follow app:setLanguage', async () => {
    expect(fake.state.menus.at(-1)?.map((menu) => menu.label)).toContain('Tiedosto');
    await invoke('app:setLanguage', { language: 'en' });
    expect(fake.state.menus.at(-1)?.map((menu) => menu.label)).toContain('File');
  });
});

describe('closing with unsaved edits', () => {
  it("closes at once when there is nothing to save, and remembers the window's place", async () => {
    appWindow().close();
    expect(appWindow().closed).toBe(true);
    const { readWindowState } = await import('./windowState');
    expect(readWindowState(fake.state.userData)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it("asks first, and closes on Don't save", async () => {
    await invoke('document:setDirty', { dirty: true });
    fake.state.messageBoxResponse = 1;
    appWindow().close();
    expect(appWindow().closed).toBe(false);
    await settle();
    expect(appWindow().closed).toBe(true);
  });

  it('stays open on Cancel', async () => {
    await invoke('document:setDirty', { dirty: true });
    fake.state.messageBoxResponse = 2;
    appWindow().close();
    await settle();
    expect(appWindow().closed).toBe(false);
  });

  it('on Save asks the renderer to save, and stays open when that save is cancelled', async () => {
    await invoke('document:setDirty', { dirty: true });
    fake.state.messageBoxResponse = 0;
    appWindow().close();
    await settle();
    expect(appWindow().webContents.sent).toContainEqual(['menu:command', { command: 'save' }]);
    const { createEmptyDocument } = await import('../../shared/document');
    // The save dialog (stand-in) is cancelled: the document stays unsaved and the window open.
    await invoke('document:save', { document: createEmptyDocument(), saveAs: false });
    expect(appWindow().closed).toBe(false);
  });

  it('on Save closes once the save of the renderer has written the workbook', async () => {
    await invoke('document:setDirty', { dirty: true });
    fake.state.messageBoxResponse = 0;
    appWindow().close();
    await settle();
    const target = join(fake.state.userData, 'Saved.xlsx');
    const showSaveDialog = vi.spyOn(fake.electron.dialog, 'showSaveDialog');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target } as never);
    const { createEmptyDocument } = await import('../../shared/document');
    await expect(invoke('document:save', { document: createEmptyDocument(), saveAs: false })).resolves.toEqual({
      ok: true,
      value: { fileName: 'Saved.xlsx' },
    });
    expect(appWindow().closed).toBe(true);
  });
});
