/** Writes and edits test workbooks and text files with exceljs and node:fs, into a temporary folder per test file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export interface TestSheet {
  name: string;
  rows: ExcelJS.CellValue[][];
  /** Number format for Date cells; exceljs writes them as serial numbers with this format. */
  dateFormat?: string;
}

export async function writeXlsx(
  path: string,
  sheets: readonly TestSheet[],
  options: { date1904?: boolean } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const values of sheet.rows) {
      const row = worksheet.addRow(values);
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = sheet.dateFormat ?? 'd.m.yyyy';
      });
    }
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

/**
 * Edits a workbook the way a person would in Excel, through exceljs's full (non-streaming)
 * model: `edit` gets the named sheet, and the workbook is saved as `target` (by default over itself).
 */
export async function editXlsx(
  path: string,
  sheetName: string,
  edit: (sheet: ExcelJS.Worksheet) => void,
  target: string = path,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName} in ${path}`);
  edit(sheet);
  await workbook.xlsx.writeFile(target);
  return target;
}

export function writeText(path: string, text: string | Buffer): string {
  writeFileSync(path, text);
  return path;
}

/** A temporary folder and a cleanup for afterAll. */
export function tempFolder(prefix: string): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `pito-${prefix}-`));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
