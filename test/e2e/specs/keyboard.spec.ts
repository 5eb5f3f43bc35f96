/**
 * The keyboard path: after an import the first cell has the focus; the skip link leads from
 * the top of the page to the grid; every command has a shortcut (shared/shortcuts.ts), named
 * in its tooltip, and the More menu works with the keys of a menu.
 */
import { expect, test } from '../harness/fixtures';
import { writeCustomerListCsv } from '../support/files';

test('after an import the first cell has the focus, and the skip link leads back to it', async ({
  app,
  harness,
  page,
}) => {
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await app.confirmImport();
  await expect(app.cell(0, 'label')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('ArrowRight');
  await expect(app.cell(0, 'retentionRate')).toHaveClass(/ag-cell-focus/);

  await app.button('tb-save').focus();
  await page.getByTestId('skip-to-grid').focus();
  await expect(page.getByTestId('skip-to-grid')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(app.cell(0, 'label')).toHaveClass(/ag-cell-focus/);
});

test('the shortcuts run their commands and are named in the tooltips', async ({ app, page }) => {
  await expect(app.button('tb-save')).toHaveAttribute('title', 'Save (Ctrl+S)');
  await expect(app.button('tb-save')).toHaveAttribute('aria-keyshortcuts', 'Control+S');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(app.rows).toHaveCount(1);
  await app.typeInto(0, 'customersAtStart', '107');
  // On a grid cell the history keys are the document's.
  await page.keyboard.press('Control+z');
  await expect(app.cell(0, 'customersAtStart')).toHaveText('—');
  await page.keyboard.press('Control+y');
  await expect(app.cell(0, 'customersAtStart')).toHaveText('107');
  await page.keyboard.press('F1');
  await expect(page.getByTestId('definitions-dialog')).toBeVisible();
  await page.getByTestId('dialog-close').click();
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('settings')).toBeVisible();
  await page.keyboard.press('Control+Shift+G');
  await expect(page.getByTestId('view-tab-charts')).toHaveAttribute('aria-selected', 'true');
});

test('the More menu opens with the keyboard, moves with the arrows and closes with Escape', async ({ app, page }) => {
  await app.button('tb-more').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('tb-new')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('tb-about')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('tb-new')).toBeFocused();
  await expect(page.getByTestId('tb-definitions')).toHaveAttribute('title', 'Definitions (F1)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(app.button('tb-more')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByTestId('tb-definitions').press('Enter');
  await expect(page.getByTestId('definitions-dialog')).toBeVisible();
});

test('Ctrl+S in a field being typed into applies the typing, then saves it', async ({ app, harness, page }) => {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await page.keyboard.type('107');
  harness.main.dialogs.savePath = `${harness.filesDir}/typed.xlsx`;
  await page.keyboard.press('Control+S');
  await expect(app.statusInfo).toContainText('Saved typed.xlsx');
  await expect(app.cell(0, 'customersAtStart')).toHaveText('107');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'false');

  await app.button('tb-settings').click();
  const margin = page.getByTestId('settings-default-margin');
  await margin.fill('35');
  await margin.press('Control+S');
  await expect(margin).toHaveValue(/35/);
  await expect(app.workspace).toHaveAttribute('data-dirty', 'false');
});

test('closing Definitions gives the keyboard back to the cell, and the skip link of an empty document leads to Import', async ({
  app,
  page,
}) => {
  await page.getByTestId('skip-to-grid').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('welcome-import')).toBeFocused();
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await page.keyboard.press('F1');
  await expect(page.getByTestId('definitions-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('definitions-dialog')).toHaveCount(0);
  await expect(app.cell(0, 'customersAtStart')).toBeFocused();
});
