/**
 * Settings as document edits: the default margin, the currency and the kind of period are
 * undone and redone with Ctrl+Z / Ctrl+Y like grid edits, with the focus in the field or
 * in the grid; typing not yet applied is undone on its own; a margin outside 0–100 is
 * refused in the user's language and the margin stays as it was.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import type { WorkspacePage } from '../harness/WorkspacePage';
import { writeCustomerListCsv } from '../support/files';

const margin = (app: WorkspacePage): Locator => app.page.getByTestId('settings-default-margin');
const refusal = (app: WorkspacePage): Locator => app.page.getByTestId('settings-default-margin-error');

/** One period whose CLV is 50 × 4 × 3 × margin / 100, so the CLV shows which margin the document holds. */
async function periodWithClvInputs(app: WorkspacePage): Promise<void> {
  await app.addPeriod();
  await app.typeInto(0, 'avgPurchaseValue', '50');
  await app.typeInto(0, 'purchasesPerYear', '4');
  await app.typeInto(0, 'lifespanYears', '3');
  await expect(app.cell(0, 'clv')).toHaveText('—');
}

/** Types a margin into the settings field and applies it with Enter; the focus stays in the field. */
async function applyMargin(app: WorkspacePage, text: string): Promise<void> {
  await margin(app).fill(text);
  await margin(app).press('Enter');
}

test('the default margin is undone and redone with the focus in its field and in the grid', async ({ app, page }) => {
  await periodWithClvInputs(app);
  await app.button('tb-settings').click();
  await applyMargin(app, '25');
  await expect(app.cell(0, 'clv')).toHaveText('€150.00');
  await applyMargin(app, '40');
  await expect(app.cell(0, 'clv')).toHaveText('€240.00');

  // In the field: the document's undo and redo, the field showing each value.
  await expect(margin(app)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(margin(app)).toHaveValue('25');
  await expect(app.cell(0, 'clv')).toHaveText('€150.00');
  await page.keyboard.press('Control+z');
  await expect(margin(app)).toHaveValue('');
  await expect(app.cell(0, 'clv')).toHaveText('—');
  await page.keyboard.press('Control+y');
  await expect(margin(app)).toHaveValue('25');
  await page.keyboard.press('Control+Shift+Z');
  await expect(margin(app)).toHaveValue('40');
  await expect(app.cell(0, 'clv')).toHaveText('€240.00');

  // Typing not yet applied: Ctrl+Z takes it back, Ctrl+Y keeps it, and the document is untouched.
  await margin(app).press('End');
  await page.keyboard.type('5');
  await expect(margin(app)).toHaveValue('405');
  await page.keyboard.press('Control+y');
  await expect(margin(app)).toHaveValue('405');
  await page.keyboard.press('Control+z');
  await expect(margin(app)).toHaveValue('40');
  await page.keyboard.press('Control+z');
  await expect(margin(app)).toHaveValue('25');
  await expect(app.cell(0, 'clv')).toHaveText('€150.00');

  // In the grid: the same history, and the field follows.
  await app.select(0, 'clv');
  await app.redo();
  await expect(margin(app)).toHaveValue('40');
  await expect(app.cell(0, 'clv')).toHaveText('€240.00');
  await app.undo();
  await expect(margin(app)).toHaveValue('25');
  await app.undo();
  await expect(margin(app)).toHaveValue('');
  // The step before the margin is the last grid edit.
  await app.undo();
  await expect(app.cell(0, 'lifespanYears')).toHaveText('—');
  await expect(margin(app)).toHaveValue('');
});

test('a margin change makes the document unsaved and undoing it makes it saved again', async ({ app, page }) => {
  await app.button('tb-settings').click();
  await margin(app).focus();
  await page.keyboard.press('Tab');
  // Leaving the field unchanged is no edit.
  await expect(app.workspace).toHaveAttribute('data-dirty', 'false');
  await expect(app.button('tb-undo')).toBeDisabled();
  await applyMargin(app, '25');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'true');
  await page.keyboard.press('Control+z');
  await expect(app.workspace).toHaveAttribute('data-dirty', 'false');
  await expect(margin(app)).toHaveValue('');
});

