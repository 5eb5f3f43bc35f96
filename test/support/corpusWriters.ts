/**
 * Turns corpus plans (corpusFiles.ts) into files: xlsx by exceljs or by Python's openpyxl
 * (two writers, because workbooks from different tools differ in styles, shared strings and
 * empty rows), and CSV the way Excel saves it in Finland (`;`, decimal comma, often
 * Windows-1252) or in English locales (`,`, decimal point).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell, CorpusCase } from './corpusFiles';
import { writeXlsx } from './workbooks';

/** Writes every case into dir and answers the paths, in the order of the cases. */
export async function writeCorpus(cases: readonly CorpusCase[], dir: string): Promise<string[]> {
  const paths = cases.map((c) => join(dir, c.name));
  const viaPython: CorpusCase[] = [];
  for (const [i, c] of cases.entries()) {
    const path = paths[i] as string;
    if (c.format === 'xlsx-exceljs')
      await writeXlsx(path, [{ name: c.sheetName, rows: c.rows, dateFormat: excelDateFormat(c) }]);
    else if (c.format === 'xlsx-openpyxl') viaPython.push(c);
    else writeFileSync(path, encode(csvText(c), c.encoding));
  }
  writeWithOpenpyxl(viaPython, dir);
  return paths;
}

/** The number format a person in that locale would see; Pito reads the serial number either way. */
const excelDateFormat = (c: CorpusCase) => (c.language === 'fi' ? 'd.m.yyyy' : 'mm/dd/yyyy');

function csvText(c: CorpusCase): string {
  const delimiter = c.format === 'csv-semicolon' ? ';' : ',';
  const width = c.columns.length;
  const field = (cell: Cell): string => {
    if (cell === null) return '';
    if (cell instanceof Date) throw new Error(`${c.name}: a date cell in a CSV (plans give CSV text dates)`);
    // Integers as they are; money with two decimals and the locale's decimal separator.
    const text = typeof cell === 'number' ? (Number.isInteger(cell) ? String(cell) : cell.toFixed(2)) : cell;
    const local = typeof cell === 'number' && delimiter === ';' ? text.replace('.', ',') : text;
    return /["\r\n]/.test(local) || local.includes(delimiter) ? `"${local.replaceAll('"', '""')}"` : local;
  };
  // Excel pads short rows (a title, a blank row) with delimiters up to the used range's width.
  const lines = c.rows.map((row) => Array.from({ length: width }, (_, i) => field(row[i] ?? null)).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

/** Windows-1252's letters beyond Latin-1 that the corpus's headers and values use. */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94 };

function encode(text: string, encoding: CorpusCase['encoding']): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.from(`\uFEFF${text}`, 'utf8');
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) as number;
      const byte = CP1252_EXTRA[char] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
      if (byte === undefined) throw new Error(`"${char}" has no Windows-1252 byte`);
      return byte;
    }),
  );
}

const PYTHON_SCRIPT = fileURLToPath(new URL('./openpyxlWriter.py', import.meta.url));

/** The first python on PATH may be a pyenv shim without openpyxl; Debian's has it. */
let python: string | undefined;
export function openpyxlPython(): string {
  python ??= ['python3', '/usr/bin/python3', 'python'].find(
    (candidate) => spawnSync(candidate, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0,
  );
  if (!python) throw new Error('no python with openpyxl: apt-get install python3-openpyxl');
  return python;
}

/** One Python process for all openpyxl workbooks: importing openpyxl costs more than writing one. */
function writeWithOpenpyxl(cases: readonly CorpusCase[], dir: string): void {
  if (cases.length === 0) return;
  const books = cases.map((c) => ({
    path: join(dir, c.name),
    sheet: c.sheetName,
    dateFormat: excelDateFormat(c),
    rows: c.rows.map((row) =>
      row.map((cell) => (cell instanceof Date ? { date: cell.toISOString().slice(0, 10) } : cell)),
    ),
  }));
  const result = spawnSync(openpyxlPython(), [PYTHON_SCRIPT], { input: JSON.stringify(books), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openpyxl writer failed: ${result.stderr || result.error?.message}`);
}
