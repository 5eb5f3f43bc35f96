/**
 * The first-run welcome panel of an empty document: Import, the drop target, the files
 * that work and "Try with example data". The example behaves like an import of a customer
 * list (it regroups, counts its summary range from the list, saves under a name the user
 * gives, and one undo takes it back to the empty document). Screenshots of the panel and
 * of the example, in English and Finnish at 1366×768 and 1920×1080, are for a person to
 * look at (test-results/e2e/…/*.png).
 *
 * The example's months end with last month, so the expected labels come from today.
 */
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import type { WorkspacePage } from '../harness/WorkspacePage';
import { writeCustomerListCsv } from '../support/files';
import { forEachScreen } from '../support/screens';

/** Months as year × 12 + month − 1, as the example places them (electron/import/exampleList.ts). */
function exampleMonths(now = new Date()) {
  const lastMonth = now.getFullYear() * 12 + now.getMonth() - 1;
  const quarterEnd = lastMonth - (((lastMonth % 12) + 1) % 3);
  const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  const quarterOf = (index: number) => Math.floor(index / 3);
  const firstMonth = lastMonth - 35;
  return {
    first: monthLabel(firstMonth),
    last: monthLabel(lastMonth),
    /** The last full quarter: its row among the quarters, and its label. */
    workedQuarterRow: quarterOf(quarterEnd) - quarterOf(firstMonth),
    workedQuarter: `${Math.floor(quarterEnd / 12)}-Q${Math.floor((quarterEnd % 12) / 3) + 1}`,
    quarters: quarterOf(lastMonth) - quarterOf(firstMonth) + 1,
  };
}

const welcome = (app: WorkspacePage) => app.page.getByTestId('grid-empty');

/** Opens the example and waits for its 36 months (the grid draws only the rows in view: the first and the latest). */
async function openExample(app: WorkspacePage): Promise<void> {
  const months = exampleMonths();
  await app.button('welcome-example').click();
  await expect(welcome(app)).toBeHidden();
  await expect(app.cell(0, 'label')).toHaveText(months.first);
  await expect(app.page.getByTestId('summary').getByRole('heading')).toContainText(months.last);
}

test('an empty document shows the welcome panel, which Import and a drop both leave for the mapping step', async ({
  app,
  harness,
  page,
}) => {
  await expect(welcome(app)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Pito' })).toBeVisible();
  await expect(app.button('welcome-import')).toHaveText('Import a file…');
  await expect(app.button('welcome-drop')).toContainText('or drop the file anywhere in this window');
  await expect(welcome(app)).toContainText('Excel (.xlsx) or CSV (.csv), with Finnish or English column headers.');
  await expect(welcome(app)).toContainText('Definitions (F1) explains every figure.');
  await expect(app.button('welcome-example')).toHaveText('Try with example data');

  // The large Import is the toolbar's Import: the file dialog, then the mapping step.
  harness.main.dialogs.importFile = writeCustomerListCsv(harness.filesDir);
  await app.button('welcome-import').click();
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(app.importDialog).toBeHidden();
  await expect(welcome(app)).toBeVisible();

  // A file dropped on the panel's drop target goes the way of one dropped anywhere on the window.
  harness.main.droppedFiles.set('customers.csv', writeCustomerListCsv(harness.filesDir));
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['ignored'], 'customers.csv', { type: 'text/csv' }));
    return transfer;
  });
  await app.button('welcome-drop').dispatchEvent('dragover', { dataTransfer: data });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await app.button('welcome-drop').dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await app.button('import-run').click();
  await expect(app.importDialog).toBeHidden();
  await expect(welcome(app)).toBeHidden();
  await expect(app.rows).toHaveCount(3);
});

