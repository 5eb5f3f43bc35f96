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
import { PitoError } from '../errors';

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

function ioError(target: string, error: unknown): PitoError {
  if (error instanceof PitoError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission was denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : (error as Error).message;
  return new PitoError('io', `Could not save ${basename(target)}: ${reason}. The previous file is unchanged.`, {
    file: target,
  });
}

/**
 * Replaces `target` with what `produce` writes to the temporary path it is given.
 * Throws a PitoError('io') naming the file when anything fails; the target is then untouched.
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
    throw ioError(target, error);
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
