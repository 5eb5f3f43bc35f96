/**
 * The mapping step never imports silently: a file whose columns Pito does not recognise
 * is mapped by hand, a mapping the user confirmed is proposed again for a file with the
 * same headers, and dates that read either way ask for their order.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import type { WorkspacePage } from '../harness/WorkspacePage';
import { writeUnrecognisedCsv, writeUsDatesCsv } from '../support/files';

/** The preview cell of data row `row` (0-based) in column `column` (0-based). */
const previewCell = (page: Page, row: number, column: number) =>
  page.getByTestId('import-preview').locator('tbody tr').nth(row).locator('td').nth(column);

async function openReport(app: WorkspacePage, page: Page) {
  const report = page.getByTestId('import-report');
  if (!(await report.isVisible())) await app.command('tb-report');
  await expect(report).toBeVisible();
  return report;
}

test('a file whose columns Pito does not recognise opens the mapping step, mapped by hand', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(writeUnrecognisedCsv(harness.filesDir));
  await expect(page.getByTestId('import-not-recognised')).toContainText('Pito did not recognise the columns');
  await expect(page.getByTestId('import-map-startDate')).toHaveValue('');
  await expect(page.getByTestId('import-mark-startDate')).toHaveText('required');
  await expect(page.getByTestId('import-no-end-date')).toContainText('nobody is ever counted as lost');
  // Unmapped, the dates show as the file has them; the columns that hold dates are pointed out.
  await expect(previewCell(page, 0, 1)).toHaveText('5.1.2024');
  await expect(page.getByTestId('import-unplaced')).toHaveText([
    'Column B "Kenttä 2" holds dates but is not used.',
    'Column C "Kenttä 3" holds dates but is not used.',
  ]);
  await expect(page.getByTestId('import-preview-header-B')).toContainText('dates, not used');

  await page.getByTestId('import-map-customerId').selectOption('0');
  await page.getByTestId('import-map-startDate').selectOption('1');
  await expect(page.getByTestId('import-mark-startDate')).toHaveCount(0);
  await expect(previewCell(page, 0, 1)).toHaveText('5 Jan 2024');
  await expect(page.getByTestId('import-unplaced')).toHaveText(['Column C "Kenttä 3" holds dates but is not used.']);
  await page.getByTestId('import-map-endDate').selectOption('2');
  await expect(page.getByTestId('import-warnings')).toHaveCount(0);
  await expect(page.getByTestId('import-preview-unplaced')).toHaveCount(0);
  await expect(previewCell(page, 1, 2)).toHaveText('15 Feb 2024');
  await app.confirmImport();

  // By hand: March 2024 starts with A1, A3 and A4 (A2 left on 15 February), A5 joins on
  // 1 March and A4 leaves on 10 March: S=3, N=1, E=3.
  await expect(app.rows).toHaveCount(3);
  await expect(app.cell(2, 'label')).toHaveText('2024-03');
  await expect(app.cell(2, 'customersAtStart')).toHaveText('3');
  await expect(app.cell(2, 'newCustomers')).toHaveText('1');
  await expect(app.cell(2, 'customersAtEnd')).toHaveText('3');
  await expect(app.cell(1, 'customersAtStart')).toHaveText('2');
  await expect(app.cell(1, 'newCustomers')).toHaveText('2');
  await expect(app.cell(1, 'customersAtEnd')).toHaveText('3');
  const report = await openReport(app, page);
  await expect(report.getByTestId('import-report-field-startDate')).toContainText('column B "Kenttä 2"');
  await expect(report.getByTestId('import-report-field-endDate')).toContainText('column C "Kenttä 3"');
});

test('the mapping confirmed for a header row is proposed for the next file with the same headers', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(writeUnrecognisedCsv(harness.filesDir, 'january.csv', 1));
  await expect(page.getByTestId('import-remembered')).toHaveCount(0);
  await page.getByTestId('import-map-customerId').selectOption('0');
  await page.getByTestId('import-map-startDate').selectOption('1');
  await page.getByTestId('import-map-endDate').selectOption('2');
  await app.confirmImport();
  await expect(app.rows).toHaveCount(3);

  await app.startImport(writeUnrecognisedCsv(harness.filesDir, 'april.csv', 2));
  await expect(page.getByTestId('import-remembered')).toContainText('the mapping used last time');
  await expect(page.getByTestId('import-not-recognised')).toHaveCount(0);
  await expect(page.getByTestId('import-map-customerId')).toHaveValue('0');
  await expect(page.getByTestId('import-map-startDate')).toHaveValue('1');
  await expect(page.getByTestId('import-map-endDate')).toHaveValue('2');
  await expect(previewCell(page, 5, 1)).toHaveText('2 Apr 2024');
  await app.confirmImport();
  await expect(app.rows).toHaveCount(4);
  await expect(app.cell(3, 'label')).toHaveText('2024-04');
  await expect(app.cell(3, 'customersAtStart')).toHaveText('3');
  await expect(app.cell(3, 'newCustomers')).toHaveText('1');
  await expect(app.cell(3, 'customersAtEnd')).toHaveText('4');
  await expect(app.statusInfo).toContainText('Imported 6 of 6 rows from april.csv.');
});

test('dates that read either way ask for their order, and the preview follows the choice', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(writeUsDatesCsv(harness.filesDir));
  const order = page.getByTestId('import-date-order');
  await expect(order).toContainText('Dates like 03/04/2024 are');
  // English headers and nothing that tells: month first is proposed, as a US export writes them.
  await expect(page.getByTestId('import-date-order-monthFirst')).toBeChecked();
  await expect(page.getByTestId('import-date-order-why')).toContainText('Nothing in the file tells which comes first');
  await expect(page.getByTestId('import-date-order-why')).toContainText('03/04/2024');
  await expect(previewCell(page, 0, 1)).toHaveText('4 Mar 2024');
  await expect(previewCell(page, 1, 2)).toHaveText('6 Apr 2024');
  // "Last order" holds dates and is not mapped; unmapped, it shows as written.
  await expect(page.getByTestId('import-unplaced')).toHaveText(['Column D "Last order" holds dates but is not used.']);
  await expect(previewCell(page, 0, 3)).toHaveText('05/06/2024');

  await page.getByTestId('import-date-order-dayFirst').check();
  await expect(page.getByTestId('import-date-order-dayFirst')).toBeChecked();
  await expect(page.getByTestId('import-date-order-why')).toHaveText('Chosen by hand.');
  await expect(previewCell(page, 0, 1)).toHaveText('3 Apr 2024');
  await expect(previewCell(page, 1, 1)).toHaveText('3 May 2024');
  await expect(previewCell(page, 1, 2)).toHaveText('4 Jun 2024');
  await app.confirmImport();

  // Day first: C3 from 4 January, C1 from 3 April, C2 from 3 May to 4 June. June: S=3 N=0 E=2.
  await expect(app.rows).toHaveCount(6);
  await expect(app.cell(0, 'label')).toHaveText('2024-01');
  await expect(app.cell(5, 'customersAtStart')).toHaveText('3');
  await expect(app.cell(5, 'newCustomers')).toHaveText('0');
  await expect(app.cell(5, 'customersAtEnd')).toHaveText('2');
  const report = await openReport(app, page);
  await expect(report.getByTestId('import-report-date-order')).toHaveText(
    'Dates like 03/04/2024 were read day first, as chosen.',
  );
});
