import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PitoDocument } from '../../shared/document';
import { sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { createRecoveryStore, recoveryFolder } from './recoveryStore';

const folder = mkdtempSync(join(tmpdir(), 'pito-recovery-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A document after `count` edits, each changing one input of one row. */
function afterEdits(count: number): PitoDocument {
  const document = sampleDocument('month', 'fi', 6);
  const periods = document.periods.map((row, index) =>
    index < count ? { ...row, customersAtEnd: (row.customersAtEnd ?? 0) + 0.5 * (index + 1) } : row,
  );
  return { ...document, periods };
}

describe('crash recovery', () => {
  it('restores every edit autosaved before the process was killed with SIGKILL', async () => {
    const userDataDir = join(folder, 'killed');
    const edits = [1, 2, 3, 4, 5].map(afterEdits);
    const editsPath = join(folder, 'edits.json');
    writeFileSync(editsPath, JSON.stringify(edits));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '../../test/children/autosave.child.ts'), userDataDir, editsPath],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const autosaved = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        if (output.includes('autosaved')) resolve();
      });
      child.stderr.on('data', (chunk) => (output += String(chunk)));
      child.on('exit', () => reject(new Error(`the child exited before autosaving: ${output}`)));
    });
    await autosaved;
    const killed = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');

    const recovered = await createRecoveryStore(userDataDir).read();
    expect(recovered?.document).toEqual(edits[edits.length - 1]);
    expect(recovered?.fileName).toBe('Retention 2024.xlsx');
    expect(Date.parse(recovered?.savedAt ?? '')).not.toBeNaN();
  }, 30_000);

  it('keeps the writes in order and forgets the document once discarded', async () => {
    const store = createRecoveryStore(join(folder, 'ordered'), () => new Date('2024-05-01T10:00:00Z'));
    const writes = [1, 2, 3].map((count) => store.write(afterEdits(count), null));
    const discarded = store.discard();
    const last = store.write(afterEdits(4), null);
    await Promise.all([...writes, discarded, last]);
    expect(await store.read()).toEqual({
      document: afterEdits(4),
      savedAt: '2024-05-01T10:00:00.000Z',
      fileName: null,
    });
    await store.discard();
    expect(await store.read()).toBeNull();
  });

  it('reports nothing to restore for a damaged or foreign file instead of failing the start', async () => {
    const userDataDir = join(folder, 'damaged');
    const store = createRecoveryStore(userDataDir);
    await store.write(afterEdits(1), null);
    writeFileSync(join(recoveryFolder(userDataDir), 'unsaved-document.json'), '{"kind":"pito-recovery", "savedAt"');
    expect(await store.read()).toBeNull();
    writeFileSync(join(recoveryFolder(userDataDir), 'unsaved-document.json'), '{"something":"else"}');
    expect(await store.read()).toBeNull();
  });

  it('restores no document the app could not show: one edited on disk past the schema, or of another version', async () => {
    const userDataDir = join(folder, 'invalid');
    const store = createRecoveryStore(userDataDir);
    const file = join(recoveryFolder(userDataDir), 'unsaved-document.json');
    await store.write(afterEdits(2), null);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    for (const damage of [
      { ...written, document: { ...written.document, periods: [{ label: 'x' }] } },
      { ...written, document: { ...written.document, formatVersion: 99 } },
      { ...written, document: { ...written.document, periods: 'many' } },
    ]) {
      writeFileSync(file, JSON.stringify(damage));
      expect(await store.read()).toBeNull();
    }
    writeFileSync(file, JSON.stringify(written));
    expect((await store.read())?.document).toEqual(afterEdits(2));
  });
});
