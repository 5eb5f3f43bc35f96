import { afterAll, describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../shared/calendar';
import type { Events, EventName } from '../../shared/ipc/contract';
import { tempFolder } from '../../test/support/workbooks';
import { createDocumentHandlers } from '../document/handlers';
import type { MainDeps } from '../ipc/mainDeps';
import { createSession } from '../session';
import { readRetentionWorkbook } from '../workbook/readWorkbook';
import { createImportHandlers } from './handlers';

const folder = tempFolder('example-handler');
afterAll(() => folder.remove());

/** 2 December 2026: the example's months run 2023-12 … 2026-11. */
const today = () => dayNumberOf(2026, 12, 2);

function setUp(savePath: string | null = null) {
  const suggested: string[] = [];
  const deps: MainDeps = {
    dialogs: {
      chooseImportFile: async () => null,
      chooseWorkbookToOpen: async () => null,
      chooseSavePath: async (name) => {
        suggested.push(name);
        return savePath;
      },
    },
    emit: <E extends EventName>(_event: E, _payload: Events[E]) => {},
    session: createSession(),
    userDataDir: folder.dir,
    appVersion: '0.0.0',
    systemLocale: 'en-GB',
    openExternal: async () => {},
    languageChanged: () => {},
  };
  return { deps, suggested, imports: createImportHandlers(deps, {}, today), documents: createDocumentHandlers(deps) };
}

describe('the example data handler', () => {
  it('answers like a finished import: the session holds the list under the document’s id', async () => {
    const { deps, imports } = setUp();
    const outcome = await imports['import:example']({ language: 'fi', periodKind: 'month' });
    const { document, report } = outcome;
    expect(document.periods.map((period) => period.label)).toHaveLength(36);
    expect(document.periods.at(-1)?.label).toBe('2026-11');
    expect(document.settings.language).toBe('fi');
    expect(document.listId).toBeDefined();
    expect(deps.session.importedList).toMatchObject({ id: document.listId, sourcePath: 'Esimerkkiaineisto' });
    expect(deps.session.importedList?.customers).toHaveLength(document.listStats!.customers);
    expect(report).toMatchObject({ fileName: 'Esimerkkiaineisto', rowsRejected: 0, issues: [] });
  });

  it('regroups by quarter and counts a range from the held list, as after an import', async () => {
    const { imports } = setUp();
    const { listId = '' } = (await imports['import:example']({ language: 'en', periodKind: 'month' })).document;
    const quarters = await imports['import:reaggregate']({ listId, periodKind: 'quarter' });
    expect(quarters.periods.at(-2)).toMatchObject({
      label: '2026-Q3',
      customersAtStart: 150,
      newCustomers: 50,
      customersAtEnd: 193,
    });
    const range = await imports['import:listRange']({ listId, firstDay: '2026-01-01', lastDay: '2026-03-31' });
    expect(range).toMatchObject({
      customersAtStart: 107,
      newCustomers: 21,
      customersAtEnd: 120,
      customersRetained: 99,
    });
  });

  it('replaces the list of an earlier import: the earlier document no longer regroups', async () => {
    const { imports } = setUp();
    const first = (await imports['import:example']({ language: 'en', periodKind: 'month' })).document;
    const second = (await imports['import:example']({ language: 'en', periodKind: 'quarter' })).document;
    expect(second.listId).not.toBe(first.listId);
    expect(second.periods.at(-1)?.label).toBe('2026-Q4');
    await expect(
      imports['import:reaggregate']({ listId: first.listId ?? '', periodKind: 'year' }),
    ).rejects.toMatchObject({ code: 'invalidRequest', reason: { key: 'importError.nothingToRegroup' } });
  });

  it('is a new unsaved document: Save asks for a name, and writes the list with it', async () => {
    const target = folder.file('example.xlsx');
    const { deps, suggested, imports, documents } = setUp(target);
    deps.session.documentPath = folder.file('earlier.xlsx');
    const { document } = await imports['import:example']({ language: 'en', periodKind: 'month' });
    expect(deps.session.documentPath).toBeNull();
    expect(await documents['document:save']({ document, saveAs: false })).toEqual({ fileName: 'example.xlsx' });
    expect(suggested).toEqual(['Example data retention.xlsx']);
    const saved = await readRetentionWorkbook(target);
    expect(saved.customers).toHaveLength(document.listStats!.customers);
    expect(saved.document.periods).toHaveLength(36);
  });
});
