/**
 * The summary range: the cards and the grid's range row follow the chosen range, counted from
 * the customer list on the main side; the choice is one undo step and is saved with the
 * workbook; a range the periods cannot give says why.
 *
 * The list below, counted by hand (an end date is the customer's last day):
 * - trailing twelve months 2023-07..2024-06: S = 3 (C1, C2, C3), N = 5 (C4–C8), E = 4
 *   (C1, C4, C6, C8), R = 1 (C1): exact retention 33.3 %, CRR (4 − 5) / 3 = −33.3 %;
 * - 2024-01..2024-06: S = 4 (C1, C3, C4, C5), N = 3 (C6, C7, C8), E = 4, R = 2 (C1, C4):
 *   exact retention 50.0 %, CRR (4 − 3) / 4 = 25.0 %;
 * - all periods from 2023-01: S = 0, so neither rate is defined.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import type { WorkspacePage } from '../harness/WorkspacePage';
import { forEachScreen } from '../support/screens';

function writeListCsv(folder: string): string {
  const path = join(folder, 'two-years.csv');
  const rows = [
    'Customer ID,Start date,End date',
    'C1,2023-01-15,',
    'C2,2023-02-10,2023-09-05',
    'C3,2023-05-01,2024-03-20',
    'C4,2023-08-12,',
    'C5,2023-11-03,2024-01-10',
    'C6,2024-02-14,',
    'C7,2024-04-01,2024-05-30',
    'C8,2024-06-10,',
  ];
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

const card = (app: WorkspacePage, id: string) => app.page.getByTestId(`card-range-${id}-value`);
const span = (app: WorkspacePage) => app.page.getByTestId('range-span');

test('a list’s range is counted from the list, follows the picker, undoes and is saved', async ({ app, harness }) => {
  await app.startImport(writeListCsv(harness.filesDir));
  await app.confirmImport();
  await expect(app.rows).toHaveCount(18);

  // The default: the trailing twelve months.
  await expect(app.page.getByTestId('range-choice')).toHaveValue('trailingTwelveMonths');
  await expect(span(app)).toHaveText('2023-07 – 2024-06');
  await expect(card(app, 'exactRetentionRate')).toHaveText('33.3%');
  await expect(card(app, 'retentionRate')).toHaveText(/^[-−]33\.3%$/);
  await expect(app.totalsCell('customersAtStart')).toHaveText('3');
  await expect(app.totalsCell('customersRetained')).toHaveText('1');
  await expect(app.totalsCell('lostCustomers')).toHaveText('4');

  // Chosen periods.
  await app.page.getByTestId('range-choice').selectOption('periods');
  await app.page.getByTestId('range-first').selectOption('2024-01');
  await expect(span(app)).toHaveText('2024-01 – 2024-06');
  await expect(card(app, 'exactRetentionRate')).toHaveText('50.0%');
  await expect(card(app, 'retentionRate')).toHaveText('25.0%');
  await expect(app.totalsCell('customersAtStart')).toHaveText('4');
  await expect(app.totalsCell('customersRetained')).toHaveText('2');

  // All periods: nobody was there at the start, so neither rate is defined.
  await app.page.getByTestId('range-choice').selectOption('allPeriods');
  await expect(card(app, 'exactRetentionRate')).toHaveText('—');
  await expect(app.totalsCell('customersAtStart')).toHaveText('0');

  // Each choice is one undo step.
  await app.undo();
  await expect(app.page.getByTestId('range-choice')).toHaveValue('periods');
  await expect(card(app, 'exactRetentionRate')).toHaveText('50.0%');

  // Saved with the workbook, and counted from its list again after a reopen.
  await app.saveAndReopen(join(harness.filesDir, 'range.xlsx'));
  await expect(app.page.getByTestId('range-first')).toHaveValue('2024-01');
  await expect(app.page.getByTestId('range-last')).toHaveValue('2024-06');
  await expect(card(app, 'exactRetentionRate')).toHaveText('50.0%');
  await expect(app.totalsCell('customersRetained')).toHaveText('2');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'false');
});

test('a period table whose labels have no calendar says why the default range cannot be given', async ({
  app,
  harness,
  page,
}) => {
  const path = join(harness.filesDir, 'seasons.csv');
  writeFileSync(
    path,
    'Period,Customers at start,New customers,Customers at end\nSpring,700,250,760\nAll year,760,250,1000\n',
  );
  await app.startImport(path);
  await app.confirmImport();
  await expect(span(app)).toContainText('The last period, "All year", is not a month, quarter or year');
  await expect(card(app, 'retentionRate')).toHaveText('—');
  await page.getByTestId('range-choice').selectOption('allPeriods');
  await expect(span(app)).toHaveText('Spring – All year');
  // The rows chain (760 = 760): S of the first, ΣN, E of the last: (1000 − 500) / 700.
  await expect(card(app, 'retentionRate')).toHaveText('71.4%');
});

forEachScreen(({ name }) => {
  test('the summary range picker with chosen periods', async ({ app, harness, page }, testInfo) => {
    await app.startImport(writeListCsv(harness.filesDir));
    await app.confirmImport();
    await page.getByTestId('range-choice').selectOption('periods');
    await expect(page.getByTestId('range-first')).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath(`summary-range-${name}.png`) });
  });
});
