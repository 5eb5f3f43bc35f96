/** The import flow: choose a file, check the mapping, see the grid; a failed import changes nothing. */
import { expect, test } from '../harness/fixtures';
import { writeCorruptXlsx, writeCustomerListCsv, writePeriodTableXlsx } from '../support/files';

test('a customer list (CSV) imports through the mapping step into periods, with its report', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await expect(page.getByTestId('import-shape')).toHaveValue('customerList');
  await expect(page.getByTestId('import-map-startDate')).toHaveValue('1');
  await expect(page.getByTestId('import-map-endDate')).toHaveValue('2');
  await expect(page.getByTestId('import-preview').locator('tbody tr').first()).toContainText('5 Jan 2024');
  await app.confirmImport();

  await expect(app.rows).toHaveCount(3);
  await expect(app.cell(0, 'label')).toHaveText('2024-01');
  await expect(app.cell(1, 'customersAtStart')).toHaveText('2');
  await expect(app.cell(1, 'newCustomers')).toHaveText('2');
  await expect(app.cell(1, 'customersAtEnd')).toHaveText('3');
  await expect(app.cell(1, 'retentionRate')).toHaveText('50.0%');
  await expect(app.cell(2, 'retentionRate')).toHaveText('66.7%');
  // Exact retention from the list: February keeps C1 of {C1, C2}, March C1 and C3 of {C1, C3, C4}.
  await expect(app.cell(1, 'customersRetained')).toHaveText('1');
  await expect(app.cell(1, 'exactRetentionRate')).toHaveText('50.0%');
  await expect(app.cell(2, 'exactRetentionRate')).toHaveText('66.7%');
  await expect(app.cell(0, 'exactRetentionRate')).toHaveText('—');
  await expect(app.statusInfo).toContainText('Imported 5 of 6 rows from customers.csv.');
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('import-issue')).toHaveCount(1);
  await expect(report.getByTestId('import-issue')).toContainText('soon');
  await app.view('charts');
  await expect(page.getByTestId('cohort-heatmap').locator('tbody tr')).toHaveCount(3);
});

test('a period table (xlsx) imports from the chosen sheet with columns mapped by hand', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(await writePeriodTableXlsx(harness.filesDir));
  await app.chooseSheet('Quarters');
  await expect(page.getByTestId('import-shape')).toHaveValue('periodTable');
  await expect(page.getByTestId('import-map-customersAtEnd')).toHaveValue('3');
  await expect(page.getByTestId('import-map-promoters')).toHaveValue('');
  await page.getByTestId('import-map-promoters').selectOption('4');
  await page.getByTestId('import-map-passives').selectOption('5');
  await page.getByTestId('import-map-detractors').selectOption('6');
  await app.confirmImport();
  await expect(app.rows).toHaveCount(2);
  await expect(app.cell(0, 'label')).toHaveText('2024-Q1');
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
  await expect(app.cell(0, 'nps')).toHaveText('30.0');
  await expect(app.cell(0, 'npsMarginOfError')).toHaveText('±10.8');
  await expect(app.cell(1, 'retentionRate')).toHaveText('70.0%');
  await expect(app.cell(1, 'exactRetentionRate')).toHaveText('—'); // a period table has no R
  // Q2 does not start with the customers Q1 ended with: no retention over the range, and why.
  await expect(app.page.getByTestId('card-range-retentionRate-value')).toHaveText('—');
  await expect(app.page.getByTestId('range-note')).toContainText('The periods do not chain');
  await expect(app.totalsCell('retentionRate')).toHaveText('—');
  await app.view('charts');
  await expect(app.chartValue('nps-chart', '2024-Q1', 'npsUpper')).toHaveText('40.8');
  // The import is one step: undo brings back the empty document.
  await app.undo();
  await expect(app.rows).toHaveCount(0);
});

test('a mapping the import refuses keeps the mapping step open with the reason, until a mapping it accepts', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(await writePeriodTableXlsx(harness.filesDir));
  await app.chooseSheet('Quarters');
  await expect(page.getByTestId('import-map-customersAtEnd')).toHaveValue('3');
  await page.getByTestId('import-map-customersAtEnd').selectOption('');
  await page.getByTestId('import-run').click();
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('This mapping cannot be imported');
  await expect(error).toContainText('No column is chosen for "Customers at end", which a period table needs.');
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(app.rows).toHaveCount(0);

  await page.getByTestId('import-map-customersAtEnd').selectOption('3');
  await expect(error).toBeHidden();
  await app.confirmImport();
  await expect(app.rows).toHaveCount(2);
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
});

test('a corrupt workbook shows the error and leaves the current document as it was', async ({ app, harness }) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.paste('107\t21\t120');
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
  harness.main.dialogs.importFile = writeCorruptXlsx(harness.filesDir);
  await app.button('tb-import').click();
  await expect(app.statusError).toContainText('The import failed; the document is as it was.');
  await expect(app.statusError).toContainText('broken.xlsx');
  await expect(app.importDialog).toBeHidden();
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
});

test('a file dropped on the window goes to the mapping step', async ({ app, harness, page }) => {
  harness.main.droppedFiles.set('customers.csv', writeCustomerListCsv(harness.filesDir));
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['ignored'], 'customers.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(app.importDialog).toBeHidden();
  await expect(app.rows).toHaveCount(0);
});
