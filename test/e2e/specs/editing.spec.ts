/** Editing like a spreadsheet: typed figures recalculate their row, undo and redo, paste of a block. */
import { expect, test } from '../harness/fixtures';

/** Intl writes no-break spaces; match any space. */
const text = (value: string) => new RegExp(`^${value.replace(/ /g, '\\s')}$`);

test('a typed period recalculates retention, churn, the totals and the chart; undo and redo restore it', async ({
  app,
}) => {
  await app.addPeriod();
  await expect(app.rows).toHaveCount(1);
  const label = (await app.cell(0, 'label').textContent())?.trim() ?? '';
  await app.typeInto(0, 'customersAtStart', '107');
  await app.typeInto(0, 'newCustomers', '21');
  await app.typeInto(0, 'customersAtEnd', '120');
  await expect(app.cell(0, 'lostCustomers')).toHaveText('8');
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
  await expect(app.cell(0, 'churnRate')).toHaveText('7.5%');
  // Figures line up on the right, computed ones as typed ones.
  for (const field of ['customersAtStart', 'retentionRate']) {
    await expect(app.cell(0, field)).toHaveClass(/ag-right-aligned-cell/);
  }
  await expect(app.totalsCell('retentionRate')).toHaveText('92.5%');
  await expect(app.page.getByTestId('card-retentionRate-value')).toHaveText('92.5%');
  await app.view('charts');
  await expect(app.chartValue('retention-chart', label, 'retentionRate')).toHaveText('92.5%');

  await app.view('grid');
  await app.select(0, 'customersAtEnd');
  await app.undo();
  await expect(app.cell(0, 'retentionRate')).toHaveText('—');
  await expect(app.cell(0, 'customersAtEnd')).toHaveText('—');
  await app.view('charts');
  await expect(app.chartValue('retention-chart', label, 'retentionRate')).toHaveText('—');
  await app.view('grid');
  await app.redo();
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
});

test('Copy puts the focused cell on the clipboard as shown, and a missing figure as an empty cell', async ({ app }) => {
  await app.addPeriod();
  await app.typeInto(0, 'customersAtStart', '1000');
  await app.typeInto(0, 'newCustomers', '200');
  await app.typeInto(0, 'customersAtEnd', '900');
  await app.select(0, 'customersAtStart');
  expect(await app.copy()).toBe('1,000');
  await app.select(0, 'retentionRate');
  expect(await app.copy()).toBe('70.0%');
  await app.select(0, 'clv');
  expect(await app.copy()).toBe('');
  // Money copies with its sign and two decimals, and pastes back to the same figure.
  await app.typeInto(0, 'avgPurchaseValue', '1234.5');
  await app.select(0, 'avgPurchaseValue');
  const money = await app.copy();
  expect(money).toBe('€1,234.50');
  await app.typeInto(0, 'avgPurchaseValue', '1');
  await expect(app.cell(0, 'avgPurchaseValue')).toHaveText('€1.00');
  await app.select(0, 'avgPurchaseValue');
  await app.paste(money);
  await expect(app.cell(0, 'avgPurchaseValue')).toHaveText('€1,234.50');
});

test('typing on a selected cell starts an edit, and a wrong number is refused with its cell named', async ({ app }) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.page.keyboard.type('1,000');
  await app.page.keyboard.press('Enter');
  await expect(app.cell(0, 'customersAtStart')).toHaveText('1,000');
  await app.typeInto(0, 'newCustomers', 'many');
  await expect(app.statusError).toContainText('“many” is not a number (New customers');
  await expect(app.cell(0, 'newCustomers')).toHaveText('—');
});

test('a 3×2 block pasted from a spreadsheet fills the cells from the focused one and adds a period', async ({
  app,
}) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.paste('107\t21\t120\r\n1000\t200\t900\r\n');
  await expect(app.rows).toHaveCount(2);
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
  await expect(app.cell(1, 'retentionRate')).toHaveText('70.0%');
  await expect(app.cell(1, 'churnRate')).toHaveText('30.0%');
  await expect(app.statusInfo).toContainText('1 period was added');
  await app.undo();
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'customersAtStart')).toHaveText('—');
});

