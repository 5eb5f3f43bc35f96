/** Screenshots of the main screens, for a person to look at (test-results/e2e/…/*.png). */
import { expect, test } from '../harness/fixtures';
import { writeCustomerListCsv } from '../support/files';

test.use({ systemLocale: 'fi-FI' });

test('the main screen after an import, in Finnish from the system locale', async ({ app, harness, page }, testInfo) => {
  await expect(app.button('tb-import')).toHaveText('Tuo…');
  await app.startImport(writeCustomerListCsv(harness.filesDir));
  await page.screenshot({ path: testInfo.outputPath('mapping.png') });
  await app.confirmImport();
  await app.button('tb-settings').click();
  await expect(app.cell(2, 'retentionRate')).toHaveText(/66,7\s%/);
  await page.screenshot({ path: testInfo.outputPath('main.png'), fullPage: true });
  expect(harness.main.languages).toContain('fi');
});
