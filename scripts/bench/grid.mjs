#!/usr/bin/env node
/* global window, document, requestAnimationFrame, MutationObserver -- page code run by page.evaluate */
/**
 * The period grid with 5 000 periods in Chromium, through the browser harness's own
 * pieces (the built renderer, the bridge script, the real main-side handlers): imports a
 * generated 5 000-row period table and prints
 *   - load → first paint: from the import's answer reaching the page to the first grid
 *     rows painted;
 *   - edit → derived cells: from the Enter that commits a typed figure to the row's
 *     retention cell showing the new value, and to the next painted frame (median, p95).
 * Target: an edit reflects in under 50 ms.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildHarness, initScriptPath, mainSidePath, rendererDir } from '../../test/e2e/harness/build.mjs';
import { APP_ORIGIN, CHROMIUM_LAUNCH_OPTIONS, serveApp } from '../../test/e2e/harness/appServer.mjs';

const PERIODS = 5000;
const EDITS = 100;
const dataDir = join('bench', 'data');

function writePeriodTable() {
  mkdirSync(dataDir, { recursive: true });
  const path = join(process.cwd(), dataDir, `periods-${PERIODS}.csv`);
  const lines = ['Period,Customers at start,New customers,Customers at end,Promoters,Passives,Detractors'];
  let customers = 1000;
  for (let n = 0; n < PERIODS; n++) {
    const year = 1700 + Math.floor(n / 12);
    const label = `${year}-${String((n % 12) + 1).padStart(2, '0')}`;
    const added = 40 + (n % 17);
    const end = customers + added - (30 + (n % 23));
    lines.push(`${label},${customers},${added},${end},${50 + (n % 9)},${30 + (n % 5)},${10 + (n % 7)}`);
    customers = end;
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const ms = (value) => `${value.toFixed(1)} ms`;

await buildHarness();
const csv = writePeriodTable();
const userDataDir = mkdtempSync(join(tmpdir(), 'pito-bench-'));
const browser = await chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const { createHarnessMain } = createRequire(import.meta.url)(mainSidePath);
  const main = createHarnessMain({
    userDataDir,
    systemLocale: 'en-US',
    emit: (event, payload) => void page.evaluate(([e, p]) => window.__pitoEmit(e, p), [event, payload]).catch(() => {}),
  });
  const refused = await serveApp(context, rendererDir);
  await page.exposeBinding('__pitoInvoke', (_source, channel, request) => main.route(channel, request));
  await page.exposeBinding('__pitoDrop', (_source, name) => main.drop(name));
  await page.addInitScript({ path: initScriptPath });
  // Marks the moment the import's answer reaches the page.
  await page.addInitScript(() => {
    const original = window.__pitoInvoke;
    window.__pitoInvoke = async (channel, request) => {
      const result = await original(channel, request);
      if (channel === 'import:run') window.__benchImported = performance.now();
      return result;
    };
  });
  await page.goto(`${APP_ORIGIN}/index.html`);

  main.dialogs.importFile = csv;
  await page.getByTestId('tb-import').click();
  await page.getByTestId('import-run').waitFor();
  const firstPaint = page.evaluate(
    () =>
      new Promise((resolve) => {
        const painted = () =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__benchImported)));
        const check = () => {
          const cell = document.querySelector('.ag-row[row-index="0"] [col-id="retentionRate"]');
          if (window.__benchImported && cell && cell.textContent !== '—') {
            observer.disconnect();
            painted();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  const importStarted = Date.now();
  await page.getByTestId('import-run').click();
  const loadToPaint = await firstPaint;
  const importSeconds = (Date.now() - importStarted) / 1000;
  const rowCount = await page.evaluate(() => document.querySelectorAll('.ag-grid-scrolling-rows .ag-row').length);

  const toCell = [];
  const toPaint = [];
  for (let n = 0; n < EDITS; n++) {
    const row = n % 8;
    const cell = page.locator(`.ag-row[row-index="${row}"] [role="gridcell"][col-id="customersAtEnd"]`);
    await cell.click();
    await page.keyboard.press('F2');
    const editor = page.locator('.ag-cell-inline-editing input');
    await editor.fill(String(2000 + n));
    const timing = page.evaluate(
      (rowIndex) =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error(`row ${rowIndex}: the retention cell did not change`)), 10_000);
          const target = document.querySelector(`.ag-row[row-index="${rowIndex}"] [col-id="retentionRate"]`);
          const before = target.textContent;
          let start = 0;
          document.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const current = document.querySelector(`.ag-row[row-index="${rowIndex}"] [col-id="retentionRate"]`);
            if (!start || current.textContent === before) return;
            observer.disconnect();
            const shown = performance.now() - start;
            requestAnimationFrame(() => resolve({ shown, painted: performance.now() - start }));
          });
          observer.observe(document.querySelector('[data-testid="period-grid"]'), {
            childList: true,
            subtree: true,
            characterData: true,
          });
        }),
      row,
    );
    await editor.press('Enter');
    const { shown, painted } = await timing;
    toCell.push(shown);
    toPaint.push(painted);
  }
  toCell.sort((a, b) => a - b);
  toPaint.sort((a, b) => a - b);
  console.log(
    `grid: ${PERIODS} periods imported through the harness in ${importSeconds.toFixed(1)} s (${rowCount} rows drawn, the rest virtualised)`,
  );
  console.log(`grid: load → first paint of the grid: ${ms(loadToPaint)}`);
  console.log(
    `grid: edit → derived cell updated (${EDITS} edits): median ${ms(percentile(toCell, 0.5))}, p95 ${ms(percentile(toCell, 0.95))}`,
  );
  console.log(
    `grid: edit → next painted frame: median ${ms(percentile(toPaint, 0.5))}, p95 ${ms(percentile(toPaint, 0.95))} (target < 50 ms)`,
  );
  if (refused.length > 0) throw new Error(`the app made outside requests: ${refused.join(', ')}`);
  await context.close();
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
