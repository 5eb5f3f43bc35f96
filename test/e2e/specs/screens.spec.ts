/**
 * Screenshots of the main screens, for a person to look at (test-results/e2e/…/*.png): the
 * mapping step and the workspace after a customer list import, in English and Finnish (from
 * the system locale), at 1366×768 and 1920×1080.
 */
import { expect, test } from '../harness/fixtures';
import { writeCustomerListCsv } from '../support/files';

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

for (const [language, systemLocale, importLabel, retention] of [
  ['en', 'en-GB', 'Import…', /66\.7%/],
  ['fi', 'fi-FI', 'Tuo…', /66,7\s%/],
] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${language} ${viewport.width}×${viewport.height}`, () => {
      test.use({ systemLocale, viewport });
      test('the main screen after an import, in the system locale’s language', async ({
        app,
        harness,
        page,
      }, testInfo) => {
        await expect(app.button('tb-import')).toHaveText(importLabel);
        await app.startImport(writeCustomerListCsv(harness.filesDir));
        const size = `${language}-${viewport.width}x${viewport.height}`;
        await page.screenshot({ path: testInfo.outputPath(`mapping-${size}.png`) });
        await app.confirmImport();
        await expect(app.cell(2, 'retentionRate')).toHaveText(retention);
        await page.screenshot({ path: testInfo.outputPath(`main-${size}.png`) });
        expect(harness.main.languages).toContain(language);
      });
    });
  }
}
