/**
 * Screenshots of the settings panel refusing a margin of 150, for a person to look at
 * (test-results/e2e/…/*.png): after a customer list import, in English and Finnish, at
 * 1366×768 and 1920×1080. The message must be in view, inside the panel.
 */
import { expect, test } from '../harness/fixtures';
import { writeCustomerListCsv } from '../support/files';
import { forEachScreen } from '../support/screens';

forEachScreen(({ name }) => {
  test('the settings panel refusing a margin of 150', async ({ app, harness, page }, testInfo) => {
    await app.startImport(writeCustomerListCsv(harness.filesDir));
    await app.confirmImport();
    await app.button('tb-settings').click();
    const field = page.getByTestId('settings-default-margin');
    await field.fill('40');
    await field.press('Enter');
    await field.fill('150');
    await field.press('Enter');
    const message = page.getByTestId('settings-default-margin-error');
    await expect(message).toBeInViewport();
    const panel = await page.getByTestId('settings').boundingBox();
    const box = await message.boundingBox();
    expect(panel && box && box.x >= panel.x && box.x + box.width <= panel.x + panel.width).toBe(true);
    const file = `settings-margin-refused-${name}`;
    await page.screenshot({ path: testInfo.outputPath(`${file}.png`) });
  });
});
