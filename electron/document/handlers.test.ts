import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateCustomers } from '../../shared/aggregate';
import { createEmptyDocument } from '../../shared/document';
import { sampleCustomers, sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { createImportHandlers } from '../import/handlers';
import type { MainDeps } from '../ipc/mainDeps';
import { createSession, holdList } from '../session';
import { readRetentionWorkbook } from '../workbook/readWorkbook';
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
  return { handlers: createDocumentHandlers(deps), deps, session: deps.session, answers, asked };
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
    holdList(session, sampleCustomers(5), source);
    session.documentPath = source; // as if something had pointed the document at its source
    const document = sampleDocument('month', 'fi');

    expect(await handlers['document:save']({ document, saveAs: false })).toBeNull(); // cancelled
    expect(asked).toEqual(['save as customers.xlsx']);
    expect(readFileSync(source, 'utf8')).toBe('the customer list');

    answers.push(source); // now the user picks it explicitly
    expect(await handlers['document:save']({ document, saveAs: true })).toEqual({ fileName: 'customers.xlsx' });
    expect(readFileSync(source, 'utf8')).not.toBe('the customer list');
  });

  it('opens a saved workbook with its customer list, so it regroups and the next Save keeps the list', async () => {
    const first = setUp('open-a');
    const path = join(folder, 'open-a', 'Book.xlsx');
    const customers = sampleCustomers(12);
    const listId = holdList(first.session, customers, join(folder, 'customers.csv'));
    first.answers.push(path);
    const document = sampleDocument('year', 'fi');
    await first.handlers['document:save']({ document: { ...document, listId }, saveAs: true });

    const second = setUp('open-b');
    expect(await second.handlers['document:open']({})).toBeNull(); // cancelled
    second.answers.push(path);
    const opened = await second.handlers['document:open']({});
    const held = second.session.importedList;
    expect(held).toMatchObject({ customers, sourcePath: path });
    expect(held?.id).not.toBe(listId); // an id names a list of one running app, never one saved
    expect(opened).toEqual({ document: { ...document, source: 'workbook', listId: held?.id }, fileName: 'Book.xlsx' });
    expect(second.session.documentPath).toBe(path);

    // The bug of issue 12: the reopened document's list regroups as the import groups it.
    const regroup = createImportHandlers(second.deps)['import:reaggregate'];
    const { periods, cohorts } = aggregateCustomers(customers, 'quarter');
    expect(await regroup({ listId: opened?.document.listId ?? '', periodKind: 'quarter' })).toEqual({
      periods,
      cohorts,
    });

    await second.handlers['document:save']({ document: opened?.document ?? document, saveAs: false });
    expect(second.asked).toEqual(['open', 'open']);
    expect((await readRetentionWorkbook(path)).customers).toEqual(customers);
  });

  it('opens a workbook without a customer list holding none, so the last import cannot stand behind it', async () => {
    const { handlers, session, answers } = setUp('open-table');
    const path = join(folder, 'open-table', 'Table.xlsx');
    answers.push(path);
    await handlers['document:save']({ document: sampleDocument('quarter', 'en'), saveAs: true });
    holdList(session, sampleCustomers(4), join(folder, 'open-table', 'customers.csv'));

    answers.push(path);
    const opened = await handlers['document:open']({});
    expect(opened?.document.listId).toBeUndefined();
    expect(session.importedList).toBeNull();
  });

  it("saves an earlier import's document without the customers of the later list the session holds", async () => {
    const { handlers, session, answers } = setUp('earlier');
    const earlierId = holdList(session, sampleCustomers(3), join(folder, 'earlier', 'a.csv'));
    const laterCustomers = sampleCustomers(8);
    const laterId = holdList(session, laterCustomers, join(folder, 'earlier', 'b.csv'));
    const document = sampleDocument('month', 'en');

    const earlierPath = join(folder, 'earlier', 'Earlier.xlsx');
    answers.push(earlierPath);
    await handlers['document:save']({ document: { ...document, listId: earlierId }, saveAs: true });
    expect((await readRetentionWorkbook(earlierPath)).customers).toBeNull();

    const laterPath = join(folder, 'earlier', 'Later.xlsx');
    answers.push(laterPath);
    await handlers['document:save']({ document: { ...document, listId: laterId }, saveAs: true });
    expect((await readRetentionWorkbook(laterPath)).customers).toEqual(laterCustomers);
  });

  it('autosaves the periods without the list id, which names a list only this run of the app holds', async () => {
    const { handlers } = setUp('recovery');
    const document = { ...createEmptyDocument(), source: 'customerList' as const };
    await handlers['recovery:write']({ document: { ...document, listId: 'list-of-this-run' } });
    const recovered = await handlers['recovery:check']({});
    expect(recovered?.document).toEqual(document);
    expect(recovered?.document).not.toHaveProperty('listId');
  });
});
