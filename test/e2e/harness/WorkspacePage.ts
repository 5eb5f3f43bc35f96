/**
 * The page object of the workspace: what a user does (import, edit, paste, undo,
 * switch language, save, open) in terms of data-testid selectors. Grid cells are found
 * by AG Grid's own row-index and col-id attributes (the column ids are the document's
 * field names; the pinned whole-range row is row-index b-0).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { HarnessMain } from './mainSide';

export class WorkspacePage {
  readonly workspace: Locator;
  readonly grid: Locator;
  readonly statusError: Locator;
  readonly statusInfo: Locator;
  readonly importDialog: Locator;

  constructor(
    readonly page: Page,
    private readonly harness: { main: HarnessMain },
  ) {
    this.workspace = page.getByTestId('workspace');
    this.grid = page.getByTestId('period-grid');
    this.statusError = page.getByTestId('status-error');
    this.statusInfo = page.getByTestId('status-info');
    this.importDialog = page.getByTestId('import-dialog');
  }

  button(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Saves the document to `path`, starts a new one and opens `path` again, as a user would. */
  async saveAndReopen(path: string): Promise<void> {
    const name = path.split(/[\\/]/).pop() ?? path;
    this.harness.main.dialogs.savePath = path;
    await this.button('tb-save').click();
    await expect(this.statusInfo).toContainText(`Saved ${name}`);
    await this.command('tb-new');
    this.harness.main.dialogs.workbookToOpen = path;
    await this.button('tb-open').click();
    await expect(this.statusInfo).toContainText(`Opened ${name}`);
  }

  /** Runs a toolbar command, opening the More menu first when the command is in it. */
  async command(testId: string): Promise<void> {
    const button = this.page.getByTestId(testId);
    if (!(await button.isVisible())) await this.page.getByTestId('tb-more').click();
    await button.click();
  }

  /** A cell of period row `rowIndex` (0-based, display order). */
  cell(rowIndex: number, field: string): Locator {
    return this.grid.locator(`.ag-row[row-index="${rowIndex}"] [role="gridcell"][col-id="${field}"]`);
  }

  /** A cell of the pinned whole-range row. */
  totalsCell(field: string): Locator {
    return this.grid.locator(`.ag-row[row-index="b-0"] [role="gridcell"][col-id="${field}"]`);
  }

  /** The period rows (not the pinned whole-range row). */
  get rows(): Locator {
    return this.grid.locator('.ag-grid-scrolling-rows .ag-row');
  }

  row(rowIndex: number): Locator {
    return this.grid.locator(`.ag-row[row-index="${rowIndex}"]`);
  }

  /** Adds a period after the last one and waits for the focus the app then gives its first figure to type. */
  async addPeriod(): Promise<void> {
    const count = await this.rows.count();
    await this.button('tb-add-period').click();
    await expect(this.cell(count, 'newCustomers')).toHaveClass(/ag-cell-focus/);
  }

  /** Starts an import of `path` through the Import… button and waits for the mapping step. */
  async startImport(path: string): Promise<void> {
    this.harness.main.dialogs.importFile = path;
    await this.button('tb-import').click();
    await expect(this.page.getByTestId('import-mapping')).toBeVisible();
  }

  /** In the mapping step, reads the named sheet of the workbook (the step may have chosen it already). */
  async chooseSheet(name: string): Promise<void> {
    const sheet = this.page.getByTestId('import-sheet');
    if ((await sheet.inputValue()) !== name) await sheet.selectOption(name);
  }

  async confirmImport(): Promise<void> {
    await this.button('import-run').click();
    await expect(this.importDialog).toBeHidden();
  }

  /** Clicks a cell and waits until it has the keyboard focus (the grid moves focus a moment after the click). */
  async select(rowIndex: number, field: string): Promise<void> {
    const cell = this.cell(rowIndex, field);
    await cell.click();
    await expect(cell).toBeFocused();
  }

  /** Presses Ctrl+C and gives what the copy put on the clipboard as plain text. */
  async copy(): Promise<string> {
    // The listener is in place before the key is pressed (an evaluate still on its way could miss the event).
    await this.page.evaluate(() => {
      const copied = new Promise<string>((resolve) =>
        // The document hears the event after the workspace has filled the clipboard.
        document.addEventListener('copy', (event) => resolve(event.clipboardData?.getData('text/plain') ?? ''), {
          once: true,
        }),
      );
      (window as unknown as { pitoCopied: Promise<string> }).pitoCopied = copied;
    });
    await this.page.keyboard.press('Control+C');
    return this.page.evaluate(() => (window as unknown as { pitoCopied: Promise<string> }).pitoCopied);
  }

  /** Edits a cell as a user does: select it, F2 (Enter moves down, as in Excel), replace the text, Enter. */
  async typeInto(rowIndex: number, field: string, text: string): Promise<void> {
    await this.select(rowIndex, field);
    await this.page.keyboard.press('F2');
    const editor = this.grid.locator('.ag-cell-inline-editing input');
    await expect(editor).toBeFocused();
    await editor.fill(text);
    await this.page.keyboard.press('Enter');
    await expect(editor).toHaveCount(0);
  }

  /** Pastes text as the clipboard would deliver it to the focused element. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((clipboardText) => {
      const data = new DataTransfer();
      data.setData('text/plain', clipboardText);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Shows the grid or the charts (the view tabs above them). */
  async view(which: 'grid' | 'charts'): Promise<void> {
    await this.page.getByTestId(which === 'grid' ? 'view-tab-grid' : 'view-tab-charts').click();
  }

  /** The value one of the charts lists for a period (its text table mirrors the canvas): shown in the charts view. */
  chartValue(chartTestId: string, period: string, key: string): Locator {
    return this.page.getByTestId(`${chartTestId}-data`).locator(`tr[data-period="${period}"] td[data-key="${key}"]`);
  }

  async setLanguage(language: 'fi' | 'en'): Promise<void> {
    await this.page.getByTestId('language-select').selectOption(language);
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+y');
  }
}
