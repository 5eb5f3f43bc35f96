/**
 * Atomic file replacement: the content goes to a temporary file in the target's own
 * folder, is flushed to the disk, and only then renamed over the target (a rename within
 * one file system is atomic), after which the folder itself is flushed so the rename
 * survives a power cut. A crash, a kill or a full disk at any moment before the rename
 * leaves the previous file exactly as it was; at worst a stray temporary file remains,
 * which the next successful save of the same file removes.
 */
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MessageKey } from '../../shared/i18n';
import type { IpcErrorReason } from '../../shared/ipc/result';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';

/** The save errors that have a variant saying the previous file is unchanged. */
type SaveErrorKey = 'saveError.permissionDenied' | 'saveError.diskFull' | 'saveError.readOnly' | 'saveError.failed';

/** The file system calls the write goes through; tests inject failing ones. */
export interface AtomicFs {
  open: typeof fsPromises.open;
  rename: typeof fsPromises.rename;
  rm: typeof fsPromises.rm;
}

export const nodeAtomicFs: AtomicFs = { open: fsPromises.open, rename: fsPromises.rename, rm: fsPromises.rm };

/** A hidden sibling of the target; the random part keeps two concurrent saves apart. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** `.<target name>.<pid>.<8 hex>.tmp`, as temporaryPathFor names them. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, owned by someone else
  }
}

/**
 * Removes the temporaries of `target` left by saves that were killed mid-write: those whose
 * process is gone. A temporary of a running process (another save under way) is kept.
 */
async function removeStrayTemporaries(fs: AtomicFs, target: string): Promise<void> {
  const folder = dirname(target);
  for (const entry of await fsPromises.readdir(folder)) {
    const match = TEMPORARY_NAME.exec(entry);
    if (match?.[1] === basename(target) && !isRunning(Number(match[2]))) {
      await fs.rm(join(folder, entry), { force: true });
    }
  }
}

/** Flushes a file or folder to the disk. Some file systems cannot fsync a folder: that is not an error. */
async function fsyncPath(fs: AtomicFs, path: string, isFolder: boolean): Promise<void> {
  const handle = await fs.open(path, isFolder ? 'r' : 'r+');
  try {
    await handle.sync();
  } catch (error) {
    if (!isFolder) throw error;
  } finally {
    await handle.close();
  }
}

/** True when something is at `path` (false also when the folder cannot be looked into). */
async function exists(path: string): Promise<boolean> {
  return fsPromises.lstat(path).then(
    () => true,
    () => false,
  );
}

/** Whether `folder` is an existing folder; null when it cannot be told (no permission to look). */
async function isFolder(folder: string): Promise<boolean | null> {
  try {
    return (await fsPromises.stat(folder)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? false : null;
  }
}

/** What to say when the cause is none of the known ones: the error code, or a message with the temporary path taken out. */
function detailOf(error: unknown, target: string, temporary: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return `the file system refused it (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return quoteValue(message.split(temporary).join(basename(target)).replace(/\.$/, ''));
}

/**
 * The save's failure as the user can act on it: the folder they chose is missing, they may
 * not write there, the disk is full. It names the file and the folder the user chose, never
 * the temporary file, and says the previous file is unchanged only when there is one.
 */
async function ioError(target: string, temporary: string, error: unknown): Promise<PitoError> {
  if (error instanceof PitoError) return error;
  const file = basename(target);
  const folder = dirname(target);
  const code = (error as NodeJS.ErrnoException).code;
  const kept = await exists(target);
  const withKept = (key: SaveErrorKey): MessageKey => (kept ? `${key}Kept` : key);
  let reason: IpcErrorReason;
  if ((code === 'ENOENT' || code === 'ENOTDIR') && (await isFolder(folder)) === false) {
    reason = { key: 'saveError.folderMissing', params: { file, folder } };
  } else if (code === 'EISDIR' || (code === 'EPERM' && kept && (await isFolder(target)))) {
    reason = { key: 'saveError.targetIsFolder', params: { file, folder } };
  } else if (code === 'EACCES' || code === 'EPERM') {
    reason = { key: withKept('saveError.permissionDenied'), params: { file, folder } };
  } else if (code === 'ENOSPC' || code === 'EDQUOT') {
    reason = { key: withKept('saveError.diskFull'), params: { file } };
  } else if (code === 'EROFS') {
    reason = { key: withKept('saveError.readOnly'), params: { file } };
  } else {
    reason = { key: withKept('saveError.failed'), params: { file, detail: detailOf(error, target, temporary) } };
  }
  return PitoError.fromReason('io', reason.key, reason.params, { file: target });
}

/**
 * Replaces `target` with what `produce` writes to the temporary path it is given.
 * Throws a PitoError('io') naming the file when anything fails, with its reason for the UI;
 * the target is then untouched.
 */
export async function replaceFileAtomically(
  target: string,
  produce: (temporaryPath: string) => Promise<void>,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    await produce(temporary);
    await fsyncPath(fs, temporary, false);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw await ioError(target, temporary, error);
  }
  // The rename is done: the folder flush and the clean-up are best effort.
  await fsyncPath(fs, dirname(target), true).catch(() => undefined);
  await removeStrayTemporaries(fs, target).catch(() => undefined);
}

/** Writes bytes or text atomically (the recovery file, small documents). */
export async function writeFileAtomically(
  target: string,
  content: string | Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  await replaceFileAtomically(
    target,
    async (temporary) => {
      const handle = await fs.open(temporary, 'wx');
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
    },
    fs,
  );
}
