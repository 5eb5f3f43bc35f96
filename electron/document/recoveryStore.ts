/**
 * Autosave for crash recovery: the unsaved document, written atomically to the app's data
 * folder a moment after each edit, read back on the next start (migrated from the format
 * version that wrote it), removed once the document is saved or the user declines to
 * restore it. Operations run one after another, so an older write can never land after a
 * newer write or after a discard.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PitoDocument } from '../../shared/document';
import { migrateDocument } from '../../shared/documentMigrations';
import type { RecoveredDocument } from '../../shared/ipc/documentChannels';
import { writeFileAtomically } from '../fs/atomicWrite';
import { documentSchema } from '../ipc/documentSchema';

const FILE_NAME = 'unsaved-document.json';
const KIND = 'pito-recovery';

interface RecoveryFile extends RecoveredDocument {
  kind: typeof KIND;
}

export interface RecoveryStore {
  write(document: PitoDocument, fileName: string | null): Promise<void>;
  /** The autosaved document, or null when there is none (or it cannot be read). */
  read(): Promise<RecoveredDocument | null>;
  discard(): Promise<void>;
}

export function recoveryFolder(userDataDir: string): string {
  return join(userDataDir, 'recovery');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The restorable content of a file, or null: the file is ours, whole, and its document, once
 * migrated from the format version it was written in, is one the app can show. Checked with
 * the same schema as a document crossing IPC, so a file damaged or edited on disk is never
 * restored half-read; one written by a later Pito is not restored at all.
 */
function recoveredFrom(value: unknown): RecoveredDocument | null {
  if (!isRecord(value) || value.kind !== KIND || typeof value.savedAt !== 'string' || !isRecord(value.document)) {
    return null;
  }
  const migrated = migrateDocument(value.document, value.document.formatVersion);
  if (!migrated.ok) return null;
  const checked = documentSchema.safeParse(migrated.document);
  if (!checked.success) return null;
  const fileName = typeof value.fileName === 'string' ? value.fileName : null;
  return { document: checked.data, savedAt: value.savedAt, fileName };
}

export function createRecoveryStore(userDataDir: string, now: () => Date = () => new Date()): RecoveryStore {
  const folder = recoveryFolder(userDataDir);
  const path = join(folder, FILE_NAME);
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(operation: () => Promise<T>): Promise<T> => {
    const result = queue.then(operation, operation);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    write: (document, fileName) =>
      inTurn(async () => {
        await mkdir(folder, { recursive: true });
        // The file keeps the periods, not the customer list (up to a million customers, on
        // every edit): the list's id would name a list the next start does not hold.
        const { listId: _heldByThisRun, ...kept } = document;
        const content: RecoveryFile = { kind: KIND, savedAt: now().toISOString(), fileName, document: kept };
        await writeFileAtomically(path, JSON.stringify(content));
      }),
    read: () =>
      inTurn(async () => {
        let text: string;
        try {
          text = await readFile(path, 'utf8');
        } catch {
          return null; // nothing was autosaved
        }
        try {
          return recoveredFrom(JSON.parse(text));
        } catch {
          return null; // cannot happen with atomic writes, but a damaged file must not block the start
        }
      }),
    discard: () => inTurn(() => rm(path, { force: true })),
  };
}
