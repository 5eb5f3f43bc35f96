import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFromArgv, isOpenableFile } from './openedFiles';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pito-open-'));
  writeFileSync(join(dir, 'customers.csv'), 'id\n1\n');
  writeFileSync(join(dir, 'Report.XLSX'), 'x');
  writeFileSync(join(dir, 'notes.md'), 'x');
  mkdirSync(join(dir, 'folder.csv'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isOpenableFile', () => {
  it('accepts existing workbooks, CSV and text files only', () => {
    expect(isOpenableFile(join(dir, 'customers.csv'))).toBe(true);
    expect(isOpenableFile(join(dir, 'Report.XLSX'))).toBe(true);
    expect(isOpenableFile(join(dir, 'notes.md'))).toBe(false);
    expect(isOpenableFile(join(dir, 'missing.csv'))).toBe(false);
    expect(isOpenableFile(join(dir, 'folder.csv'))).toBe(false);
  });
});

describe('fileFromArgv', () => {
  it('finds the file of a packaged launch, relative to the launch folder', () => {
    expect(fileFromArgv(['/opt/Pito/pito', 'customers.csv'], dir)).toBe(join(dir, 'customers.csv'));
  });

  it('skips switches, the app folder of a development launch and files it cannot open', () => {
    const argv = ['/usr/bin/electron', '--no-sandbox', '.', join(dir, 'notes.md'), join(dir, 'Report.XLSX')];
    expect(fileFromArgv(argv, dir)).toBe(join(dir, 'Report.XLSX'));
    expect(fileFromArgv(['/usr/bin/electron', '.', '--inspect'], dir)).toBeNull();
  });
});
