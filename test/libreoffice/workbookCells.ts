/** Reads a workbook's cells with exceljs's full model, for tests that inspect what a file holds. */
import ExcelJS from 'exceljs';

export interface FormulaCell {
  formula: string;
  /** The cached result; '' or undefined for a blank result. */
  result: unknown;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every formula cell of every sheet, keyed `Sheet!A1`. */
export function formulaCells(workbook: ExcelJS.Workbook): Map<string, FormulaCell> {
  const cells = new Map<string, FormulaCell>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const value = cell.value as ExcelJS.CellFormulaValue;
        cells.set(`${sheet.name}!${cell.address}`, { formula: cell.formula, result: value.result });
      });
    });
  });
  return cells;
}

function typeName(type: ExcelJS.ValueType): string {
  if (type === ExcelJS.ValueType.String) return 'String';
  if (type === ExcelJS.ValueType.Formula) return 'Formula';
  return `type ${type}`;
}

/** Every cell whose value is exactly one of `texts`, with its type: a formula-like text must stay a string. */
export function cellsHolding(workbook: ExcelJS.Workbook, texts: readonly string[]): { where: string; type: string }[] {
  const found: { where: string; type: string }[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const text = cell.type === ExcelJS.ValueType.Formula ? cell.formula : cell.value;
        const normalized = typeof text === 'string' ? text.replace(/^=/, '') : text;
        const matches = texts.some((candidate) => candidate === text || candidate.replace(/^=/, '') === normalized);
        if (matches) found.push({ where: `${sheet.name}!${cell.address}`, type: typeName(cell.type) });
      });
    });
  });
  return found;
}
