import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../shared/document';
import { writeRetentionWorkbook } from '../workbook/writeWorkbook';
import { openKindOf } from './openKind';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pito-kind-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openKindOf', () => {
  it('opens a workbook Pito saved', async () => {
    const path = join(dir, 'Retention.xlsx');
    await writeRetentionWorkbook(path, createEmptyDocument(), null);
    expect(await openKindOf(path)).toBe('workbook');
  });

  it('imports any other workbook', async () => {
    const path = join(dir, 'customers.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Customers').addRow(['Customer', 'Start']);
    await book.xlsx.writeFile(path);
    expect(await openKindOf(path)).toBe('import');
  });

  it('imports CSV files and workbooks it cannot read', async () => {
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'not a zip');
    expect(await openKindOf(broken)).toBe('import');
    expect(await openKindOf(join(dir, 'customers.csv'))).toBe('import');
  });
});
