import type { CohortTable, PeriodInputs, PeriodRow, PitoDocument, UiLanguage } from '../document';
import type { ColumnMapping, ImportPreview, ImportReport } from '../importModel';
import type { PeriodKind } from '../periods';

/** A file the main side holds for the renderer: the path itself never crosses IPC. */
export interface FileHandle {
  fileId: string;
  fileName: string;
  sizeBytes: number;
}

export interface ImportOutcome {
  document: PitoDocument;
  report: ImportReport;
}

export interface ImportChannels {
  /** Shows the native open dialog; null when the user cancels. */
  'import:chooseFile': (request: Record<string, never>) => FileHandle | null;
  /** A file dropped on the window: the preload resolves the OS path, never the page. */
  'import:droppedFile': (request: { path: string }) => FileHandle;
  'import:preview': (request: { fileId: string; sheet: string | null }) => ImportPreview;
  /** Reads the whole file off the main thread; `jobId` is the renderer's, for progress and cancel. */
  'import:run': (request: {
    fileId: string;
    jobId: string;
    sheet: string | null;
    mapping: ColumnMapping;
    periodKind: PeriodKind;
  }) => ImportOutcome;
  'import:cancel': (request: { jobId: string }) => void;
  /**
   * Periods and cohorts of the document's customer list, named by the document's `listId`,
   * for another period kind; refused when the main side no longer holds that list.
   */
  'import:reaggregate': (request: { listId: string; periodKind: PeriodKind }) => {
    periods: PeriodRow[];
    cohorts: CohortTable | null;
  };
  /**
   * S, N, E, R and the NPS counts of the range F…T (`YYYY-MM-DD`, both inclusive) counted
   * from the document's customer list (shared/aggregate/listRange.ts); refused when the main
   * side no longer holds that list.
   */
  'import:listRange': (request: { listId: string; firstDay: string; lastDay: string }) => PeriodInputs;
  /**
   * "Try with example data": a generated customer list (electron/import/exampleList.ts)
   * imported as a file would be, counted by `periodKind`; the main side holds the list, so
   * the document regroups and counts its summary range from it like any import.
   */
  'import:example': (request: { language: UiLanguage; periodKind: PeriodKind }) => ImportOutcome;
}
