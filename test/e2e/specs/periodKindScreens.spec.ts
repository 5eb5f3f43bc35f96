/**
 * Screenshots of the settings panel of a period table, whose kind of period is disabled
 * with the reason beside it, for a person to look at (test-results/e2e/…/*.png), in English
 * and Finnish at 1366×768 and 1920×1080. The reason must be in view, inside the panel.
 */
import { expect, test } from '../harness/fixtures';
import { writePeriodTableXlsx } from '../support/files';
import { forEachScreen } from '../support/screens';

forEachScreen(({ name }) => {
  test('the settings panel of a period table, the kind of period disabled with its reason', async ({
    app,
    harness,
    page,
  }, testInfo) => {
    await app.startImport(await writePeriodTableXlsx(harness.filesDir));
    await app.chooseSheet('Quarters');
    await app.confirmImport();
    await app.button('tb-settings').click();
    await expect(page.getByTestId('settings-period-kind')).toBeDisabled();
    const reason = page.getByTestId('settings-period-kind-reason');
    await expect(reason).toBeInViewport();
    const panel = await page.getByTestId('settings').boundingBox();
    const box = await reason.boundingBox();
    expect(panel && box && box.x >= panel.x && box.x + box.width <= panel.x + panel.width).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`settings-period-kind-disabled-${name}.png`) });
  });
});
