import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Events, EventName } from '../../shared/ipc/contract';
import { tempFolder, writeText } from '../../test/support/workbooks';
import type { MainDeps } from '../ipc/mainDeps';
import { createSession } from '../session';
import { createImportHandlers } from './handlers';

const folder = tempFolder('handlers');
afterAll(() => folder.remove());

function depsWith(chosen: string | null): { deps: MainDeps; events: [EventName, unknown][] } {
  const events: [EventName, unknown][] = [];
  const deps: MainDeps = {
    dialogs: {
      chooseImportFile: async () => chosen,
      chooseWorkbookToOpen: async () => null,
      chooseSavePath: async () => null,
    },
    emit: <E extends EventName>(event: E, payload: Events[E]) => void events.push([event, payload]),
    session: createSession(),
    userDataDir: folder.dir,
    appVersion: '0.0.0',
    systemLocale: 'fi-FI',
    openExternal: async () => {},
    languageChanged: () => {},
  };
  return { deps, events };
}

const list = 'Customer ID;Start date;End date\nA;1.1.2024;\nB;15.2.2024;1.3.2024\n';
const mapping = {
  shape: 'customerList' as const,
  columns: { customerId: 0, startDate: 1, endDate: 2 },
  dateOrder: 'dayFirst' as const,
};

