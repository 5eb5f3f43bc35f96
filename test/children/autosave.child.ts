/**
 * Run by recovery.test.ts as the process that crashes: `node --import tsx autosave.child.ts
 * <userDataDir> <edits.json>`. It autosaves each document of the edits file in turn through
 * the 'recovery:write' handler, as the renderer does after each edit, prints "autosaved",
 * and then waits to be killed with SIGKILL.
 */
import { readFileSync } from 'node:fs';
import type { PitoDocument } from '../../shared/document';
import { createSession } from '../../electron/session';
import { createDocumentHandlers } from '../../electron/document/handlers';

const [userDataDir, editsPath] = process.argv.slice(2);
const edits = JSON.parse(readFileSync(editsPath as string, 'utf8')) as PitoDocument[];
const session = createSession();
session.documentPath = '/home/user/Retention 2024.xlsx';
const noDialog = async () => null;
const handlers = createDocumentHandlers({
  dialogs: { chooseImportFile: noDialog, chooseWorkbookToOpen: noDialog, chooseSavePath: noDialog },
  emit: () => undefined,
  session,
  userDataDir: userDataDir as string,
  appVersion: 'test',
  systemLocale: 'en',
  openExternal: async () => undefined,
  languageChanged: () => undefined,
});
for (const document of edits) await handlers['recovery:write']({ document });
console.log('autosaved');
setInterval(() => undefined, 1000); // stay alive until killed