test('the example data opens like an import: periods, the summary, regrouping, save, and one undo back', async ({
  app,
  harness,
  page,
}) => {
  const months = exampleMonths();
  await openExample(app);
  await expect(app.statusInfo).toContainText('Opened the example data:');
  await expect(app.statusInfo).toContainText('Definitions (F1) explains every figure.');
  await expect(page.getByTestId('document-title')).toHaveText('Untitled (unsaved changes)');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'true');

  // The summary: the trailing twelve months counted from the list, with CLV (the example sets a margin).
  await expect(page.getByTestId('range-choice')).toHaveValue('trailingTwelveMonths');
  await expect(page.getByTestId('range-span')).toContainText(months.last);
  await expect(page.getByTestId('card-range-retentionRate-value')).toHaveText(/^\d{2}\.\d%$/);
  await expect(page.getByTestId('card-clv-value')).toHaveText(/\d/);

  // Quarters: the last full one is the articles' worked example S 150, N 50, E 193 → 95.3 %.
  await app.command('tb-settings');
  await page.getByTestId('settings-period-kind').selectOption('quarter');
  // Until the months' rows have left, a row index can name two rows.
  await expect(app.rows).toHaveCount(months.quarters);
  const row = months.workedQuarterRow;
  await expect(app.cell(row, 'label')).toHaveText(months.workedQuarter);
  await expect(app.cell(row, 'customersAtStart')).toHaveText('150');
  await expect(app.cell(row, 'newCustomers')).toHaveText('50');
  await expect(app.cell(row, 'customersAtEnd')).toHaveText('193');
  await expect(app.cell(row, 'retentionRate')).toHaveText('95.3%');
  await expect(app.cell(row - 2, 'customersAtStart')).toHaveText('107');
  await expect(app.cell(row - 2, 'retentionRate')).toHaveText('92.5%');
  await app.undo();
  await expect(page.getByTestId('settings-period-kind')).toHaveValue('month');
  await expect(app.grid.getByRole('gridcell', { name: months.first, exact: true })).toBeVisible();

  // Save asks for a name: it is a new document, no workbook holds it.
  const path = join(harness.filesDir, 'example.xlsx');
  harness.main.dialogs.savePath = path;
  await app.button('tb-save').click();
  await expect(app.statusInfo).toContainText('Saved example.xlsx');
  await expect(page.getByTestId('document-title')).toHaveText('example.xlsx');
});

test('one undo takes the example back to the empty document and its welcome panel', async ({ app, page }) => {
  await openExample(app);
  await app.undo();
  await expect(app.rows).toHaveCount(0);
  await expect(welcome(app)).toBeVisible();
  await expect(app.button('welcome-example')).toBeEnabled();
  await expect(page.getByTestId('summary')).toHaveCount(0); // the welcome panel stands in its place
  await app.redo();
  await expect(welcome(app)).toBeHidden();
  await expect(app.cell(0, 'label')).toHaveText(exampleMonths().first);
});

test.describe('in Finnish', () => {
  test.use({ systemLocale: 'fi-FI' });

  test('the welcome panel and the example speak Finnish', async ({ app, page }) => {
    await expect(page.getByRole('heading', { name: 'Tervetuloa Pitoon' })).toBeVisible();
    await expect(app.button('welcome-import')).toHaveText('Tuo tiedosto…');
    await expect(app.button('welcome-drop')).toContainText('tai pudota tiedosto mihin tahansa tähän ikkunaan');
    await expect(welcome(app)).toContainText('Määritelmät (F1) selittää jokaisen luvun.');
    await expect(app.button('welcome-example')).toHaveText('Kokeile esimerkkiaineistolla');
    await openExample(app);
    await expect(app.statusInfo).toContainText('Esimerkkiaineisto avattiin:');
    await app.command('tb-report');
    await expect(page.getByTestId('import-report-summary')).toContainText('Esimerkkiaineisto');
  });
});

forEachScreen(({ name }) => {
  test('the welcome panel and the example document', async ({ app, page }, testInfo) => {
    await expect(welcome(app)).toBeVisible();
    // The whole panel, its Import and the example's button are in view without scrolling.
    await expect(app.button('welcome-import')).toBeInViewport();
    await expect(app.button('welcome-example')).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: testInfo.outputPath(`welcome-${name}.png`) });
    await openExample(app);
    await page.screenshot({ path: testInfo.outputPath(`welcome-example-${name}.png`) });
  });
});
