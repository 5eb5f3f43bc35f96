import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportPreview } from '../../shared/importModel';
import { tempFolder } from '../../test/support/workbooks';
import {
  headerKey,
  MAX_REMEMBERED_MAPPINGS,
  recallMapping,
  rememberedMappingsPath,
  rememberMapping,
  withRememberedMapping,
} from './rememberedMappings';

const folder = tempFolder('remembered');
afterAll(() => folder.remove());

let count = 0;
function freshDir(): string {
  const dir = folder.file(`data-${++count}`);
  mkdirSync(dir);
  return dir;
}

const headers = ['Kenttä 1', 'Kenttä 2', 'Kenttä 3'];
const mapping: ColumnMapping = {
  shape: 'customerList',
  columns: { customerId: 0, startDate: 1, endDate: 2 },
  dateOrder: 'dayFirst',
};

describe('remembered mappings', () => {
  it('key a header row by its trimmed, lower-cased texts, and not a row of blanks', () => {
    expect(headerKey([' Kenttä 1 ', 'KENTTÄ 2'])).toBe(headerKey(['kenttä 1', 'kenttä 2']));
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['ab']));
    expect(headerKey(['', ' '])).toBeNull();
  });

  it('recall the mapping remembered for the same headers, in any case and spacing', () => {
    const dir = freshDir();
    expect(recallMapping(dir, headers)).toBeNull();
    rememberMapping(dir, headers, mapping);
    expect(recallMapping(dir, ['kenttä 1', ' KENTTÄ 2', 'Kenttä 3 '])).toEqual(mapping);
    expect(recallMapping(dir, ['Kenttä 1', 'Kenttä 2'])).toBeNull();
  });

  it('keep the newest mapping for a header row, and at most the newest 50 rows', () => {
    const dir = freshDir();
    rememberMapping(dir, headers, mapping);
    const changed: ColumnMapping = { ...mapping, columns: { startDate: 2 }, dateOrder: 'monthFirst' };
    rememberMapping(dir, headers, changed);
    expect(recallMapping(dir, headers)).toEqual(changed);
    for (let i = 0; i < MAX_REMEMBERED_MAPPINGS + 5; i++) rememberMapping(dir, [`h${i}`, 'x', 'y'], mapping);
    const file = JSON.parse(readFileSync(rememberedMappingsPath(dir), 'utf8')) as { entries: unknown[] };
    expect(file.entries).toHaveLength(MAX_REMEMBERED_MAPPINGS);
    expect(recallMapping(dir, headers)).toBeNull();
    expect(recallMapping(dir, ['h54', 'x', 'y'])).toEqual(mapping);
    expect(recallMapping(dir, ['h5', 'x', 'y'])).toEqual(mapping);
    expect(recallMapping(dir, ['h4', 'x', 'y'])).toBeNull();
  });

  it('read a damaged file as nothing remembered, and write over it', () => {
    const dir = freshDir();
    rememberMapping(dir, headers, mapping);
    const path = rememberedMappingsPath(dir);
    for (const damaged of ['{"version":1,"entries":[', 'null', '{"version":2,"entries":[]}', '\u0000\u0001']) {
      writeFileSync(path, damaged);
      expect(recallMapping(dir, headers)).toBeNull();
    }
    rememberMapping(dir, headers, mapping);
    expect(recallMapping(dir, headers)).toEqual(mapping);
  });

  it('drop entries that do not validate: unknown fields, another shape’s fields, columns beyond the headers', () => {
    const dir = freshDir();
    const key = headerKey(headers);
    const entry = (columns: Record<string, number>, shape = 'customerList') => ({
      key,
      mapping: { shape, columns, dateOrder: 'dayFirst' },
    });
    for (const bad of [
      entry({ password: 1 }),
      entry({ customersAtStart: 1 }),
      entry({ startDate: -1 }),
      entry({ startDate: 1.5 }),
      { key, mapping: { ...mapping, dateOrder: 'yearFirst' } },
    ]) {
      writeFileSync(rememberedMappingsPath(dir), JSON.stringify({ version: 1, entries: [bad] }));
      expect(recallMapping(dir, headers)).toBeNull();
    }
    writeFileSync(rememberedMappingsPath(dir), JSON.stringify({ version: 1, entries: [entry({ startDate: 3 })] }));
    expect(recallMapping(dir, headers)).toBeNull();
    writeFileSync(
      rememberedMappingsPath(dir),
      JSON.stringify({ version: 1, entries: ['junk', entry({ startDate: 2 }, 'customerList')] }),
    );
    expect(recallMapping(dir, headers)).toEqual({
      shape: 'customerList',
      columns: { startDate: 2 },
      dateOrder: 'dayFirst',
    });
  });

  it('remember nothing when the data folder cannot be written', () => {
    const file = folder.file('not-a-folder');
    writeFileSync(file, 'x');
    expect(() => rememberMapping(`${file}/inside`, headers, mapping)).not.toThrow();
  });

  it('propose a remembered mapping as sure as the user, keeping a date order the values decide', () => {
    const preview = {
      mapping: { shape: 'customerList', columns: { startDate: 1 }, dateOrder: 'dayFirst' },
      confidence: { startDate: 0.5 },
      remembered: false,
      dateOrder: { order: 'dayFirst', basis: 'assumed', evidence: { row: 2, column: 'B', value: '03/04/2024' } },
    } as unknown as ImportPreview;
    const remembered: ColumnMapping = { ...mapping, dateOrder: 'monthFirst' };
    const proposed = withRememberedMapping(preview, remembered);
    expect(proposed.remembered).toBe(true);
    expect(proposed.mapping).toEqual(remembered);
    expect(proposed.confidence).toEqual({ customerId: 1, startDate: 1, endDate: 1 });
    expect(proposed.dateOrder).toMatchObject({ order: 'monthFirst', basis: 'user' });
    const decided = { ...preview, dateOrder: { ...preview.dateOrder, basis: 'values' as const } };
    expect(withRememberedMapping(decided, remembered).mapping.dateOrder).toBe('dayFirst');
    expect(withRememberedMapping(decided, remembered).dateOrder.basis).toBe('values');
  });
});
