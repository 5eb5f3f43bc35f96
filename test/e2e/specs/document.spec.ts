/** Save and reopen, unsaved-changes prompt, and the autosave offered after a crash. */
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { writeCustomerListCsv } from '../support/files';

test('a saved workbook reopens with the same periods and figures', async ({ app, harness, page }) => {
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await app.confirmImport();
  await app.typeInto(2, 'avgPurchaseValue', '45.5');
  const path = join(harness.filesDir, 'retention.xlsx');
  harness.main.dialogs.savePath = path;
  await app.button('tb-save').click();
  await expect(app.statusInfo).toContainText('Saved retention.xlsx');
  await expect(page.getByTestId('document-title')).toHaveText('retention.xlsx');

  await app.command('tb-new');
  await expect(app.rows).toHaveCount(0);
  harness.main.dialogs.workbookToOpen = path;
  await app.button('tb-open').click();
  await expect(app.statusInfo).toContainText('Opened retention.xlsx');
  await expect(app.rows).toHaveCount(3);
  await expect(app.cell(1, 'retentionRate')).toHaveText('50.0%');
  await expect(app.cell(2, 'avgPurchaseValue')).toHaveText('€45.50');
});

test('replacing a document with unsaved edits asks first', async ({ app }) => {
  await app.addPeriod();
  await app.command('tb-new');
  await app.page.getByTestId('confirm-discard-no').click();
  await expect(app.rows).toHaveCount(1);
  await app.command('tb-new');
  await app.page.getByTestId('confirm-discard-yes').click();
  await expect(app.rows).toHaveCount(0);
});

test('unsaved edits are autosaved and offered back after a restart', async ({ app, harness, page }) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.paste('107\t21\t120');
  await expect
    .poll(() => harness.main.calls.filter((channel) => channel === 'recovery:write').length)
    .toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByTestId('recovery-prompt')).toBeVisible();
  await page.getByTestId('recovery-restore').click();
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'retentionRate')).toHaveText('92.5%');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'true');
});

test('the Definitions dialog opens at its top, every figure of the registry defined, and closes', async ({ app }) => {
  await app.command('tb-definitions');
  const dialog = app.page.getByTestId('definitions-dialog');
  await expect(dialog.getByRole('heading', { name: 'Definitions' })).toBeInViewport();
  await expect(dialog.locator('dt').first()).toHaveText('Customers at start');
  await expect(dialog.locator('dt').first()).toBeInViewport();
  await expect(dialog.locator('dt', { hasText: /^Exact retention$/ })).toHaveCount(1);
  await expect(dialog.locator('dt', { hasText: 'Exact retention over the range' })).toHaveCount(1);
  await app.page.getByTestId('dialog-close').click();
  await expect(dialog).toHaveCount(0);
});