test('a row failing the row checks is flagged with the reason', async ({ app }) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.paste('10\t30\t20');
  await expect(app.row(0)).toHaveClass(/pito-row-flagged/);
  await app.cell(0, 'retentionRate').hover();
  await expect(app.page.locator('.ag-tooltip')).toContainText('More new customers (N) than customers at the end (E).');
});

test('insert and delete rows, and the new period continues the calendar', async ({ app }) => {
  await app.addPeriod();
  await app.addPeriod();
  const first = (await app.cell(0, 'label').textContent())?.trim() ?? '';
  await expect(app.cell(1, 'label')).not.toHaveText(first);
  await app.select(1, 'customersAtStart');
  await app.command('tb-insert-row');
  await expect(app.rows).toHaveCount(3);
  // No period is missing between two consecutive months: the new row is named for the user to rename.
  await expect(app.cell(1, 'label')).toHaveText('New period');
  await app.select(1, 'customersAtStart');
  await app.command('tb-delete-row');
  await expect(app.rows).toHaveCount(2);
  await expect(app.cell(0, 'label')).toHaveText(first);
});

test('switching to Finnish shows 92,5 % for S=107, N=21, E=120 and remembers the choice', async ({ app, page }) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.paste('107\t21\t120');
  await app.setLanguage('fi');
  await expect(app.cell(0, 'retentionRate')).toHaveText(text('92,5 %'));
  await expect(app.cell(0, 'churnRate')).toHaveText(text('7,5 %'));
  await expect(app.button('tb-add-period')).toHaveText('Lisää jakso');
  await expect(page.locator('.ag-header-cell[col-id="retentionRate"]')).toContainText('Asiakaspitoaste');
  await app.typeInto(0, 'avgPurchaseValue', '1 234,5');
  await expect(app.cell(0, 'avgPurchaseValue')).toHaveText(text('1 234,50 €'));
  await page.reload();
  await expect(app.button('tb-add-period')).toHaveText('Lisää jakso');
});

test('an NPS from a few responses is marked uncertain in the grid, on its card and in the chart', async ({ app }) => {
  await app.addPeriod();
  const label = (await app.cell(0, 'label').textContent())?.trim() ?? '';
  await app.typeInto(0, 'promoters', '1');
  await app.typeInto(0, 'passives', '0');
  await app.typeInto(0, 'detractors', '1');
  await expect(app.cell(0, 'nps')).toHaveText('0.0');
  await expect(app.cell(0, 'nps')).toHaveClass(/pito-cell-uncertain/);
  await expect(app.page.getByTestId('card-nps-caveat')).toHaveText(
    'Only 2 responses: too few for a reliable NPS (30 or more).',
  );
  await app.view('charts');
  await expect(app.chartValue('nps-chart', label, 'nps')).toHaveAttribute('title', /^Only 2 responses/);

  await app.view('grid');
  await app.typeInto(0, 'passives', '28');
  await expect(app.cell(0, 'nps')).not.toHaveClass(/pito-cell-uncertain/);
  await expect(app.page.getByTestId('card-nps-caveat')).toHaveCount(0);
});

test('exact retention beside the retention rate, and a note on why they differ', async ({ app }) => {
  await app.addPeriod();
  await app.typeInto(0, 'customersAtStart', '10');
  await app.typeInto(0, 'newCustomers', '5');
  await app.typeInto(0, 'customersAtEnd', '12');
  await app.typeInto(0, 'customersRetained', '9');
  await expect(app.cell(0, 'retentionRate')).toHaveText('70.0%');
  await expect(app.cell(0, 'exactRetentionRate')).toHaveText('90.0%');
  await expect(app.page.getByTestId('card-exactRetentionRate-note')).toHaveText(
    '2 new customers also left before the end: the retention rate counts them against the customers kept, exact retention does not.',
  );
});
