/**
 * The Dialogs seam (electron/dialogs.ts) over Electron's native file dialogs, in the
 * UI language. A path offered by File › Open Recent or the OS (pendingFile.ts) is
 * taken instead of showing the dialog. Every path the user picks joins the recent
 * files.
 *
 * End-to-end tests replace dialog.showOpenDialog / showSaveDialog from the main
 * process (Playwright's electronApp.evaluate); the calls below read them off the
 * `dialog` module at call time so that works without any test hook in the app.
 */
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { UiLanguage } from '../../shared/document';
import { translate } from '../../shared/i18n';
import type { Dialogs } from '../dialogs';
import type { PendingFile } from './pendingFile';
import type { RecentFile } from './recentFiles';

export interface NativeDialogContext {
  window(): BrowserWindow | null;
  language(): UiLanguage;
  pending: PendingFile;
  remember(file: RecentFile): void;
}

export function createNativeDialogs(context: NativeDialogContext): Dialogs {
  const withParent = async <T>(show: (parent: BrowserWindow | null) => Promise<T>) => show(context.window());

  async function chooseOne(options: OpenDialogOptions): Promise<string | null> {
    const result = await withParent((parent) =>
      parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options),
    );
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  function remembered(path: string | null, kind: RecentFile['kind']): string | null {
    if (path) context.remember({ path, kind });
    return path;
  }

  return {
    async chooseImportFile() {
      const offered = context.pending.take('import');
      if (offered) return offered;
      const language = context.language();
      const path = await chooseOne({
        title: translate(language, 'menu.dialog.importTitle'),
        properties: ['openFile'],
        filters: [{ name: translate(language, 'menu.dialog.importFilter'), extensions: ['xlsx', 'csv', 'txt'] }],
      });
      return remembered(path, 'import');
    },
    async chooseWorkbookToOpen() {
      const offered = context.pending.take('workbook');
      if (offered) return offered;
      const language = context.language();
      const path = await chooseOne({
        title: translate(language, 'menu.dialog.openTitle'),
        properties: ['openFile'],
        filters: [{ name: translate(language, 'menu.dialog.workbookFilter'), extensions: ['xlsx'] }],
      });
      return remembered(path, 'workbook');
    },
    async chooseSavePath(suggestedName) {
      const language = context.language();
      const options = {
        title: translate(language, 'menu.dialog.saveTitle'),
        defaultPath: suggestedName,
        filters: [{ name: translate(language, 'menu.dialog.workbookFilter'), extensions: ['xlsx'] }],
      };
      const result = await withParent((parent) =>
        parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
      );
      return remembered(result.canceled || !result.filePath ? null : result.filePath, 'workbook');
    },
  };
}
