/**
 * The desktop app's composition: one hardened session serving the renderer over
 * app://, one window, the IPC channels, the menus, the close prompt and the files the
 * OS asks Pito to open. The main-side features themselves (createMainHandlers) know
 * nothing of Electron; this is where they meet it.
 */
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { Menu, app, session as electronSession, shell } from 'electron';
import type { UiLanguage } from '../../shared/document';
import type { MenuCommand } from '../../shared/ipc/contract';
import { createMainHandlers } from '../app/createMainHandlers';
import type { MainDeps } from '../ipc/mainDeps';
import { createIpcRouter } from '../ipc/router';
import { createSession } from '../session';
import { createCloseGuard, type CloseGuard } from './closeGuard';
import { askToSaveChanges } from './closePrompt';
import { registerIpcChannels } from './ipcWiring';
import { createMainWindow, rememberWindowState } from './mainWindow';
import { buildMenuTemplate, menuLanguageForLocale, type MenuAction } from './menuTemplate';
import { createNativeDialogs } from './nativeDialogs';
import { openKindOf } from './openKind';
import { fileFromArgv, isOpenableFile } from './openedFiles';
import { createPendingFile } from './pendingFile';
import { serveRenderer } from './protocol';
import { addRecentFile, clearRecentFiles, readRecentFiles, type RecentFile } from './recentFiles';
import { hardenSession, hardenWebContents } from './security';

/** dist/electron/main.cjs sits beside dist/electron/preload.cjs and dist/renderer/. */
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

export function startDesktopApp(): void {
  const userDataDir = app.getPath('userData');
  const session = createSession();
  const pending = createPendingFile();
  let language: UiLanguage = 'en';
  let window: BrowserWindow | null = null;
  let guard: CloseGuard | null = null;
  let quitting = false;
  // A file named at launch (or by macOS before the app is ready) waits for the first window.
  let fileAtLaunch = fileFromArgv(process.argv, process.cwd());

  const openExternal = (url: string) => shell.openExternal(url);
  const sendCommand = (command: MenuCommand) => window?.webContents.send('menu:command', { command });

  function installMenu(): void {
    const context = {
      language,
      platform: process.platform,
      appName: app.name,
      recentFiles: readRecentFiles(userDataDir),
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context, runMenuAction)));
  }

  function remember(file: RecentFile): void {
    addRecentFile(userDataDir, file);
    installMenu();
  }

  /** Hands a file to the renderer's own Open or Import flow (pendingFile.ts), once its page is loaded. */
  function openFile(file: RecentFile): void {
    remember(file);
    pending.offer(file);
    const target = window ?? createWindow();
    if (target.isMinimized()) target.restore();
    target.focus();
    const send = () => sendCommand(file.kind === 'workbook' ? 'open' : 'import');
    if (target.webContents.isLoading()) target.webContents.once('did-finish-load', send);
    else send();
  }

  async function openFromOs(path: string): Promise<void> {
    if (isOpenableFile(path)) openFile({ path, kind: await openKindOf(path) });
  }

  function runMenuAction(action: MenuAction): void {
    if (action.kind === 'command') sendCommand(action.command);
    else if (action.kind === 'openRecent') openFile(action.file);
    else {
      clearRecentFiles(userDataDir);
      installMenu();
    }
  }

  function createWindow(): BrowserWindow {
    // A new window (macOS re-activation) starts a new, empty document: forget the old one's files.
    Object.assign(session, createSession());
    const created = createMainWindow({ preloadPath: PRELOAD_PATH, userDataDir, devTools: !app.isPackaged });
    const windowGuard = createCloseGuard({
      isDirty: () => session.dirty,
      ask: () => askToSaveChanges(created, language),
      requestSave: () => sendCommand('save'),
      close: () => (quitting ? app.quit() : created.close()),
      cancelQuit: () => {
        quitting = false;
      },
    });
    created.on('close', (event) => {
      if (windowGuard.allowClose()) rememberWindowState(created, userDataDir);
      else event.preventDefault();
    });
    created.on('closed', () => {
      if (window === created) [window, guard] = [null, null];
    });
    [window, guard] = [created, windowGuard];
    return created;
  }

  const deps: MainDeps = {
    dialogs: createNativeDialogs({ window: () => window, language: () => language, pending, remember }),
    emit: (event, payload) => window?.webContents.send(event, payload),
    session,
    userDataDir,
    appVersion: app.getVersion(),
    systemLocale: 'en',
    openExternal,
    languageChanged: (next) => {
      language = next;
      installMenu();
    },
  };

  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void openExternal(url)));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = fileFromArgv(argv, workingDirectory);
    if (path) void openFromOs(path);
    else if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openFromOs(path);
    else fileAtLaunch = path;
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !window) createWindow();
  });

  void app.whenReady().then(() => {
    deps.systemLocale = app.getSystemLocale() || app.getLocale();
    language = menuLanguageForLocale(deps.systemLocale);
    hardenSession(electronSession.defaultSession);
    serveRenderer(electronSession.defaultSession, RENDERER_DIR);
    registerIpcChannels(
      createIpcRouter(createMainHandlers(deps)),
      () => window,
      (channel, result) => {
        if (channel === 'document:save') guard?.saveFinished(result.ok && result.value !== null);
      },
    );
    installMenu();
    createWindow();
    if (fileAtLaunch) void openFromOs(fileAtLaunch);
  });
}
