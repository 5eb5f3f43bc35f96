/**
 * The import channels. Paths never cross IPC: a file chosen in the dialog or dropped on
 * the window gets a random id, and the renderer names files by id. The session changes
 * only when an import succeeds, so a failed import leaves the current document (and the
 * list behind it) untouched.
 *
 * The mapping of a successful import is remembered for the header row the preview showed
 * (see rememberedMappings.ts), and proposed again when a file with that header row is
 * previewed.
 *
 * "Try with example data" (exampleList.ts) answers like a finished import: the session holds
 * the generated list under a new id, so the example regroups, counts its summary range from
 * the list and saves with its Customers sheet. It is a new, unsaved document: Save asks where.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute } from 'node:path';
import { listRangeInputs } from '../../shared/aggregate/listRange';
import { localToday, parseIsoDate, type DayNumber } from '../../shared/calendar';
import type { UiLanguage } from '../../shared/document';
import type { MessageKey } from '../../shared/i18n';
import type { FileHandle, ImportChannels } from '../../shared/ipc/importChannels';
import type { IpcErrorCode } from '../../shared/ipc/result';
import { PitoError } from '../errors';
import type { HandlerMap } from '../ipc/handlerTypes';
import type { MainDeps } from '../ipc/mainDeps';
import { heldList, holdList } from '../session';
import { aggregateList } from './buildDocument';
import { exampleImport } from './exampleList';
import { previewImport, runImport, type ImportOptions } from './importFile';
import { recallMapping, rememberMapping, withRememberedMapping } from './rememberedMappings';

export const IMPORTABLE_EXTENSIONS = ['.xlsx', '.csv', '.txt'];

/** An error whose message is the English of its catalog reason, so the CLI and the UI say the same. */
function importError(
  code: IpcErrorCode,
  key: MessageKey,
  params: Record<string, string | number>,
  where: { file?: string } = {},
): PitoError {
  return PitoError.fromReason(code, key, params, where);
}

async function fileHandle(deps: MainDeps, path: string): Promise<FileHandle> {
  const fileName = basename(path);
  const info = await stat(path).catch(() => null);
  if (!isAbsolute(path) || info === null || !info.isFile()) {
    throw importError('badFile', 'importError.notAFile', { file: fileName }, { file: fileName });
  }
  if (!IMPORTABLE_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw importError('badFile', 'importError.unsupportedType', { file: fileName }, { file: fileName });
  }
  const fileId = randomUUID();
  deps.session.files.set(fileId, path);
  return { fileId, fileName, sizeBytes: info.size };
}

function pathOf(deps: MainDeps, fileId: string): string {
  const path = deps.session.files.get(fileId);
  if (path === undefined) throw importError('invalidRequest', 'importError.fileGone', {});
  return path;
}

/** The UI's language once the renderer has named it, else the system's. */
function languageOf(deps: MainDeps): UiLanguage {
  return deps.session.language ?? (deps.systemLocale.toLowerCase().startsWith('fi') ? 'fi' : 'en');
}

/** `today`: the day the example's months end before (tests pass a fixed one). */
export function createImportHandlers(
  deps: MainDeps,
  options: ImportOptions = {},
  today: () => DayNumber = () => localToday(),
): HandlerMap<keyof ImportChannels> {
  const jobs = new Map<string, AbortController>();
  /** The sheet and header row each file's last preview showed: the key its mapping is remembered by. */
  const shown = new Map<string, { sheet: string | null; headers: string[] }>();
  return {
    'import:chooseFile': async () => {
      const path = await deps.dialogs.chooseImportFile();
      return path === null ? null : fileHandle(deps, path);
    },
    'import:droppedFile': async ({ path }) => fileHandle(deps, path),
    'import:preview': async ({ fileId, sheet }) => {
      const preview = await previewImport(pathOf(deps, fileId), sheet, options);
      shown.set(fileId, { sheet: preview.sheet, headers: preview.headers });
      const remembered = recallMapping(deps.userDataDir, preview.headers);
      return remembered ? withRememberedMapping(preview, remembered) : preview;
    },
    'import:run': async ({ fileId, jobId, sheet, mapping, periodKind }) => {
      const path = pathOf(deps, fileId);
      const controller = new AbortController();
      jobs.get(jobId)?.abort();
      jobs.set(jobId, controller);
      try {
        const result = await runImport(
          path,
          { sheet, mapping, periodKind, language: languageOf(deps) },
          {
            ...options,
            today: today(),
            signal: controller.signal,
            onProgress: (rowsRead, totalRows) => deps.emit('import:progress', { jobId, rowsRead, totalRows }),
          },
        );
        const listId = holdList(deps.session, result.customers, path);
        const seen = shown.get(fileId);
        if (seen && result.report.sheet === seen.sheet) rememberMapping(deps.userDataDir, seen.headers, mapping);
        return { document: { ...result.document, listId }, report: result.report };
      } finally {
        if (jobs.get(jobId) === controller) jobs.delete(jobId);
      }
    },
    'import:cancel': async ({ jobId }) => {
      jobs.get(jobId)?.abort();
    },
    'import:reaggregate': async ({ listId, periodKind }) => {
      const list = heldList(deps.session, listId);
      if (list === null) throw importError('invalidRequest', 'importError.nothingToRegroup', {});
      const { periods, cohorts } = aggregateList(list.customers, periodKind, basename(list.sourcePath));
      return { periods, cohorts };
    },
    'import:listRange': async ({ listId, firstDay, lastDay }) => {
      const list = heldList(deps.session, listId);
      if (list === null) throw importError('invalidRequest', 'importError.listGone', {});
      // The schema let through only real calendar days.
      return listRangeInputs(list.customers, parseIsoDate(firstDay)!, parseIsoDate(lastDay)!);
    },
    'import:example': async ({ language, periodKind }) => {
      const example = exampleImport(today(), periodKind, language);
      const listId = holdList(deps.session, example.customers, example.fileName);
      // No workbook holds the example yet: a plain Save asks for a name rather than overwrite one.
      deps.session.documentPath = null;
      return { document: { ...example.document, listId }, report: example.report };
    },
  };
}
