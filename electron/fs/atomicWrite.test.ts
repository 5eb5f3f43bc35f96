import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { PitoError } from '../errors';
import { writeRetentionWorkbook } from '../workbook/writeWorkbook';
import { nodeAtomicFs, replaceFileAtomically, writeFileAtomically, type AtomicFs } from './atomicWrite';

const folder = mkdtempSync(join(tmpdir(), 'pito-atomic-'));
const SAVING_CHILD = join(import.meta.dirname, '../../test/children/saveWorkbook.child.ts');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function previousFile(name: string): { path: string; bytes: Buffer } {
  const path = join(folder, name);
  writeFileSync(path, `the previous workbook of ${name}`);
  return { path, bytes: readFileSync(path) };
}

const strays = (name: string) => readdirSync(folder).filter((entry) => entry.startsWith(`.${name}.`));

/** The PitoError a save rejects with. */
async function failureOf(save: Promise<void>): Promise<PitoError> {
  const failure = await save.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(failure instanceof PitoError)) throw new Error(`expected a PitoError, got ${String(failure)}`);
  return failure;
}

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('atomic replacement', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const { path } = previousFile('plain.json');
    await writeFileAtomically(path, '{"new":true}');
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}');
    expect(strays('plain.json')).toEqual([]);
  });

  it('leaves the previous file byte-identical when the rename fails', async () => {
    const { path, bytes } = previousFile('rename.xlsx');
    const failingRename: AtomicFs = { ...nodeAtomicFs, rename: async () => Promise.reject(errnoError('EXDEV')) };
    const failure = await writeRetentionWorkbook(path, sampleDocument('month', 'en'), null, failingRename).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PitoError);
    expect(failure).toMatchObject({ code: 'io', message: expect.stringContaining('The previous file is unchanged') });
    expect(readFileSync(path)).toEqual(bytes);
    expect(strays('rename.xlsx')).toEqual([]);
  });

  it('leaves the previous file byte-identical when the disk fills up mid-write or the flush fails', async () => {
    const { path, bytes } = previousFile('full.xlsx');
    await expect(
      replaceFileAtomically(path, async (temporary) => {
        writeFileSync(temporary, 'half a workbook');
        throw errnoError('ENOSPC');
      }),
    ).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('the disk is full') });
    const failingSync: AtomicFs = {
      ...nodeAtomicFs,
      open: (async (...args: Parameters<typeof fsPromises.open>) => {
        const handle = await fsPromises.open(...args);
        handle.sync = async () => Promise.reject(errnoError('EIO'));
        return handle;
      }) as typeof fsPromises.open,
    };
    await expect(writeFileAtomically(path, 'new content', failingSync)).rejects.toMatchObject({ code: 'io' });
    expect(readFileSync(path)).toEqual(bytes);
    expect(strays('full.xlsx')).toEqual([]);
  });

  it('names the missing folder the user chose, not the temporary file, and claims no previous file', async () => {
    const missing = join(folder, 'no such folder');
    const failure = await writeRetentionWorkbook(
      join(missing, 'report.xlsx'),
      sampleDocument('month', 'en'),
      null,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PitoError);
    expect(failure).toMatchObject({
      code: 'io',
      message: `Could not save report.xlsx: the folder “${missing}” does not exist.`,
      reason: { key: 'saveError.folderMissing', params: { file: 'report.xlsx', folder: missing } },
    });
    expect((failure as PitoError).message).not.toMatch(/\.tmp|unchanged/);
  });

  it('says permission was denied, and that the previous file is unchanged only when there is one', async () => {
    const denied: AtomicFs = { ...nodeAtomicFs, open: async () => Promise.reject(errnoError('EACCES')) };
    const fresh = join(folder, 'denied-new.json');
    await expect(writeFileAtomically(fresh, 'x', denied)).rejects.toMatchObject({
      code: 'io',
      message: `Could not save denied-new.json: permission to write in the folder “${folder}” was denied.`,
      reason: { key: 'saveError.permissionDenied', params: { file: 'denied-new.json', folder } },
    });
    const { path, bytes } = previousFile('denied.json');
    await expect(writeFileAtomically(path, 'x', denied)).rejects.toMatchObject({
      message: `Could not save denied.json: permission to write in the folder “${folder}” was denied. The previous file is unchanged.`,
      reason: { key: 'saveError.permissionDeniedKept' },
    });
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('says the disk is full or read-only in both languages, without the temporary path', async () => {
    const fresh = join(folder, 'full-new.xlsx');
    const full = await failureOf(
      replaceFileAtomically(fresh, async (temporary) => {
        writeFileSync(temporary, 'half a workbook');
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${temporary}'`), { code: 'ENOSPC' });
      }),
    );
    expect(full).toMatchObject({ message: 'Could not save full-new.xlsx: the disk is full.' });
    expect(full.reason).toEqual({ key: 'saveError.diskFull', params: { file: 'full-new.xlsx' } });
    expect(translate('fi', full.reason!.key, full.reason!.params)).toBe(
      'Tiedostoa full-new.xlsx ei voitu tallentaa: levy on täynnä.',
    );
    const readOnly: AtomicFs = { ...nodeAtomicFs, open: async () => Promise.reject(errnoError('EROFS')) };
    await expect(writeFileAtomically(fresh, 'x', readOnly)).rejects.toMatchObject({
      message: 'Could not save full-new.xlsx: the disk is read-only.',
    });
    expect(strays('full-new.xlsx')).toEqual([]);
  });

  it('names an unknown failure by its code, or by its message with the temporary path replaced', async () => {
    const { path } = previousFile('odd.json');
    const failingRename: AtomicFs = { ...nodeAtomicFs, rename: async () => Promise.reject(errnoError('EXDEV')) };
    await expect(writeFileAtomically(path, 'x', failingRename)).rejects.toMatchObject({
      message: 'Could not save odd.json: the file system refused it (EXDEV). The previous file is unchanged.',
      reason: {
        key: 'saveError.failedKept',
        params: { file: 'odd.json', detail: 'the file system refused it (EXDEV)' },
      },
    });
    const failure = await failureOf(
      replaceFileAtomically(join(folder, 'odd-new.json'), async (temporary) => {
        throw new Error(`the writer stopped at ${temporary}.`);
      }),
    );
    expect(failure.message).toBe('Could not save odd-new.json: the writer stopped at odd-new.json.');
  });

  it('says a folder already has the name of the file', async () => {
    const target = join(folder, 'a folder.xlsx');
    mkdirSync(target);
    const failure = await failureOf(writeFileAtomically(target, 'x'));
    expect(failure).toMatchObject({ code: 'io', reason: { key: 'saveError.targetIsFolder' } });
    expect(failure.message).toBe(`Could not save a folder.xlsx: “${folder}” already holds a folder of that name.`);
  });

  it('leaves the previous file byte-identical when the saving process is killed mid-write', async () => {
    const { path, bytes } = previousFile('killed.xlsx');
    const documentPath = join(folder, 'document.json');
    writeFileSync(documentPath, JSON.stringify(sampleDocument('month', 'en', 24)));
    const child = spawn(process.execPath, ['--import', 'tsx', SAVING_CHILD, path, documentPath, '300000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it once the temporary file has real content: the workbook is half written.
    let partial = 0;
    for (let attempt = 0; attempt < 600 && partial < 30_000 && child.exitCode === null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const temporary = strays('killed.xlsx')[0];
      partial = temporary ? statSync(join(folder, temporary)).size : 0;
    }
    child.kill('SIGKILL');
    expect(await exited, output).toBe('SIGKILL');
    expect(partial).toBeGreaterThanOrEqual(30_000);
    expect(readFileSync(path)).toEqual(bytes);

    // The next save removes what the killed one left, but not a temporary of a running process.
    const [killedTemporary] = strays('killed.xlsx');
    const ownTemporary = `.killed.xlsx.${process.pid}.0123abcd.tmp`;
    writeFileSync(join(folder, ownTemporary), 'a save under way');
    await writeRetentionWorkbook(path, sampleDocument('month', 'en', 2), null);
    expect(killedTemporary).toBeDefined();
    expect(strays('killed.xlsx')).toEqual([ownTemporary]);
  }, 60_000);
});
