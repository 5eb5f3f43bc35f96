/**
 * Where file paths come from: only the native dialogs (or the OS, for a dropped file).
 * The Electron shell implements this with `dialog`; the browser harness with paths a
 * test hands it, so every handler behind it runs unchanged.
 */
export interface Dialogs {
  /** An .xlsx or .csv to import; null when the user cancels. */
  chooseImportFile(): Promise<string | null>;
  /** A Pito workbook to open; null when the user cancels. */
  chooseWorkbookToOpen(): Promise<string | null>;
  /** Where to save the workbook; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}
