/**
 * The kind of period of a document with its customer list regroups the list, after a
 * reopen too, as the import groups it; a document whose periods no held list stands
 * behind (a period table, an earlier import undone back to, restored edits) shows the
 * choice disabled with the reason in the user's language.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { DERIVED_FIELDS, INPUT_FIELDS } from '../../../shared/document';
import { expect, test } from '../harness/fixtures';
import type { WorkspacePage } from '../harness/WorkspacePage';
import { writeCustomerListCsv, writePeriodTableXlsx } from '../support/files';

const periodKind = (app: WorkspacePage): Locator => app.page.getByTestId('settings-period-kind');
const reason = (app: WorkspacePage): Locator => app.page.getByTestId('settings-period-kind-reason');

/** What the grid shows of the first period and of the whole-range row, column by column. */
async function shownFigures(app: WorkspacePage): Promise<Record<string, string>> {
  const shown: Record<string, string> = { label: await app.cell(0, 'label').innerText() };
  for (const field of [...INPUT_FIELDS, ...DERIVED_FIELDS]) {
    shown[field] = await app.cell(0, field).innerText();
    shown[`whole range ${field}`] = await app.totalsCell(field).innerText();
  }
  return shown;
}

test('a reopened workbook regroups its customer list by quarter as importing it by quarter does', async ({
  app,
  harness,
}) => {
  const list = writeCustomerListCsv(harness.filesDir);
  await app.startImport(list);
  await app.confirmImport();
  await app.saveAndReopen(join(harness.filesDir, 'retention.xlsx'));
  await expect(app.rows).toHaveCount(3);

  await app.button('tb-settings').click();
  await expect(periodKind(app)).toBeEnabled();
  await periodKind(app).selectOption('quarter');
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'label')).toHaveText('2024-Q1');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'true');
  const regrouped = await shownFigures(app);

  // One undo brings back the months and the document as opened.
  await app.undo();
  await expect(periodKind(app)).toHaveValue('month');
  await expect(app.rows).toHaveCount(3);
  await expect(app.cell(0, 'label')).toHaveText('2024-01');
  await expect(app.cell(2, 'retentionRate')).toHaveText('66.7%');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'false');

  // The same list imported by quarter: a new document's kind is the one its import counts by.
  await app.command('tb-new');
  await expect(periodKind(app)).toBeEnabled();
  await periodKind(app).selectOption('quarter');
  await app.startImport(list);
  await app.confirmImport();
  await expect(app.rows).toHaveCount(1);
  expect(await shownFigures(app)).toEqual(regrouped);
});

test("a period table's kind of period is disabled, saying why in English and in Finnish", async ({ app, harness }) => {
  await app.startImport(await writePeriodTableXlsx(harness.filesDir));
  await app.chooseSheet('Quarters');
  await app.confirmImport();
  await expect(app.rows).toHaveCount(2);
  await app.button('tb-settings').click();
  await expect(periodKind(app)).toBeDisabled();
  await expect(periodKind(app)).toHaveValue('quarter');
  await expect(reason(app)).toHaveText(
    'The periods come from a period table: they cannot be regrouped. Import the customer list to choose months, quarters or years.',
  );
  await expect(periodKind(app)).toHaveAccessibleDescription(await reason(app).innerText());
  await app.setLanguage('fi');
  await expect(reason(app)).toHaveText(
    'Jaksot ovat jaksotaulukosta, joten niitä ei voi ryhmitellä uudelleen. Tuo asiakasluettelo, niin voit valita kuukaudet, neljännekset tai vuodet.',
  );
  await expect(app.workspace).toHaveAttribute('data-dirty', 'true'); // the import, nothing more
  await expect(app.button('tb-undo')).toBeEnabled();
});

test('an earlier import undone back to is not regrouped with the later list, and says so', async ({ app, harness }) => {
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await app.confirmImport();
  const later = join(harness.filesDir, 'later');
  mkdirSync(later);
  await app.startImport(writeCustomerListCsv(later));
  await app.confirmImport();
  await app.button('tb-settings').click();
  await expect(periodKind(app)).toBeEnabled();

  // Back at the first import: the main side holds only the later list.
  await app.undo();
  await expect(periodKind(app)).toBeDisabled();
  await expect(reason(app)).toHaveText(
    'These periods belong to an earlier import, and Pito keeps only the customer list of the latest import or opened workbook: they cannot be regrouped. Import that customer list again to choose months, quarters or years.',
  );

  // Forward again, the later list's own document regroups.
  await app.redo();
  await expect(periodKind(app)).toBeEnabled();
  await periodKind(app).selectOption('year');
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'label')).toHaveText('2024');
});

test('restored edits of a customer list cannot be regrouped: the autosave keeps only the periods', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await app.confirmImport();
  await expect
    .poll(() => harness.main.calls.filter((channel) => channel === 'recovery:write').length)
    .toBeGreaterThan(0);
  await page.reload();
  await page.getByTestId('recovery-restore').click();
  await expect(app.rows).toHaveCount(3);
  await app.button('tb-settings').click();
  await expect(periodKind(app)).toBeDisabled();
  await expect(reason(app)).toHaveText(/^The customer list these periods were counted from is not open/);
});
