/**
 * The detected mapping with the command line's changes applied: `--mapping FILE.json`
 * first, then each `--map FIELD=COLUMN` (so the command line wins over the file), then
 * `--date-order`. A column given to a field is taken from any field that had it, so one
 * column is never read as two fields; fields of the other shape switch the shape.
 */
import {
  CUSTOMER_FIELDS,
  PERIOD_TABLE_FIELDS,
  columnIndexOfLetter,
  columnLetter,
  type ColumnMapping,
  type ImportPreview,
  type ImportShape,
  type MappingField,
} from '../../shared/importModel';
import { PitoError } from '../errors';
import type { FieldAssignment, MappingOverrides } from './args';
import { columnList } from './columnList';
import type { MappingFile } from './mappingFile';

const SHAPE_FIELDS: Record<ImportShape, readonly MappingField[]> = {
  customerList: CUSTOMER_FIELDS,
  periodTable: PERIOD_TABLE_FIELDS,
};

const SHAPE_NAMES: Record<ImportShape, string> = { customerList: 'a customer list', periodTable: 'a period table' };

/** The shorter budget for the columns when the line also lists the fields. */
const COLUMNS_BESIDE_FIELDS = 90;

/** The field a name means, in any case (`enddate` is `endDate`), with its shape; null for no field. */
function fieldOf(name: string): { field: MappingField; shape: ImportShape } | null {
  const wanted = name.toLowerCase();
  for (const shape of ['customerList', 'periodTable'] as const) {
    const field = SHAPE_FIELDS[shape].find((known) => known.toLowerCase() === wanted);
    if (field !== undefined) return { field, shape };
  }
  return null;
}

export function hasOverrides(overrides: MappingOverrides): boolean {
  return overrides.map.length > 0 || overrides.mappingFile !== null || overrides.dateOrder !== null;
}

function overrideError(preview: ImportPreview, entry: FieldAssignment, problem: string, budget?: number): PitoError {
  return new PitoError(
    'invalidRequest',
    `${preview.fileName}: ${entry.source}: ${problem} Columns: ${columnList(preview.headers, [], budget)}.`,
    { file: preview.fileName },
  );
}

/**
 * The 0-based column a COLUMN names: a header (trimmed, in any case) first, since a header
 * such as `NPS` or `ID` also reads as a letter; else a letter within the header row.
 */
function columnOf(preview: ImportPreview, entry: FieldAssignment, column: string): number {
  const wanted = column.trim().toLowerCase();
  const matches = preview.headers.flatMap((header, index) => (header.trim().toLowerCase() === wanted ? [index] : []));
  if (matches.length === 1) return matches[0] as number;
  if (matches.length > 1) {
    const letters = matches.map(columnLetter).join(', ');
    throw overrideError(preview, entry, `more than one column is headed "${column}" (${letters}); give its letter.`);
  }
  const index = columnIndexOfLetter(column.trim());
  const width = Math.max(preview.headers.length, preview.profiles.length);
  if (index !== null && index < width) return index;
  throw overrideError(preview, entry, `the header row has no column "${column}".`);
}

interface Resolved {
  entry: FieldAssignment;
  field: MappingField;
  shape: ImportShape;
  column: number | null;
}

function resolved(preview: ImportPreview, entries: readonly FieldAssignment[]): Resolved[] {
  return entries.map((entry) => {
    const known = fieldOf(entry.field);
    if (known === null) {
      const fields = SHAPE_FIELDS[preview.mapping.shape].join(', ');
      const other = preview.mapping.shape === 'customerList' ? 'period-table' : 'customer-list';
      throw overrideError(
        preview,
        entry,
        `no field is called "${entry.field}"; the fields are ${fields} (and the ${other} fields, see docs/cli.md).`,
        COLUMNS_BESIDE_FIELDS,
      );
    }
    return { entry, ...known, column: entry.column === null ? null : columnOf(preview, entry, entry.column) };
  });
}

/** The one shape the overrides ask for, if any: mapping fields of both shapes is refused. */
function askedShape(
  preview: ImportPreview,
  file: MappingFile | null,
  entries: readonly Resolved[],
): ImportShape | null {
  const mapped = entries.filter((entry) => entry.column !== null);
  const first = mapped[0];
  const asked = file?.shape ?? first?.shape ?? null;
  const odd = mapped.find((entry) => entry.shape !== asked);
  if (asked !== null && odd !== undefined) {
    const why = file?.shape
      ? `the mapping file's "shape" is "${file.shape}"`
      : `${first?.entry.source} maps ${SHAPE_NAMES[asked]}`;
    throw new PitoError(
      'invalidRequest',
      `${preview.fileName}: ${odd.entry.source} maps a field of ${SHAPE_NAMES[odd.shape]}, but ${why}; a file is either a customer list or a period table.`,
      { file: preview.fileName },
    );
  }
  return asked;
}

/** Two fields given the same column by one source (the file, or the command line) is a slip, not an override. */
function checkOneFieldPerColumn(preview: ImportPreview, group: readonly Resolved[]): void {
  const owner = new Map<number, Resolved>();
  for (const entry of group) {
    if (entry.column === null) continue;
    const earlier = owner.get(entry.column);
    if (earlier !== undefined && earlier.field !== entry.field) {
      throw new PitoError(
        'invalidRequest',
        `${preview.fileName}: column ${columnLetter(entry.column)} is given to both ${earlier.field} (${earlier.entry.source}) and ${entry.field} (${entry.entry.source}).`,
        { file: preview.fileName },
      );
    }
    owner.set(entry.column, entry);
  }
}

export function overriddenMapping(
  preview: ImportPreview,
  file: MappingFile | null,
  overrides: MappingOverrides,
): ColumnMapping {
  const fromFile = resolved(preview, file?.map ?? []);
  const fromArgs = resolved(preview, overrides.map);
  checkOneFieldPerColumn(preview, fromFile);
  checkOneFieldPerColumn(preview, fromArgs);
  const shape = askedShape(preview, file, [...fromFile, ...fromArgs]) ?? preview.mapping.shape;
  // The detection proposes one shape only; switching starts from nothing detected.
  const columns: Partial<Record<MappingField, number>> =
    shape === preview.mapping.shape ? { ...preview.mapping.columns } : {};
  const chosenFields = new Set<MappingField>();
  for (const { field, shape: fieldShape, column } of [...fromFile, ...fromArgs]) {
    // Unmapping a field of the other shape asks nothing of this one.
    if (fieldShape !== shape) continue;
    if (column === null) {
      delete columns[field];
      chosenFields.delete(field);
      continue;
    }
    for (const [other, taken] of Object.entries(columns) as [MappingField, number][]) {
      if (taken === column) delete columns[other];
    }
    columns[field] = column;
    chosenFields.add(field);
  }
  return {
    shape,
    columns,
    chosenFields: [...chosenFields],
    dateOrder: overrides.dateOrder ?? file?.dateOrder ?? preview.mapping.dateOrder,
    ...((overrides.dateOrder ?? file?.dateOrder) && { dateOrderChosen: true }),
  } as ColumnMapping;
}
