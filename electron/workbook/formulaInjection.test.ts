import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMULA_LIKE_TEXTS, editedDocument, sampleCustomers } from '../../test/libreoffice/sampleDocuments';
import { cellsHolding, loadWorkbook } from '../../test/libreoffice/workbookCells';
import { readRetentionWorkbook } from './readWorkbook';
import { writeRetentionWorkbook } from './writeWorkbook';

const folder = mkdtempSync(join(tmpdir(), 'pito-injection-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('text that looks like a formula', () => {
  it('is written as a text cell and read back as the same text', async () => {
    const path = join(folder, 'injection.xlsx');
    const document = editedDocument('en'); // one period is labelled =HYPERLINK("http://x","y")
    const customers = sampleCustomers(80); // ids and segments from FORMULA_LIKE_TEXTS
    await writeRetentionWorkbook(path, document, customers);

    const found = cellsHolding(await loadWorkbook(path), FORMULA_LIKE_TEXTS);
    expect(found.length).toBeGreaterThan(FORMULA_LIKE_TEXTS.length);
    expect(found.filter((cell) => cell.type !== 'String')).toEqual([]);

    const opened = await readRetentionWorkbook(path);
    expect(opened.document.periods.map((row) => row.label)).toContain(FORMULA_LIKE_TEXTS[0]);
    expect(opened.customers).toEqual(customers);
  });
});
