/**
 * An .xlsx workbook as a source of rows, streamed by exceljs's WorkbookReader after
 * zipInspect.ts has vouched for the archive. Styles are not read: a date column is read
 * by what the column holds (a serial number), which is both faster and independent of
 * how the cell was formatted; formula cells give their cached result.
 */
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { formatIsoDate } from '../../shared/calendar';
import { dayOfUtcDate, type CellValue } from '../../shared/parse';
import { PitoError } from '../errors';
import {
  DEFAULT_MAX_UNPACKED_BYTES,
  inspectXlsx,
  SheetLimitError,
  TruncatedPartError,
  ZipBombError,
} from './zipInspect';
import { ZipFormatError } from './zipDirectory';
import type { SourceBook, SourceRow, SourceSheet } from './sourceRows';
import type { WorkbookLayout } from './workbookLayout';

const ROWS_PER_BATCH = 2000;

/** A cell's value as exceljs models it, down to a plain value. */
export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const { day } = dayOfUtcDate(value);
    return day === null ? null : formatIsoDate(day);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainCellValue(value.result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('text' in value) return plainCellValue(value.text as ExcelJS.CellValue);
  return null;
}

function sourceRow(row: ExcelJS.Row): SourceRow {
  const cells: CellValue[] = [];
  let formulas: number[] | undefined;
  row.eachCell((cell, column) => {
    const value = cell.value;
    cells[column - 1] = plainCellValue(value);
    if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
      (formulas ??= []).push(column - 1);
    }
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= null;
  return formulas ? { number: row.number, cells, formulas } : { number: row.number, cells };
}

async function* sheetRows(
  fileName: string,
  sheet: string,
  worksheet: AsyncIterable<ExcelJS.Row>,
): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = [];
  try {
    for await (const row of worksheet) {
      batch.push(sourceRow(row));
      if (batch.length >= ROWS_PER_BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw readingError(fileName, sheet, error);
  }
  if (batch.length > 0) yield batch;
}

/** What exceljs's WorkbookReader learns from xl/workbook.xml and its relationships. */
interface ReaderInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets: { name: string; id: number; rId: string; state: string }[] };
}

/**
 * Hands exceljs the sheet names and parts before it streams: it names a worksheet from
 * xl/workbook.xml, which writers often store after the sheets, and its single streaming
 * pass then races (exceljs issue #3064: sheets come out unnamed, or it throws).
 */
function presetLayout(reader: ExcelJS.stream.xlsx.WorkbookReader, layout: WorkbookLayout): void {
  const internals = reader as unknown as ReaderInternals;
  const linked = layout.sheets.filter((sheet) => sheet.part !== null && sheet.relId !== null);
  internals.workbookRels = linked.map((sheet) => ({
    Id: sheet.relId ?? '',
    Target: (sheet.part ?? '').replace(/^xl\//, ''),
  }));
  internals.model = {
    sheets: linked.map((sheet, index) => ({
      name: sheet.name,
      id: index + 1,
      rId: sheet.relId ?? '',
      state: 'visible',
    })),
  };
}

async function* workbookSheets(path: string, layout: WorkbookLayout): AsyncGenerator<SourceSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  presetLayout(reader, layout);
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const totalRows = layout.sheets.find((sheet) => sheet.name === name)?.rowCount ?? null;
      yield { name, totalRows, rows: sheetRows(basename(path), name, worksheet) };
    }
  } catch (error) {
    throw readingError(basename(path), null, error);
  }
}

function inspectionError(fileName: string, error: unknown): unknown {
  const where = { file: fileName };
  if (error instanceof ZipBombError) {
    return new PitoError(
      'badFile',
      `${fileName} would unpack to more than Pito reads (${error.message} is too large or larger than it declares): it may be a decompression bomb.`,
      where,
    );
  }
  if (error instanceof SheetLimitError) {
    return new PitoError(
      'badFile',
      `${fileName} is damaged: ${error.part} refers to ${error.reference}, beyond Excel's limits of 1 048 576 rows and columns up to XFD.`,
      where,
    );
  }
  if (error instanceof TruncatedPartError) {
    return new PitoError('badFile', `${fileName} is damaged: the XML of ${error.message} is cut short.`, where);
  }
  if (error instanceof ZipFormatError) {
    return new PitoError('badFile', `${fileName} is damaged or incomplete: ${error.message}.`, where);
  }
  if (error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('Z_')) {
    return new PitoError('badFile', `${fileName} is damaged: a part of the workbook cannot be unpacked.`, where);
  }
  return error;
}

/** exceljs's own complaint about XML it cannot parse, as a message naming the file and sheet. */
function readingError(fileName: string, sheet: string | null, error: unknown): unknown {
  if (error instanceof PitoError) return error;
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const where = sheet === null ? fileName : `${fileName}: sheet "${sheet}"`;
  return new PitoError('badFile', `${where} cannot be read (${detail}).`, { file: fileName });
}

export async function openXlsx(path: string, maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES): Promise<SourceBook> {
  const fileName = basename(path);
  let layout: WorkbookLayout;
  try {
    layout = await inspectXlsx(path, maxUnpackedBytes);
  } catch (error) {
    throw inspectionError(fileName, error);
  }
  if (layout.sheets.length === 0) {
    throw new PitoError('badFile', `${fileName} is not an Excel workbook: it has no worksheets.`, { file: fileName });
  }
  return {
    sheetNames: layout.sheets.map((sheet) => sheet.name),
    date1904: layout.date1904,
    sheets: workbookSheets(path, layout),
  };
}
