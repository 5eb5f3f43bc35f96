/**
 * Turns period-corpus plans (periodCorpusFiles.ts) into files with the customer-list corpus's
 * writers (corpusWriters.ts): CSV as Excel saves it (`;` and decimal comma, or `,` and decimal
 * point; a formatted cell saved as it shows, `35,5 %`, `45,50 €`), and xlsx by exceljs or
 * openpyxl. Those writers give only dates a number format, so a workbook with percent or money
 * formatted cells is written here with the same two libraries.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, CorpusCase } from './corpusFiles';
import { openpyxlPython, writeCorpus } from './corpusWriters';
import type { FormattedNumber, PeriodCase, PeriodCell } from './periodCorpusFiles';

const isFormatted = (cell: PeriodCell): cell is FormattedNumber => typeof cell === 'object' && cell !== null;

/** The fewest decimals (up to 4) that write the number exactly. */
function decimals(value: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-7) return d;
  return 4;
}

function numberFormat(c: PeriodCase, cell: FormattedNumber): string {
  if (cell.format === 'currency') return c.language === 'fi' ? '#,##0.00 "€"' : '"€"#,##0.00';
  const d = decimals(cell.value * 100);
  return d === 0 ? '0%' : `0.${'0'.repeat(d)}%`;
}

/** A cell as Excel shows it, which is what its CSV holds. */
function csvCell(c: PeriodCase, cell: PeriodCell): Cell {
  if (cell === null || typeof cell === 'string') return cell;
  const comma = c.format === 'csv-semicolon';
  const local = (text: string) => (comma ? text.replace('.', ',') : text);
  if (typeof cell === 'number') return local(String(cell));
  if (cell.format === 'currency') {
    const amount = local(cell.value.toFixed(2));
    return c.language === 'fi' ? `${amount} €` : `€${amount}`;
  }
  const percent = cell.value * 100;
  const text = local(percent.toFixed(decimals(percent)));
  return c.language === 'fi' ? `${text} %` : `${text}%`;
}

/** The plan as corpusWriters.ts's CorpusCase: only the parts its writers read are real. */
function asCorpusCase(c: PeriodCase, rows: Cell[][]): CorpusCase {
  return {
    index: c.index,
    name: c.name,
    language: c.language,
    format: c.format,
    dateStyle: 'iso',
    encoding: c.encoding,
    ambiguous: false,
    headerRow: c.headerRow,
    columns: c.columns.map(({ letter, header }) => ({ letter, header })),
    rows,
    sheetName: c.sheetName,
    customerCount: 0,
    expected: [],
  };
}

/** Writes every case into dir and answers the paths, in the order of the cases. */
export async function writePeriodCorpus(cases: readonly PeriodCase[], dir: string): Promise<string[]> {
  const viaCorpusWriters: CorpusCase[] = [];
  const viaPython: PeriodCase[] = [];
  for (const c of cases) {
    const workbook = c.format.startsWith('xlsx');
    const formatted = c.rows.some((row) => row.some(isFormatted));
    if (!workbook)
      viaCorpusWriters.push(
        asCorpusCase(
          c,
          c.rows.map((row) => row.map((cell) => csvCell(c, cell))),
        ),
      );
    else if (!formatted) viaCorpusWriters.push(asCorpusCase(c, c.rows as Cell[][]));
    else if (c.format === 'xlsx-exceljs') await writeFormattedExceljs(c, join(dir, c.name));
    else viaPython.push(c);
  }
  await writeCorpus(viaCorpusWriters, dir);
  writeFormattedOpenpyxl(viaPython, dir);
  return cases.map((c) => join(dir, c.name));
}

async function writeFormattedExceljs(c: PeriodCase, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(c.sheetName);
  for (const values of c.rows) {
    const row = sheet.addRow(values.map((cell) => (isFormatted(cell) ? cell.value : cell)));
    values.forEach((cell, i) => {
      if (isFormatted(cell)) row.getCell(i + 1).numFmt = numberFormat(c, cell);
    });
  }
  await workbook.xlsx.writeFile(path);
}

const OPENPYXL_SCRIPT = `
import json, sys
from openpyxl import Workbook
for book in json.load(sys.stdin):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = book["sheet"]
    for values in book["rows"]:
        sheet.append([cell["v"] if isinstance(cell, dict) else cell for cell in values])
        for i, cell in enumerate(values):
            if isinstance(cell, dict):
                sheet.cell(row=sheet.max_row, column=i + 1).number_format = cell["f"]
    workbook.save(book["path"])
`;

function writeFormattedOpenpyxl(cases: readonly PeriodCase[], dir: string): void {
  if (cases.length === 0) return;
  const books = cases.map((c) => ({
    path: join(dir, c.name),
    sheet: c.sheetName,
    rows: c.rows.map((row) =>
      row.map((cell) => (isFormatted(cell) ? { v: cell.value, f: numberFormat(c, cell) } : cell)),
    ),
  }));
  const result = spawnSync(openpyxlPython(), ['-c', OPENPYXL_SCRIPT], {
    input: JSON.stringify(books),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`openpyxl writer failed: ${result.stderr || result.error?.message}`);
}
