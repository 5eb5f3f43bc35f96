/**
 * Electron's security checklist, proven in the running app: the page has no Node,
 * cannot navigate away, open windows, reach the network or name a file path, and the
 * main side refuses IPC from any frame but the app window's own.
 */
import { PRELOAD_BUNDLE } from './electronAvailability';
import { expect, recordExternalLinks, test } from './fixtures';

// The web preferences themselves (sandbox, contextIsolation…) are checked in electron/shell/desktopApp.test.ts;
// Electron 45 has no API to read them back from a running window. Here: what they achieve.
test('the app page has no require, process or module, and exactly one bridge object', async ({ page }) => {
  expect(page.url()).toBe('app://pito/index.html');
  const globals = await page.evaluate(() => ({
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
    module: typeof (window as { module?: unknown }).module,
    ipcRenderer: typeof (window as { ipcRenderer?: unknown }).ipcRenderer,
    pito: Object.keys(window.pito ?? {}).sort(),
  }));
  expect(globals).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined' });
  expect(globals.ipcRenderer).toBe('undefined');
  expect(globals.pito).toContain('app:info');
  expect(globals.pito).toContain('on');
  expect(globals.pito).toContain('importDroppedFile');
});

test('navigation to an outside URL is blocked', async ({ app, page }) => {
  const blocked = app.waitForEvent('console', (message) => message.text().includes('Blocked navigation'));
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await blocked;
  expect(page.url()).toBe('app://pito/index.html');
});

test('window.open is denied; an https link goes to the system browser after the check, nothing else does', async ({
  app,
  page,
}) => {
  const openedLinks = await recordExternalLinks(app);
  const results = await page.evaluate(() => [
    window.open('https://example.com/help') === null,
    window.open('file:///etc/passwd') === null,
    window.open('javascript:alert(1)') === null,
  ]);
  expect(results).toEqual([true, true, true]);
  expect(app.windows()).toHaveLength(1);
  expect(await openedLinks()).toEqual(['https://example.com/help']);
});

test('the page reaches no network', async ({ page }) => {
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
});

test('app:openExternal refuses anything but https', async ({ app, page }) => {
  const openedLinks = await recordExternalLinks(app);
  const refused = await page.evaluate(() => window.pito?.['app:openExternal']({ url: 'file:///etc/passwd' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await openedLinks()).toEqual([]);
});

test('the page cannot name a file path for import', async ({ page }) => {
  const direct = await page.evaluate(() => window.pito?.['import:droppedFile']({ path: '/etc/passwd' }));
  expect(direct).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const forgedFile = await page.evaluate(() =>
    window.pito?.importDroppedFile?.(new File(['id\n1\n'], 'customers.csv', { type: 'text/csv' })),
  );
  expect(forgedFile).toMatchObject({ ok: false, error: { code: 'badFile' } });
});

test('a forged IPC message from a window that is not the app window is rejected', async ({ app }) => {
  const answer = await app.evaluate(async ({ BrowserWindow }, preload) => {
    const forged = new BrowserWindow({
      show: false,
      webPreferences: { preload, sandbox: true, contextIsolation: true },
    });
    try {
      await forged.loadURL('data:text/html,<p>not the app</p>');
      return await forged.webContents.executeJavaScript(`window.pito['app:info']({})`);
    } finally {
      forged.destroy();
    }
  }, PRELOAD_BUNDLE);
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('a malformed request is refused with the field named', async ({ page }) => {
  const answer = await page.evaluate(() =>
    window.pito?.['app:setLanguage']({ language: 'klingon' } as unknown as { language: 'en' }),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
  expect(JSON.stringify(answer)).toContain('language');
});
