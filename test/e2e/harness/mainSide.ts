/**
 * The main side of the browser harness: the app's real handlers (createMainHandlers)
 * behind the real IPC router, with dialogs the test controls, a fresh data folder, and
 * events sent into the page. Bundled to CommonJS by build.mjs, like the app's main side.
 */
import type { UiLanguage } from '../../../shared/document';
import type { EventName, Events } from '../../../shared/ipc/contract';
import type { FileHandle } from '../../../shared/ipc/importChannels';
import type { IpcResult } from '../../../shared/ipc/result';
import { createMainHandlers } from '../../../electron/app/createMainHandlers';
import { createIpcRouter, type IpcRouter } from '../../../electron/ipc/router';
import { createSession } from '../../../electron/session';

/** What the next native dialog "returns": an absolute path, or null for Cancel. */
export interface HarnessDialogs {
  importFile: string | null;
  workbookToOpen: string | null;
  savePath: string | null;
}

export interface HarnessMain {
  route: IpcRouter;
  dialogs: HarnessDialogs;
  /** Files a test drops on the window, by name → their path (what Electron's preload would resolve). */
  droppedFiles: Map<string, string>;
  drop(fileName: string): Promise<IpcResult<FileHandle>>;
  /** Languages the app reported with app:setLanguage, in order. */
  languages: UiLanguage[];
  /** Every channel the page called, in order. */
  calls: string[];
}

export interface HarnessOptions {
  userDataDir: string;
  systemLocale: string;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
}

export function createHarnessMain(options: HarnessOptions): HarnessMain {
  const dialogs: HarnessDialogs = { importFile: null, workbookToOpen: null, savePath: null };
  const languages: UiLanguage[] = [];
  const calls: string[] = [];
  const handlers = createMainHandlers({
    dialogs: {
      chooseImportFile: async () => dialogs.importFile,
      chooseWorkbookToOpen: async () => dialogs.workbookToOpen,
      chooseSavePath: async () => dialogs.savePath,
    },
    emit: options.emit,
    session: createSession(),
    userDataDir: options.userDataDir,
    appVersion: '0.0.0-e2e',
    systemLocale: options.systemLocale,
    openExternal: async () => {},
    languageChanged: (language) => languages.push(language),
  });
  const router = createIpcRouter(handlers);
  const route: IpcRouter = (channel, request) => {
    calls.push(channel);
    return router(channel, request);
  };
  const droppedFiles = new Map<string, string>();
  return {
    route,
    dialogs,
    droppedFiles,
    languages,
    calls,
    drop: async (fileName) => {
      const path = droppedFiles.get(fileName);
      if (!path) return { ok: false, error: { code: 'badFile', message: `${fileName} was not dropped by the test.` } };
      return (await route('import:droppedFile', { path })) as IpcResult<FileHandle>;
    },
  };
}
