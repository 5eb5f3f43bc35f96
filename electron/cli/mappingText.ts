/**
 * The mapping and the date order as the text report and `inspect` print them, one line each:
 * `startDate  ← B "Asiakkuus alkanut" (0.90)` and `dates: day first (decided by row 2, …)`.
 */
import {
  CUSTOMER_FIELDS,
  PERIOD_TABLE_FIELDS,
  columnLetter,
  type DateOrder,
  type DateOrderDecision,
  type ImportPreview,
  type ImportShape,
  type MappedColumn,
  type MappingField,
} from '../../shared/importModel';

export type MappedColumns = Partial<Record<MappingField, MappedColumn>>;

const SHAPE_FIELDS: Record<ImportShape, readonly MappingField[]> = {
  customerList: CUSTOMER_FIELDS,
  periodTable: PERIOD_TABLE_FIELDS,
};

const ORDER_NAMES: Record<DateOrder, string> = { dayFirst: 'day first', monthFirst: 'month first' };

/** The preview's mapping as the import report names it: letter, header and confidence per field. */
export function previewMappedColumns(preview: ImportPreview): MappedColumns {
  const columns = preview.mapping.columns as Partial<Record<MappingField, number>>;
  return Object.fromEntries(
    SHAPE_FIELDS[preview.mapping.shape].flatMap((field) => {
      const column = columns[field];
      if (column === undefined) return [];
      const mapped: MappedColumn = {
        column: columnLetter(column),
        header: preview.headers[column] ?? '',
        confidence: preview.confidence[field] ?? 1,
      };
      return [[field, mapped]];
    }),
  );
}

/** One line per mapped field, in the shape's field order; the arrows line up for every field of the shape. */
export function mappingLines(shape: ImportShape, mapping: MappedColumns, indent = ''): string[] {
  const width = Math.max(...SHAPE_FIELDS[shape].map((field) => field.length));
  return SHAPE_FIELDS[shape].flatMap((field) => {
    const mapped = mapping[field];
    return mapped === undefined
      ? []
      : [`${indent}${field.padEnd(width)} ← ${mapped.column} "${mapped.header}" (${mapped.confidence.toFixed(2)})`];
  });
}

export function dateOrderLine({ order, basis, evidence }: DateOrderDecision): string {
  const name = ORDER_NAMES[order];
  switch (basis) {
    case 'values':
      return evidence === null
        ? `dates: ${name} (decided by the dates)`
        : `dates: ${name} (decided by row ${evidence.row}, column "${evidence.column}", "${evidence.value}")`;
    case 'fileHints':
      return `dates: ${name} (no date tells, but the file is Finnish-style: dotted dates, ";" between columns, decimal commas or Finnish headers)`;
    case 'assumed':
      return `dates: ${name} assumed: nothing in the file tells; check the periods or use --date-order`;
    case 'notNeeded':
      return 'dates: no date in the file depends on the day/month order';
    case 'user':
      return `dates: ${name} (as chosen)`;
  }
}
