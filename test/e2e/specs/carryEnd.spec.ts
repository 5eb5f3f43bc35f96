/**
 * Carrying a period's new customers at the end into the next period's start (issue 12): the
 * offer after a typed end in a chained table, taken and undone in one step, or declined;
 * with the keyboard, the focus never leaving the grid unasked. Screenshots of the offer in
 * English and Finnish at 1366×768 and 1920×1080 (test-results/e2e/…/*.png).
 */
import { expect, test } from '../harness/fixtures';
import type { WorkspacePage } from '../harness/WorkspacePage';
import { forEachScreen } from '../support/screens';

/** Three periods that chain: 100 → 120 → 130 → 125. */
async function chainedTable(app: WorkspacePage): Promise<string[]> {
  await app.addPeriod();
  await app.select(0, 'customersAtStart');
  await app.paste('100\t30\t120\n120\t20\t130\n130\t5\t125');
  await expect(app.rows).toHaveCount(3);
  return Promise.all([0, 1, 2].map(async (row) => (await app.cell(row, 'label').textContent())?.trim() ?? ''));
}

test('a typed end offers to carry into the next start; taken, one undo takes back both', async ({ app, page }) => {
  const labels = await chainedTable(app);
  await app.typeInto(1, 'customersAtEnd', '1300');
  const offer = page.getByTestId('carry-offer');
  await expect(offer).toHaveText(new RegExp(`Carry 1,300 into the customers at the start of ${labels[2]}\\?`));
  // The offer waits beside the grid: the keyboard stays on the cell Enter moved to.
  await expect(app.cell(2, 'customersAtEnd')).toBeFocused();

  // Tab reaches the offer after the toolbar, and its buttons work with the keyboard.
  await page.getByTestId('language-select').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('carry-accept')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(offer).toBeHidden();
  await expect(app.cell(2, 'customersAtStart')).toHaveText('1,300');
  await expect(app.cell(2, 'customersAtEnd')).toBeFocused();

  await app.undo();
  await expect(app.cell(1, 'customersAtEnd')).toHaveText('130');
  await expect(app.cell(2, 'customersAtStart')).toHaveText('130');
  await app.redo();
  await expect(app.cell(2, 'customersAtStart')).toHaveText('1,300');
  await expect(offer).toBeHidden();
});

test('declined, the next start stays; another edit withdraws the offer, and an unchained end offers none', async ({
  app,
  page,
}) => {
  await chainedTable(app);
  const offer = page.getByTestId('carry-offer');
  await app.typeInto(0, 'customersAtEnd', '140');
  await expect(offer).toBeVisible();
  await app.typeInto(2, 'newCustomers', '6');
  await expect(offer).toBeHidden();

  await app.typeInto(0, 'customersAtEnd', '150');
  await expect(offer).toBeHidden(); // the next start (120) was not the end just replaced (140)
  await app.typeInto(1, 'customersAtEnd', '135');
  await page.getByTestId('language-select').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('carry-keep')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(offer).toBeHidden();
  await expect(app.cell(2, 'customersAtStart')).toHaveText('130');
  await expect(app.cell(2, 'customersAtEnd')).toBeFocused();
});

forEachScreen(({ language, name }) => {
  test('the carry offer', async ({ app, page }, testInfo) => {
    const labels = await chainedTable(app);
    await app.typeInto(1, 'customersAtEnd', '1300');
    const offer = page.getByTestId('carry-offer');
    await expect(offer).toContainText(language === 'fi' ? /1\s300/ : '1,300');
    await expect(offer).toContainText(labels[2]!);
    await expect(offer).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: testInfo.outputPath(`carry-offer-${name}.png`) });
  });
});
