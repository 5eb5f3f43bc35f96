/**
 * Screenshots of the cohort panel, for a person to look at (test-results/e2e/…/*.png): a
 * customer list of two years of monthly cohorts, its retention curves beside the heatmap,
 * the heatmap scrolled sideways to its oldest ages, and the average curve's tooltip, in
 * English and Finnish at 1366×768 and 1920×1080. It checks that the curves are beside the
 * heatmap with the bold average among their lines, that the heatmap shows every age, and
 * that its label column stays where it was while the ages scroll under it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { writeTwoYearCustomerListCsv } from '../support/files';
import { forEachScreen } from '../support/screens';

const AVERAGE = { en: 'Average', fi: 'Keskiarvo' } as const;

/** The charts: their own view (a tab) where the workspace has one, else the panel under the grid. */
async function openCharts(page: Page): Promise<void> {
  const tab = page.getByTestId('view-tab-charts');
  if ((await tab.count()) > 0) await tab.click();
  await expect(page.getByTestId('charts')).toBeVisible();
}

/** A shown percentage (`44.0%`, `44,0 %`) as a number. */
const percentOf = (text: string) => Number.parseFloat(text.replace(',', '.').replace(/[^\d.-]/g, ''));

forEachScreen(({ language, name }) => {
  test('the cohort curves beside the heatmap, whose label column stays put', async ({
    app,
    harness,
    page,
  }, testInfo) => {
    await app.startImport(writeTwoYearCustomerListCsv(harness.filesDir));
    await app.confirmImport();
    await openCharts(page);
    const panel = page.getByTestId('cohort-panel');
    const curves = panel.getByTestId('cohort-curves');
    const heatmap = panel.getByTestId('cohort-heatmap');
    await panel.scrollIntoViewIfNeeded();

    // The curves: the latest 12 of the 24 cohorts and the average, which ag-charts' legend names.
    await expect(curves.getByRole('switch')).toHaveCount(13);
    const average = curves.getByRole('switch', { name: new RegExp(`^${AVERAGE[language]},`) });
    await expect(average).toHaveAttribute('aria-checked', 'true');
    await expect(curves).toHaveAttribute('data-lines', /^2024-01 .* 2024-12 average$/);
    // Beside the heatmap: on the same row, to its left.
    const curvesBox = (await curves.boundingBox())!;
    const heatmapBox = (await heatmap.boundingBox())!;
    expect(heatmapBox.x).toBeGreaterThanOrEqual(curvesBox.x + curvesBox.width);
    expect(Math.abs(heatmapBox.y - curvesBox.y)).toBeLessThan(2);

    // Every age of the oldest cohort (2023-01 is observed at +0 … +23), and the average as the last row.
    await expect(heatmap.locator('thead th[data-age]')).toHaveCount(24);
    const averageRow = heatmap.getByTestId('cohort-average-row');
    await expect(averageRow.locator('th')).toHaveText(AVERAGE[language]);
    await expect(averageRow.locator('td[data-age]')).toHaveCount(24);
    await page.screenshot({ path: testInfo.outputPath(`cohorts-${name}.png`) });

    // The average's tooltip at +12, where no cohort of the 12 drawn has a line any more.
    const averageAt12 = await averageRow.locator('td[data-age="12"]').innerText();
    const area = (await curves.locator('.ag-charts-series-area').boundingBox())!;
    await page.mouse.move(area.x + (area.width * 12) / 23, area.y + area.height * (1 - percentOf(averageAt12) / 100));
    const tooltip = curves.locator('.ag-charts-tooltip');
    await expect(tooltip).toContainText(AVERAGE[language]);
    await expect(tooltip).toContainText(averageAt12);
    await expect(tooltip).toContainText('+12');
    await page.screenshot({ path: testInfo.outputPath(`cohorts-tooltip-${name}.png`) });
    await page.mouse.move(0, 0);

    // Scrolled to the oldest ages: the label and size columns stay, the ages move under them.
    const label = heatmap.locator('tr[data-cohort="2023-01"] th');
    const size = label.locator('xpath=following-sibling::td[1]');
    const firstAge = heatmap.locator('tr[data-cohort="2023-01"] td[data-age="0"]');
    const [labelBefore, sizeBefore, ageBefore] = await Promise.all([
      label.boundingBox(),
      size.boundingBox(),
      firstAge.boundingBox(),
    ]);
    const scroller = heatmap.getByTestId('cohort-heatmap-scroll');
    await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(200);
    const [labelAfter, sizeAfter, ageAfter] = await Promise.all([
      label.boundingBox(),
      size.boundingBox(),
      firstAge.boundingBox(),
    ]);
    expect(labelAfter!.x).toBeCloseTo(labelBefore!.x, 0);
    expect(sizeAfter!.x).toBeCloseTo(sizeBefore!.x, 0);
    expect(ageAfter!.x).toBeLessThan(ageBefore!.x - 200);
    await expect(heatmap.locator('thead th[data-age="23"]')).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath(`cohorts-scrolled-${name}.png`) });
  });
});
