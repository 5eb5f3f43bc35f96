/**
 * Screenshots of the main screens, for a person to look at (test-results/e2e/…/*.png): the
 * mapping step, the workspace, the charts and the Definitions after a customer list import
 * (the welcome panel, the settings and the cohorts have specs of their own), in English and Finnish (from
 * the system locale), at 1366×768 and 1920×1080; the number formats of a period table with
 * money and counts in the tens of thousands (the grid's inputs, then scrolled to its derived
 * figures); and the status line of an import of 2 500 customers.
 */
import { expect, test } from '../harness/fixtures';
import {
  writeCustomerListCsv,
  writeFiguresTableCsv,
  writeLargeCustomerListCsv,
  writeTwoYearCustomerListCsv,
} from '../support/files';
import { forEachScreen } from '../support/screens';

/** What each language shows: the Import button's name, the worked example's 66.7 %, and the number formats. */
const SHOWN = {
  en: {
    importLabel: 'Import…',
    retention: /66\.7%/,
    purchases: ['€155.50', '€160.81', '€201.00'],
    customersAtEnd: '32,323',
    perYear: '4.25',
    margin: '27.5%',
    clv: '€544.25',
    imported: 'Imported 3 of 3 rows from figures.csv.',
    manyImported: 'Imported 2,500 of 2,500 rows from many-customers.csv.',
  },
  fi: {
    importLabel: 'Tuo…',
    retention: /66,7\s%/,
    purchases: ['155,50 €', '160,81 €', '201,00 €'],
    customersAtEnd: '32 323',
    perYear: '4,25',
    margin: '27,5 %',
    clv: '544,25 €',
    imported: 'Tuotiin 3 / 3 riviä tiedostosta figures.csv.',
    manyImported: 'Tuotiin 2 500 / 2 500 riviä tiedostosta many-customers.csv.',
  },
} as const;

/** Intl writes no-break spaces; match any space. */
const text = (value: string) => new RegExp(`^${value.replace(/[.()]/g, '\\$&').replace(/ /g, '\\s')}$`);

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
    // The key figures are on screen without scrolling, and the toolbar is one row.
    for (const field of ['retentionRate', 'exactRetentionRate', 'churnRate', 'nps']) {
      await expect(app.cell(2, field)).toBeInViewport();
    }
    const [first, last] = [
      await app.button('tb-import').boundingBox(),
      await page.getByTestId('language-select').boundingBox(),
    ];
    expect(first && last && Math.abs(first.y - last.y) < first.height).toBe(true);

    await app.view('charts');
    await expect(page.getByTestId('retention-chart')).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath(`charts-${size}.png`) });
    await app.view('grid');
    await app.command('tb-definitions');
    await expect(page.getByTestId('definitions-dialog')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`definitions-${size}.png`) });
  });
});

forEachScreen(({ language, name: size }) => {
  const shown = SHOWN[language];
  test('the number formats: money with its sign and fixed decimals, grouped counts, right-aligned', async ({
    app,
    harness,
    page,
  }, testInfo) => {
    await app.startImport(writeFiguresTableCsv(harness.filesDir));
    await app.confirmImport();
    await expect(app.statusInfo).toHaveText(text(shown.imported));
    for (const [row, purchase] of shown.purchases.entries()) {
      await expect(app.cell(row, 'avgPurchaseValue')).toHaveText(text(purchase));
    }
    await expect(app.cell(0, 'customersAtEnd')).toHaveText(text(shown.customersAtEnd));
    await expect(app.cell(1, 'purchasesPerYear')).toHaveText(text(shown.perYear));
    await expect(app.cell(2, 'profitMarginPct')).toHaveText(text(shown.margin));
    // Every figure sits on the right of its cell, its header too.
    for (const field of ['avgPurchaseValue', 'purchasesPerYear', 'profitMarginPct', 'customersAtEnd']) {
      await expect(app.cell(0, field)).toHaveCSS('text-align', 'right');
    }
    await page.screenshot({ path: testInfo.outputPath(`figures-${size}.png`) });
    // The key figures lead, left of the inputs; the grid scrolled to its last column shows the rest.
    await expect(app.cell(0, 'npsMarginOfError')).toBeInViewport();
    await app.select(0, 'customersAtStart');
    await page.keyboard.press('End');
    await expect(app.cell(0, 'simpleRetentionRate')).toBeInViewport();
    await expect(app.cell(0, 'clv')).toHaveText(text(shown.clv)); // 155.50 × 4 × 3.5 × 25 %
    await page.screenshot({ path: testInfo.outputPath(`figures-derived-${size}.png`) });
  });

  test('the status line groups the counts of a large import', async ({ app, harness, page }, testInfo) => {
    await app.startImport(writeLargeCustomerListCsv(harness.filesDir));
    await app.confirmImport();
    await expect(app.statusInfo).toHaveText(text(shown.manyImported));
    await page.screenshot({ path: testInfo.outputPath(`status-${size}.png`) });
  });
});

forEachScreen(({ name: size }) => {
  test('two years of months: ten or more periods in view at once, the figures on the left', async ({
    app,
    harness,
    page,
  }, testInfo) => {
    await app.startImport(writeTwoYearCustomerListCsv(harness.filesDir));
    await app.confirmImport();
    await expect(app.rows.first()).toBeVisible();
    for (let row = 0; row < 10; row++) await expect(app.cell(row, 'retentionRate')).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath(`two-years-${size}.png`) });
  });
});
