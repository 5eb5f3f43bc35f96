/**
 * The document channels: open a Pito workbook, save (atomically; Save As asks where),
 * the unsaved-edits flag for the close prompt, and crash recovery. Plain Node: the
 * Electron shell and the browser harness both serve these same handlers.
 */
import { basename, extname } from 'node:path';
import type { DocumentChannels } from '../../shared/ipc/documentChannels';
import type { HandlerMap } from '../ipc/handlerTypes';
import type { MainDeps } from '../ipc/mainDeps';
import { heldList, holdList } from '../session';
import { readRetentionWorkbook } from '../workbook/readWorkbook';
import { writeRetentionWorkbook } from '../workbook/writeWorkbook';
import { createRecoveryStore } from './recoveryStore';

/** The name Save As proposes: the workbook's own, or the imported file's with "retention" added. */
function suggestedName(documentPath: string | null, sourcePath: string | null): string {
  if (documentPath) return basename(documentPath);
  if (sourcePath) return `${basename(sourcePath, extname(sourcePath))} retention.xlsx`;
  return 'Retention.xlsx';
}

export function createDocumentHandlers(deps: MainDeps): HandlerMap<keyof DocumentChannels> {
  const { session, dialogs } = deps;
  const recovery = createRecoveryStore(deps.userDataDir);
  // The last path the user picked in the open or Save As dialog. A plain Save writes over the
  // imported source file only when the user picked that very file there.
  let pickedByUser: string | null = null;

  async function saveTarget(saveAs: boolean): Promise<string | null> {
    const current = session.documentPath;
    const source = session.importedList?.sourcePath ?? null;
    const safeToOverwrite = current !== null && (current !== source || current === pickedByUser);
    if (!saveAs && current && safeToOverwrite) return current;
    const chosen = await dialogs.chooseSavePath(suggestedName(current, source));
    if (chosen) pickedByUser = chosen;
    return chosen;
  }

  return {
    'document:open': async () => {
      const path = await dialogs.chooseWorkbookToOpen();
      if (!path) return null;
      const { document, customers } = await readRetentionWorkbook(path);
      pickedByUser = path;
      session.documentPath = path;
      // The list travels with the workbook: the document can be regrouped, and the next Save
      // writes the list back instead of dropping it.
      const listId = holdList(session, customers, path);
      session.dirty = false;
      return { document: { ...document, listId }, fileName: basename(path) };
    },
    'document:save': async ({ document, saveAs }) => {
      const target = await saveTarget(saveAs);
      if (!target) return null;
      // Only the document's own list: an earlier import undone back to holds none here, and
      // is saved without a Customers sheet rather than with another list's customers.
      const customers = heldList(session, document.listId)?.customers ?? null;
      await writeRetentionWorkbook(target, document, customers);
      session.documentPath = target;
      session.dirty = false;
      await recovery.discard();
      return { fileName: basename(target) };
    },
    'document:setDirty': async ({ dirty }) => {
      session.dirty = dirty;
    },
    'recovery:write': async ({ document }) => {
      await recovery.write(document, session.documentPath ? basename(session.documentPath) : null);
    },
    'recovery:check': async () => recovery.read(),
    'recovery:discard': async () => {
      await recovery.discard();
    },
  };
}