test('a currency chosen is undone with the focus still on its select', async ({ app, page }) => {
  await periodWithClvInputs(app);
  await app.button('tb-settings').click();
  await applyMargin(app, '25');
  const currency = page.getByTestId('settings-currency');
  await currency.focus();
  await currency.selectOption('SEK');
  await expect(app.cell(0, 'clv')).toHaveText('SEK 150.00');
  await expect(currency).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(currency).toHaveValue('EUR');
  await expect(app.cell(0, 'clv')).toHaveText('€150.00');
  await page.keyboard.press('Control+y');
  await expect(currency).toHaveValue('SEK');
});

test('a customer list regrouped by quarter is one undo step: the months come back', async ({ app, harness, page }) => {
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await app.confirmImport();
  await expect(app.rows).toHaveCount(3);
  await app.button('tb-settings').click();
  const kind = page.getByTestId('settings-period-kind');
  await kind.focus();
  await kind.selectOption('quarter');
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'label')).toHaveText('2024-Q1');
  await page.keyboard.press('Control+z');
  await expect(kind).toHaveValue('month');
  await expect(app.rows).toHaveCount(3);
  await expect(app.cell(2, 'retentionRate')).toHaveText('66.7%');
  await page.keyboard.press('Control+y');
  await expect(kind).toHaveValue('quarter');
  await expect(app.rows).toHaveCount(1);
});

test('a margin of 150 is refused in English and in Finnish, and the margin stays', async ({ app }) => {
  await periodWithClvInputs(app);
  await app.button('tb-settings').click();
  await applyMargin(app, '40');
  await applyMargin(app, '150');
  await expect(refusal(app)).toHaveText(
    '“150” is not a margin: the default margin is a percentage from 0 to 100. It is still 40.0%.',
  );
  await expect(margin(app)).toHaveValue('40');
  await expect(app.cell(0, 'clv')).toHaveText('€240.00');

  // The message follows the language, and a refusal typed in Finnish is in Finnish.
  await app.setLanguage('fi');
  await expect(refusal(app)).toHaveText(
    /^"150" ei ole kate: oletuskate on prosentti väliltä 0–100\. Se on edelleen 40,0\s%\.$/,
  );
  await applyMargin(app, 'paljon');
  await expect(refusal(app)).toHaveText(
    /^"paljon" ei ole luku: oletuskate on prosentti väliltä 0–100, esimerkiksi 12,5\. Se on edelleen 40,0\s%\.$/,
  );
  await margin(app).fill('100,5');
  await margin(app).blur();
  await expect(refusal(app)).toHaveText(/^"100,5" ei ole kate/);
  await expect(margin(app)).toHaveValue('40');
  await expect(app.cell(0, 'clv')).toHaveText(/^240,00\s€$/);

  // Nothing was applied: the one step to undo is the 40.
  await margin(app).focus();
  await app.undo();
  await expect(margin(app)).toHaveValue('');
  await expect(refusal(app)).toHaveCount(0);
});

test('a period margin over 100 typed or pasted into the grid is refused the same way', async ({ app }) => {
  await app.addPeriod();
  await app.typeInto(0, 'profitMarginPct', '150');
  await expect(app.statusError).toHaveText(
    /^“150” is not a margin \(Margin %, period .+\): a margin is a percentage from 0 to 100\.$/,
  );
  await expect(app.cell(0, 'profitMarginPct')).toHaveText('—');
  await app.select(0, 'profitMarginPct');
  await app.paste('25\n101');
  await expect(app.statusError).toContainText('Nothing was pasted: “101” is not a margin');
  await expect(app.rows).toHaveCount(1);
  await expect(app.cell(0, 'profitMarginPct')).toHaveText('—');
});

test('a default margin below one per cent asks whether a percentage was meant', async ({ app, page }) => {
  await app.button('tb-settings').click();
  const margin = page.getByTestId('settings-default-margin');
  await margin.fill('0.35');
  await margin.press('Enter');
  await expect(page.getByTestId('settings-default-margin-small')).toHaveText(
    'The default margin is 0.35%, below one per cent. If 35.0% is meant, type 35.',
  );
  await margin.fill('35');
  await margin.press('Enter');
  await expect(page.getByTestId('settings-default-margin-small')).toHaveCount(0);
});
