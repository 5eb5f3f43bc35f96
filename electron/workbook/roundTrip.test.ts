import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PitoDocument } from '../../shared/document';
import { PERIOD_KINDS } from '../../shared/periods';
import { editedDocument, sampleCustomers, sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { readRetentionWorkbook } from './readWorkbook';
import { writeRetentionWorkbook } from './writeWorkbook';

const folder = mkdtempSync(join(tmpdir(), 'pito-roundtrip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function roundTrip(document: PitoDocument, customers = sampleCustomers(0), name = 'book.xlsx') {
  const path = join(folder, name);
  await writeRetentionWorkbook(path, document, customers.length > 0 ? customers : null);
  return readRetentionWorkbook(path);
}

describe('export then open gives the same document', () => {
  for (const kind of PERIOD_KINDS) {
    for (const language of ['en', 'fi'] as const) {
      it(`for a ${kind} document in ${language}, with its customer list`, async () => {
        const document = sampleDocument(kind, language);
        const customers = sampleCustomers(40);
        const opened = await roundTrip(document, customers, `${kind}-${language}.xlsx`);
        expect(opened.document).toEqual({ ...document, source: 'workbook' });
        expect(opened.customers).toEqual(customers);
      });
    }
  }

  for (const language of ['en', 'fi'] as const) {
    it(`for an edited document in ${language}: fractional inputs, blanks, odd labels, no list`, async () => {
      const document = editedDocument(language);
      const opened = await roundTrip(document, [], `edited-${language}.xlsx`);
      expect(opened.document).toEqual(document);
      expect(opened.customers).toBeNull();
    });
  }

  it('for a document without periods', async () => {
    const document = { ...sampleDocument('month', 'en', 0), cohorts: null, listStats: null };
    const opened = await roundTrip(document, [], 'empty.xlsx');
    expect(opened.document).toEqual({ ...document, source: 'workbook' });
  });
});
