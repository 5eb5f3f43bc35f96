import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_FILES,
  addRecentFile,
  clearRecentFiles,
  readRecentFiles,
  recentFilesPath,
  withRecentFile,
} from './recentFiles';

describe('withRecentFile', () => {
  it('puts the newest first, lists a path once and keeps at most the maximum', () => {
    let list = withRecentFile([], { path: '/a.xlsx', kind: 'workbook' });
    list = withRecentFile(list, { path: '/b.csv', kind: 'import' });
    list = withRecentFile(list, { path: '/a.xlsx', kind: 'import' });
    expect(list).toEqual([
      { path: '/a.xlsx', kind: 'import' },
      { path: '/b.csv', kind: 'import' },
    ]);
    for (let index = 0; index < 20; index += 1) list = withRecentFile(list, { path: `/${index}.csv`, kind: 'import' });
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]?.path).toBe('/19.csv');
  });
});

describe('recent files in the data folder', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pito-recent-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('remembers files that still exist and forgets the ones that are gone', () => {
    const kept = join(dir, 'kept.xlsx');
    writeFileSync(kept, 'x');
    addRecentFile(dir, { path: join(dir, 'deleted.csv'), kind: 'import' });
    expect(addRecentFile(dir, { path: kept, kind: 'workbook' })).toEqual([{ path: kept, kind: 'workbook' }]);
    expect(readRecentFiles(dir)).toEqual([{ path: kept, kind: 'workbook' }]);
  });

  it('empties the list on request', () => {
    addRecentFile(dir, { path: '/x.csv', kind: 'import' });
    clearRecentFiles(dir);
    expect(readRecentFiles(dir, () => true)).toEqual([]);
  });

  it('reads a damaged file as an empty list', () => {
    writeFileSync(recentFilesPath(dir), '[{"path": 3}]');
    expect(readRecentFiles(dir, () => true)).toEqual([]);
  });
});
