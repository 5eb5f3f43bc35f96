/**
 * The one app window: sandboxed, context-isolated, no Node in the page, web security
 * on, no webviews; placed where it was last time and remembered when it closes.
 */
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { placeWindow, readWindowState, writeWindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  userDataDir: string;
  /** DevTools only in development builds. */
  devTools: boolean;
}

export function createMainWindow({ preloadPath, userDataDir, devTools }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const { maximized, ...bounds } = placeWindow(readWindowState(userDataDir), workAreas);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Pito',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Called once the close is decided; the normal bounds survive a maximized session. */
export function rememberWindowState(window: BrowserWindow, userDataDir: string): void {
  try {
    writeWindowState(userDataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  } catch (error) {
    console.warn('Could not remember the window state', error);
  }
}
