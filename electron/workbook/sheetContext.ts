/**
 * What every sheet writer needs: the streaming workbook, the document, its language's
 * sheet names and messages. The sheet names follow the document's language; the hidden
 * data sheet has one fixed name so Pito finds it in any language.
 */
import type ExcelJS from 'exceljs';
import type { CustomerRecord } from '../../shared/customers';
import type { PitoDocument, UiLanguage } from '../../shared/document';
import { documentRange, type DocumentRange } from '../../shared/documentRange';
import { translate, type MessageKey } from '../../shared/i18n';
import type { RangeProblem } from '../../shared/ranges';

export const DATA_SHEET_NAME = 'PitoData';

export interface SheetNames {
  periods: string;
  summary: string;
  cohorts: string;
  customers: string;
  definitions: string;
}

export function sheetNamesFor(language: UiLanguage): SheetNames {
  return {
    periods: translate(language, 'workbook.sheet.periods'),
    summary: translate(language, 'workbook.sheet.summary'),
    cohorts: translate(language, 'workbook.sheet.cohorts'),
    customers: translate(language, 'workbook.sheet.customers'),
    definitions: translate(language, 'workbook.sheet.definitions'),
  };
}

/** A sheet name as a formula reference: always quoted, quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface SheetContext {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  document: PitoDocument;
  names: SheetNames;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** The range the Summary sheet and the Periods sheet's range row cover, counted as on screen. */
  range: DocumentRange | RangeProblem;
}

export function createSheetContext(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  document: PitoDocument,
  customers: readonly CustomerRecord[] | null,
): SheetContext {
  const { language } = document.settings;
  return {
    workbook,
    document,
    range: documentRange(document, customers),
    names: sheetNamesFor(language),
    t: (key, params) => translate(language, key, params),
  };
}

/**
 * Bold in the workbook's own font: a font given as bold alone has no name, and LibreOffice
 * shows it in a serif of its choosing, wider than the widths allow for.
 */
export const HEADER_FONT = { name: 'Calibri', family: 2, scheme: 'minor', size: 11, bold: true } as const;

/** Where the Periods sheet put its rows, for the Summary formulas that point at them. */
export interface PeriodsPlacement {
  /** Sheet rows of the first and last period; null for a document without periods. */
  firstRow: number | null;
  lastRow: number | null;
  /** The summary range's row; null without periods or when the range cannot be given. */
  totalsRow: number | null;
}
