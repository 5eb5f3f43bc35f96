/**
 * The desktop flows through Electron's own transport (preload, ipcMain, native
 * dialogs stood in from the main process): start, import a customer list, save the
 * workbook, reopen it, recent files, menu commands, the close prompt, the remembered
 * window, and a second launch handing its file to the running app. The same flows
 * through the UI run in Chromium in test/e2e, where the renderer's own tests live.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { ElectronApplication, Page } from '@playwright/test';
import { ROOT, electronExecutable } from './electronAvailability';
import { answerMessageBoxes, expect, launchPito, pickInOpenDialog, pickInSaveDialog, test } from './fixtures';

const CUSTOMERS_CSV = [
  'Customer ID,Start date,End date',
  'C1,2024-01-05,',
  'C2,2024-01-20,2024-03-10',
  'C3,2024-02-02,',
  'C4,2024-02-15,2024-02-28',
  'C5,2024-03-01,',
].join('\n');

function writeCustomers(path: string): string {
  writeFileSync(path, `${CUSTOMERS_CSV}\n`);
  return path;
}

/** Imports through the bridge the way the renderer's import flow does: choose, preview, run. */
async function importThroughBridge(page: Page) {
  return page.evaluate(async () => {
    const pito = window.pito;
    if (!pito) throw new Error('no bridge');
    const chosen = await pito['import:chooseFile']({});
    if (!chosen.ok || !chosen.value) throw new Error(`choose: ${JSON.stringify(chosen)}`);
    const preview = await pito['import:preview']({ fileId: chosen.value.fileId, sheet: null });
    if (!preview.ok) throw new Error(`preview: ${JSON.stringify(preview)}`);
    const run = await pito['import:run']({
      fileId: chosen.value.fileId,
      jobId: 'e2e-job',
      sheet: null,
      mapping: preview.value.mapping,
      periodKind: 'month',
    });
    if (!run.ok) throw new Error(`run: ${JSON.stringify(run)}`);
    return { fileName: chosen.value.fileName, document: run.value.document, report: run.value.report };
  });
}

/** Menu commands the page receives from now on. */
async function recordMenuCommands(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as { seenCommands?: string[] }).seenCommands = seen;
    window.pito?.on('menu:command', ({ command }) => seen.push(command));
  });
  return () => page.evaluate(() => [...((window as { seenCommands?: string[] }).seenCommands ?? [])]);
}

async function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

test('starts with the app page showing', async ({ page }) => {
  await expect(page).toHaveTitle('Pito');
  await expect(page.locator('#root')).not.toBeEmpty();
});

test('imports a customer list, saves the workbook and reopens it', async ({ app, page }, testInfo) => {
  await pickInOpenDialog(app, writeCustomers(testInfo.outputPath('customers.csv')));
  const imported = await importThroughBridge(page);
  expect(imported.fileName).toBe('customers.csv');
  expect(imported.report.rowsUsed).toBe(5);
  expect(imported.document.periods.map((period) => period.label)).toEqual(['2024-01', '2024-02', '2024-03']);

  const saved = testInfo.outputPath('Retention.xlsx');
  await pickInSaveDialog(app, saved);
  const saveAnswer = await page.evaluate(
    (document) => window.pito?.['document:save']({ document, saveAs: true }),
    imported.document,
  );
  expect(saveAnswer).toEqual({ ok: true, value: { fileName: 'Retention.xlsx' } });
  expect(existsSync(saved)).toBe(true);

  await pickInOpenDialog(app, saved);
  const reopened = await page.evaluate(() => window.pito?.['document:open']({}));
  expect(reopened).toMatchObject({ ok: true, value: { fileName: 'Retention.xlsx' } });
  if (!reopened?.ok || !reopened.value) throw new Error('not reopened');
  expect(reopened.value.document.periods.map((period) => [period.label, period.customersAtEnd])).toEqual(
    imported.document.periods.map((period) => [period.label, period.customersAtEnd]),
  );

  const recent = await app.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.submenu?.getMenuItemById('save'));
    const recentMenu = file?.submenu?.items.find((item) => item.submenu && !item.id);
    return recentMenu?.submenu?.items.map((item) => item.label) ?? [];
  });
  expect(recent.slice(0, 2)).toEqual(['Retention.xlsx', 'customers.csv']);
});

test('menu commands reach the page', async ({ app, page }) => {
  const seen = await recordMenuCommands(page);
  await app.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()?.getMenuItemById('toggleCharts')?.click();
    Menu.getApplicationMenu()?.getMenuItemById('showDefinitions')?.click();
  });
  await expect.poll(seen).toEqual(['toggleCharts', 'showDefinitions']);
});

test('closing with unsaved edits asks first: Cancel keeps the window, Don’t save closes it', async ({ app, page }) => {
  await page.evaluate(() => window.pito?.['document:setDirty']({ dirty: true }));
  await app.evaluate(({ dialog }) => {
    const asked: number[] = [];
    (globalThis as { asked?: number[] }).asked = asked;
    dialog.showMessageBox = (async () => {
      asked.push(Date.now());
      return { response: 2, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await expect.poll(() => app.evaluate(() => (globalThis as { asked?: number[] }).asked?.length ?? 0)).toBe(1);
  expect(await windowCount(app)).toBe(1);

  await answerMessageBoxes(app, 1);
  const closed = app.waitForEvent('close');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await closed;
});

test('the window opens where it was closed', async ({ userDataDir }) => {
  const first = await launchPito(userDataDir);
  await first.firstWindow();
  await first.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 50, width: 1010, height: 690 }),
  );
  await first.close();

  const second = await launchPito(userDataDir);
  await second.firstWindow();
  const bounds = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
  await second.close();
  expect(bounds).toMatchObject({ width: 1010, height: 690 });
});

test('a second launch with a file hands it to the running app, whose import opens it without a dialog', async ({
  app,
  page,
  userDataDir,
}, testInfo) => {
  await app.evaluate(({ dialog }) => {
    dialog.showOpenDialog = (async () => {
      throw new Error('the file was handed over: no dialog may open');
    }) as typeof dialog.showOpenDialog;
  });
  const csv = writeCustomers(testInfo.outputPath('opened-from-os.csv'));
  const executable = electronExecutable();
  if (!executable) throw new Error('no Electron');
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const second = spawn(executable, [ROOT, `--user-data-dir=${userDataDir}`, ...rootOnly, csv], { stdio: 'ignore' });
  const exitCode = await new Promise((resolve) => second.once('exit', resolve));
  expect(exitCode).toBe(0);

  // The running app sent its page the Import command; the page's import flow took the handed-over file.
  await expect(page.getByTestId('import-preview')).toContainText('C1');
  expect(await windowCount(app)).toBe(1);
});
