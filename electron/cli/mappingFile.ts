/**
 * `--mapping FILE.json`: the same overrides as `--map`, kept in a file for a file that is
 * imported again and again: `{ "startDate": "B", "endDate": "Loppupäivä", "dateOrder": "dayFirst" }`.
 * Only the file's form is checked here; whether its fields and columns fit the data file is
 * mappingOverrides.ts's question, as for `--map`.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DATE_ORDERS, type DateOrder, type ImportShape } from '../../shared/importModel';
import { PitoError } from '../errors';
import type { FieldAssignment } from './args';

export interface MappingFile {
  map: FieldAssignment[];
  shape: ImportShape | null;
  dateOrder: DateOrder | null;
}

const SHAPES: readonly string[] = ['customerList', 'periodTable'] satisfies ImportShape[];

/** A wrong value as the error shows it: short, whatever was pasted into the file. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function fileError(name: string, problem: string): PitoError {
  return new PitoError('invalidRequest', `${name}: ${problem}`, { file: name });
}

export async function readMappingFile(path: string): Promise<MappingFile> {
  const name = basename(path);
  const text = await readFile(resolve(path), 'utf8').catch(() => null);
  if (text === null) throw fileError(name, 'the mapping file does not exist or cannot be read.');
  let parsed: unknown;
  try {
    // A BOM is what Windows editors put at the start of a UTF-8 file; JSON.parse refuses it.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw fileError(name, `the mapping file is not valid JSON (${why}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw fileError(name, 'the mapping file must hold one JSON object, such as { "startDate": "B" }.');
  }
  const mapping: MappingFile = { map: [], shape: null, dateOrder: null };
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'shape') {
      if (typeof value !== 'string' || !SHAPES.includes(value)) {
        throw fileError(name, `"shape" must be "customerList" or "periodTable", not ${shown(value)}.`);
      }
      mapping.shape = value as ImportShape;
    } else if (key === 'dateOrder') {
      if (typeof value !== 'string' || !(DATE_ORDERS as readonly string[]).includes(value)) {
        throw fileError(name, `"dateOrder" must be "dayFirst" or "monthFirst", not ${shown(value)}.`);
      }
      mapping.dateOrder = value as DateOrder;
    } else {
      // null, "" and "-" unmap the field, as `--map FIELD=` does.
      if (value !== null && typeof value !== 'string') {
        throw fileError(
          name,
          `"${key}" must be a column's header text or letter (a string), or null, not ${shown(value)}.`,
        );
      }
      const column = value === null ? '' : value.trim();
      mapping.map.push({
        field: key,
        column: column === '' || column === '-' ? null : column,
        source: `${name}: "${key}": ${shown(value)}`,
      });
    }
  }
  return mapping;
}
