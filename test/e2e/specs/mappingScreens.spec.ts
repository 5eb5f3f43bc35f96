/**
 * Screenshots of the mapping step for a person to look at (test-results/e2e/…/*.png): a
 * file whose columns Pito does not recognise and a US-style file with a date column
 * left out, in English and Finnish, at 1366×768 and 1920×1080. The dialog must fit the
 * window: its buttons stay in view and its content scrolls.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { writeUnrecognisedCsv, writeUsDatesCsv } from '../support/files';
import { forEachScreen } from '../support/screens';

/** Twelve rows, ten columns, slashed dates, a column of scores and one of dates left out: a full mapping step. */
function writeCrowdedCsv(folder: string): string {
  const path = join(folder, 'crowded.csv');
  const header = 'Customer,Joined,Left,Orders,Revenue,Region,Last order,Survey score,Account manager,Notes';
  const rows = Array.from(
    { length: 12 },
    (_, i) =>
      `C${i + 1},0${(i % 9) + 1}/0${(i % 8) + 1}/2024,,${i + 1},${(i + 1) * 12.5},North,0${(i % 9) + 1}/1${i % 3}/2024,${i % 11},Kaisa Virtanen,long free text about customer ${i + 1}`,
  );
  writeFileSync(path, `${[header, ...rows].join('\r\n')}\r\n`);
  return path;
}

const FILES = { unrecognised: writeUnrecognisedCsv, unplaced: writeUsDatesCsv, crowded: writeCrowdedCsv };

forEachScreen(({ viewport, name: screen }) => {
  for (const [name, write] of Object.entries(FILES)) {
    test(`the mapping step, ${name}`, async ({ app, harness, page }, testInfo) => {
      await app.startImport(write(harness.filesDir));
      const dialog = app.importDialog;
      const box = await dialog.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
      await expect(page.getByTestId('import-run')).toBeInViewport();
      const file = `mapping-${name}-${screen}`;
      await page.screenshot({ path: testInfo.outputPath(`${file}.png`) });
      if (name === 'crowded') {
        // A refused run: the reason shows inside the step, the buttons stay in view.
        await page.getByTestId('import-map-startDate').selectOption('');
        await page.getByTestId('import-run').click();
        await expect(page.getByTestId('import-error')).toBeVisible();
        await expect(page.getByTestId('import-run')).toBeInViewport();
        await page.screenshot({ path: testInfo.outputPath(`${file}-refused.png`) });
      }
      await page.getByTestId('import-preview').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`${file}-scrolled.png`) });
      if (name === 'unplaced') {
        await app.confirmImport();
        const report = page.getByTestId('import-report');
        if (!(await report.isVisible())) await app.command('tb-report');
        await expect(report.getByTestId('import-report-mapping')).toBeVisible();
        await page.screenshot({
          path: testInfo.outputPath(`report-${screen}.png`),
        });
      }
    });
  }
});
