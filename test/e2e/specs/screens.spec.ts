/**
 * Screenshots of the main screens, for a person to look at (test-results/e2e/…/*.png): the
 * mapping step and the workspace after a customer list import, in English and Finnish (from
 * the system locale), at 1366×768 and 1920×1080.
 */
import { expect, test } from '../harness/fixtures';
import { writeCustomerListCsv } from '../support/files';
import { forEachScreen } from '../support/screens';

/** What each language shows: the Import button's name and the worked example's 66.7 %. */
const SHOWN = {
  en: { importLabel: 'Import…', retention: /66\.7%/ },
  fi: { importLabel: 'Tuo…', retention: /66,7\s%/ },
} as const;

forEachScreen(({ language, name: size }) => {
  const { importLabel, retention } = SHOWN[language];
  test('the main screen after an import, in the system locale’s language', async ({ app, harness, page }, testInfo) => {
    await expect(app.button('tb-import')).toHaveText(importLabel);
    await app.startImport(writeCustomerListCsv(harness.filesDir));
    await page.screenshot({ path: testInfo.outputPath(`mapping-${size}.png`) });
    await app.confirmImport();
    await expect(app.cell(2, 'retentionRate')).toHaveText(retention);
    await page.screenshot({ path: testInfo.outputPath(`main-${size}.png`) });
    expect(harness.main.languages).toContain(language);
  });
});