describe('import handlers', () => {
  it('hand out ids for chosen files, import, keep the list and regroup it', async () => {
    const path = writeText(folder.file('list.csv'), list);
    const { deps } = depsWith(path);
    const handlers = createImportHandlers(deps);
    const handle = await handlers['import:chooseFile']({});
    expect(handle).toMatchObject({ fileName: 'list.csv', sizeBytes: list.length });
    const fileId = handle?.fileId ?? '';
    expect(deps.session.files.get(fileId)).toBe(path);
    const preview = await handlers['import:preview']({ fileId, sheet: null });
    expect(preview.mapping).toEqual(mapping);
    const outcome = await handlers['import:run']({ fileId, jobId: 'j1', sheet: null, mapping, periodKind: 'month' });
    expect(outcome.document.periods.map((p) => p.label)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(outcome.document.settings.language).toBe('fi');
    expect(deps.session.importedList).toMatchObject({ id: outcome.document.listId, sourcePath: path });
    const listId = outcome.document.listId ?? '';
    const quarters = await handlers['import:reaggregate']({ listId, periodKind: 'quarter' });
    expect(quarters.periods.map((p) => [p.label, p.newCustomers, p.customersAtEnd])).toEqual([['2024-Q1', 2, 1]]);
  });

  it("regroup only the list of the latest import, and refuse an earlier import's document", async () => {
    const { deps } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const importList = async (name: string, text: string) => {
      const fileId = (await handlers['import:droppedFile']({ path: writeText(folder.file(name), text) })).fileId;
      return (await handlers['import:run']({ fileId, jobId: name, sheet: null, mapping, periodKind: 'month' }))
        .document;
    };
    const first = await importList('list-a.csv', list);
    const second = await importList('list-b.csv', `${list}C;1.4.2024;\n`);
    expect(first.listId).not.toBe(second.listId);

    // Undone back to the first import, the renderer names its list: the session holds only the second.
    await expect(
      handlers['import:reaggregate']({ listId: first.listId ?? '', periodKind: 'quarter' }),
    ).rejects.toMatchObject({
      code: 'invalidRequest',
      reason: { key: 'importError.nothingToRegroup' },
      message: expect.stringContaining('Import the list again to regroup its periods.'),
    });
    const quarters = await handlers['import:reaggregate']({ listId: second.listId ?? '', periodKind: 'quarter' });
    expect(quarters.periods.map((p) => p.label)).toEqual(['2024-Q1', '2024-Q2']);
  });

  it('count a range from the held list only, as one period', async () => {
    const { deps } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const fileId = (await handlers['import:droppedFile']({ path: writeText(folder.file('range.csv'), list) })).fileId;
    const { listId = '' } = (
      await handlers['import:run']({ fileId, jobId: 'r', sheet: null, mapping, periodKind: 'month' })
    ).document;
    // February and March: A there from the start and kept; B new on 15.2 and gone on 1.3.
    const range = await handlers['import:listRange']({ listId, firstDay: '2024-02-01', lastDay: '2024-03-31' });
    expect(range).toMatchObject({ customersAtStart: 1, newCustomers: 1, customersAtEnd: 1, customersRetained: 1 });
    await expect(
      handlers['import:listRange']({ listId: 'another', firstDay: '2024-02-01', lastDay: '2024-03-31' }),
    ).rejects.toMatchObject({ code: 'invalidRequest', reason: { key: 'importError.listGone' } });
  });

  it('hold no list for a period table, so nothing regroups it', async () => {
    const { deps } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const table = writeText(
      folder.file('table.csv'),
      'Period;Customers at start;New customers;Customers at end\n2024-Q1;10;2;11\n',
    );
    const fileId = (await handlers['import:droppedFile']({ path: table })).fileId;
    const preview = await handlers['import:preview']({ fileId, sheet: null });
    const outcome = await handlers['import:run']({
      fileId,
      jobId: 't',
      sheet: null,
      mapping: preview.mapping,
      periodKind: 'month',
    });
    expect(outcome.document.source).toBe('periodTable');
    expect(outcome.document.listId).toBeUndefined();
    expect(deps.session.importedList).toBeNull();
  });

  it('give an imported document the UI language the renderer named, over the system locale', async () => {
    const path = writeText(folder.file('list-en.csv'), list);
    const { deps } = depsWith(path);
    deps.session.language = 'en';
    const handlers = createImportHandlers(deps);
    const fileId = (await handlers['import:chooseFile']({}))?.fileId ?? '';
    const outcome = await handlers['import:run']({ fileId, jobId: 'j2', sheet: null, mapping, periodKind: 'month' });
    expect(outcome.document.settings.language).toBe('en');
  });

  it('answers null when the dialog is cancelled', async () => {
    expect(await createImportHandlers(depsWith(null).deps)['import:chooseFile']({})).toBeNull();
  });

  it('refuse dropped paths that are no importable file', async () => {
    const handlers = createImportHandlers(depsWith(null).deps);
    await expect(handlers['import:droppedFile']({ path: folder.file('none.csv') })).rejects.toThrow(
      'none.csv cannot be imported: it is not a file that exists.',
    );
    await expect(handlers['import:droppedFile']({ path: folder.dir })).rejects.toMatchObject({ code: 'badFile' });
    const pdf = writeText(folder.file('report.pdf'), '%PDF');
    await expect(handlers['import:droppedFile']({ path: pdf })).rejects.toThrow(
      'report.pdf cannot be imported: Pito reads .xlsx workbooks and .csv or .txt files.',
    );
    await expect(handlers['import:preview']({ fileId: 'unknown', sheet: null })).rejects.toMatchObject({
      code: 'invalidRequest',
      reason: { key: 'importError.fileGone' },
    });
  });

  it('leave the session untouched when an import fails', async () => {
    const good = writeText(folder.file('good.csv'), list);
    const bad = writeText(folder.file('bad.xlsx'), 'not a zip');
    const { deps } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const goodId = (await handlers['import:droppedFile']({ path: good })).fileId;
    await handlers['import:run']({ fileId: goodId, jobId: 'a', sheet: null, mapping, periodKind: 'month' });
    const before = deps.session.importedList;
    const badId = (await handlers['import:droppedFile']({ path: bad })).fileId;
    await expect(
      handlers['import:run']({ fileId: badId, jobId: 'b', sheet: null, mapping, periodKind: 'month' }),
    ).rejects.toMatchObject({ code: 'badFile' });
    expect(deps.session.importedList).toBe(before);
  });

  it('cancel a running import', async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `C${i};1.1.2024;`).join('\n');
    const path = writeText(folder.file('big.csv'), `Customer ID;Start date;End date\n${rows}\n`);
    const { deps } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const fileId = (await handlers['import:droppedFile']({ path })).fileId;
    const running = handlers['import:run']({ fileId, jobId: 'big', sheet: null, mapping, periodKind: 'month' });
    await handlers['import:cancel']({ jobId: 'big' });
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(deps.session.importedList).toBeNull();
  });

  it('remember the mapping of a successful import and propose it for the next file with the same headers', async () => {
    const unknownHeaders = 'Kenttä 1;Kenttä 2;Kenttä 3\nA;1.1.2024;\nB;15.2.2024;1.3.2024\n';
    const first = writeText(folder.file('first.csv'), unknownHeaders);
    const second = writeText(folder.file('second.csv'), unknownHeaders.replace('A;', 'Z;'));
    const other = writeText(folder.file('other.csv'), unknownHeaders.replace('Kenttä 3', 'Kenttä 4'));
    const { deps } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const firstId = (await handlers['import:droppedFile']({ path: first })).fileId;
    const detected = await handlers['import:preview']({ fileId: firstId, sheet: null });
    expect(detected.remembered).toBe(false);
    const chosen = {
      shape: 'customerList' as const,
      columns: { customerId: 0, startDate: 1, endDate: 2 },
      dateOrder: 'monthFirst' as const,
    };
    // A refused run remembers nothing.
    await expect(
      handlers['import:run']({
        fileId: firstId,
        jobId: 'r0',
        sheet: null,
        mapping: { ...chosen, columns: { customerId: 0 } },
        periodKind: 'month',
      }),
    ).rejects.toMatchObject({ code: 'invalidRequest' });
    const secondId = (await handlers['import:droppedFile']({ path: second })).fileId;
    expect((await handlers['import:preview']({ fileId: secondId, sheet: null })).remembered).toBe(false);

    await handlers['import:run']({ fileId: firstId, jobId: 'r1', sheet: null, mapping: chosen, periodKind: 'month' });
    const proposed = await handlers['import:preview']({ fileId: secondId, sheet: null });
    expect(proposed.remembered).toBe(true);
    expect(proposed.mapping).toEqual(chosen);
    expect(proposed.confidence).toEqual({ customerId: 1, startDate: 1, endDate: 1 });
    // Another handler set (the app started again) reads the same data folder.
    const again = createImportHandlers(deps);
    const otherId = (await again['import:droppedFile']({ path: other })).fileId;
    expect((await again['import:preview']({ fileId: otherId, sheet: null })).remembered).toBe(false);
    const secondAgain = (await again['import:droppedFile']({ path: second })).fileId;
    expect((await again['import:preview']({ fileId: secondAgain, sheet: null })).mapping.columns).toEqual(
      chosen.columns,
    );
  });

  it('read a damaged file of remembered mappings as nothing remembered', async () => {
    const path = writeText(folder.file('damaged.csv'), list);
    const { deps } = depsWith(null);
    deps.userDataDir = folder.file('damaged-data');
    mkdirSync(deps.userDataDir);
    writeText(folder.file('damaged-data/import-mappings.json'), '{"version":1,"entries":[{"key":');
    const handlers = createImportHandlers(deps);
    const fileId = (await handlers['import:droppedFile']({ path })).fileId;
    const preview = await handlers['import:preview']({ fileId, sheet: null });
    expect(preview).toMatchObject({ remembered: false, mapping });
    await handlers['import:run']({ fileId, jobId: 'd', sheet: null, mapping, periodKind: 'month' });
    expect((await handlers['import:preview']({ fileId, sheet: null })).remembered).toBe(true);
  });

  it('send progress while reading', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `C${i};1.1.2024;`).join('\n');
    const path = writeText(folder.file('progress.csv'), `Customer ID;Start date;End date\n${rows}\n`);
    const { deps, events } = depsWith(null);
    const handlers = createImportHandlers(deps);
    const fileId = (await handlers['import:droppedFile']({ path })).fileId;
    await handlers['import:run']({ fileId, jobId: 'p', sheet: null, mapping, periodKind: 'month' });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject(['import:progress', { jobId: 'p', totalRows: null }]);
  });
});
