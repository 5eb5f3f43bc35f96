import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCustomers, sampleDocument } from '../../test/libreoffice/sampleDocuments';
import type { MainDeps } from '../ipc/mainDeps';
import { createSession } from '../session';
import { createDocumentHandlers } from './handlers';

const folder = mkdtempSync(join(tmpdir(), 'pito-handlers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Handlers over a fresh session whose dialogs answer with the paths queued here, recording each question. */
function setUp(name: string) {
  mkdirSync(join(folder, name), { recursive: true });
  const answers: (string | null)[] = [];
  const asked: string[] = [];
  const answer = async (question: string) => {
    asked.push(question);
    return answers.shift() ?? null;
  };
  const deps: MainDeps = {
    dialogs: {
      chooseImportFile: () => answer('import'),
      chooseWorkbookToOpen: () => answer('open'),
      chooseSavePath: (suggested) => answer(`save as ${suggested}`),
    },
    emit: () => undefined,
    session: createSession(),
    userDataDir: join(folder, name, 'userData'),
    appVersion: 'test',
    systemLocale: 'fi-FI',
    openExternal: async () => undefined,
    languageChanged: () => undefined,
  };
  return { handlers: createDocumentHandlers(deps), session: deps.session, answers, asked };
}

describe('document handlers', () => {
  it('saves a new document through Save As, then to the same file, and discards the autosave', async () => {
    const { handlers, session, answers, asked } = setUp('save');
    const document = sampleDocument('quarter', 'en');
    await handlers['recovery:write']({ document });
    await handlers['document:setDirty']({ dirty: true });
    expect(session.dirty).toBe(true);

    const path = join(folder, 'save', 'Retention.xlsx');
    answers.push(path);
    expect(await handlers['document:save']({ document, saveAs: false })).toEqual({ fileName: 'Retention.xlsx' });
    expect(asked).toEqual(['save as Retention.xlsx']);
    expect(session).toMatchObject({ documentPath: path, dirty: false });
    expect(await handlers['recovery:check']({})).toBeNull();

    expect(await handlers['document:save']({ document, saveAs: false })).toEqual({ fileName: 'Retention.xlsx' });
    expect(asked).toHaveLength(1); // the second Save asks nothing
  });

  it('never writes over the imported source file unless the user picks it in Save As', async () => {
    const { handlers, session, answers, asked } = setUp('source');
    const source = join(folder, 'source', 'customers.xlsx');
    writeFileSync(source, 'the customer list');
    session.importedList = { customers: sampleCustomers(5), sourcePath: source };
    session.documentPath = source; // as if something had pointed the document at its source
    const document = sampleDocument('month', 'fi');

    expect(await handlers['document:save']({ document, saveAs: false })).toBeNull(); // cancelled
    expect(asked).toEqual(['save as customers.xlsx']);
    expect(readFileSync(source, 'utf8')).toBe('the customer list');

    answers.push(source); // now the user picks it explicitly
    expect(await handlers['document:save']({ document, saveAs: true })).toEqual({ fileName: 'customers.xlsx' });
    expect(readFileSync(source, 'utf8')).not.toBe('the customer list');
  });

  it('opens a saved workbook with its customer list, so the next Save keeps the list', async () => {
    const first = setUp('open-a');
    const path = join(folder, 'open-a', 'Book.xlsx');
    const customers = sampleCustomers(12);
    first.session.importedList = { customers, sourcePath: join(folder, 'customers.csv') };
    first.answers.push(path);
    const document = sampleDocument('year', 'fi');
    await first.handlers['document:save']({ document, saveAs: true });

    const second = setUp('open-b');
    expect(await second.handlers['document:open']({})).toBeNull(); // cancelled
    second.answers.push(path);
    const opened = await second.handlers['document:open']({});
    expect(opened).toEqual({ document: { ...document, source: 'workbook' }, fileName: 'Book.xlsx' });
    expect(second.session).toMatchObject({ documentPath: path, importedList: { customers, sourcePath: path } });
    await second.handlers['document:save']({ document, saveAs: false });
    expect(second.asked).toEqual(['open', 'open']);
    expect(existsSync(path)).toBe(true);
  });
});
