import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { PitoError } from '../errors';
import { writeRetentionWorkbook } from '../workbook/writeWorkbook';
import { nodeAtomicFs, replaceFileAtomically, writeFileAtomically, type AtomicFs } from './atomicWrite';

const folder = mkdtempSync(join(tmpdir(), 'pito-atomic-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function previousFile(name: string): { path: string; bytes: Buffer } {
  const path = join(folder, name);
  writeFileSync(path, `the previous workbook of ${name}`);
  return { path, bytes: readFileSync(path) };
}

const strays = (name: string) => readdirSync(folder).filter((entry) => entry.startsWith(`.${name}.`));

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

  it('leaves the previous file byte-identical when the saving process is killed mid-write', async () => {
    const { path, bytes } = previousFile('killed.xlsx');
    const documentPath = join(folder, 'document.json');
    writeFileSync(documentPath, JSON.stringify(sampleDocument('month', 'en', 24)));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'saveWorkbook.child.ts'), path, documentPath, '300000'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
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
