/**
 * A preview cell as the import will read it under the current mapping: a column mapped
 * to a date field shows its date in the UI language (never a serial number), a number
 * field its number with the language's decimal mark, anything else its text. A value the
 * field cannot read keeps its raw text and says so.
 */
import {
  CUSTOMER_DATE_FIELDS,
  CUSTOMER_FIELDS,
  PERIOD_TABLE_FIELDS,
  type ColumnMapping,
  type DateOrder,
  type MappingField,
} from '../../../shared/importModel';
import { formatIsoDate } from '../../../shared/calendar';
import type { UiLanguage } from '../../../shared/document';
import { cellToDay, cellToNumber, cellToText, excelSerialToDay, type CellValue } from '../../../shared/parse';
import { createFormatters } from '../format/formatters';

export type ReadAs = 'date' | 'number' | 'period' | 'text';

export interface PreviewCell {
  text: string;
  /** What the field expected and the cell is not; null when it reads (or is empty). */
  unreadable: 'date' | 'number' | null;
}

export interface PreviewReading {
  date1904: boolean;
  dateOrder: DateOrder;
  /** A day `YYYY-MM-DD` in the UI language. */
  formatDate: (isoDate: string) => string;
  formatNumber: (value: number) => string;
}

const DATE_FIELDS: ReadonlySet<string> = new Set(CUSTOMER_DATE_FIELDS);
const CUSTOMER_NUMBERS: ReadonlySet<string> = new Set(['purchases', 'revenue', 'npsScore']);

/** How the preview reads under a date order, in a UI language: dates as the app shows them, numbers grouped with every decimal. */
export function previewReading(language: UiLanguage, date1904: boolean, dateOrder: DateOrder): PreviewReading {
  const formatters = createFormatters(language, 'EUR');
  const numbers = new Intl.NumberFormat(formatters.locale, { maximumFractionDigits: 6 });
  return { date1904, dateOrder, formatDate: formatters.date, formatNumber: (value) => numbers.format(value) };
}

export function readAsOf(mapping: ColumnMapping, field: MappingField | undefined): ReadAs {
  if (field === undefined) return 'text';
  if (mapping.shape === 'periodTable') return field === 'period' ? 'period' : 'number';
  if (DATE_FIELDS.has(field)) return 'date';
  return CUSTOMER_NUMBERS.has(field) ? 'number' : 'text';
}

/** Which field each column feeds (the first in the shape's order when one column feeds two). */
export function fieldsByColumn(mapping: ColumnMapping): Map<number, MappingField> {
  const columns = mapping.columns as Partial<Record<MappingField, number>>;
  const order: readonly MappingField[] = mapping.shape === 'customerList' ? CUSTOMER_FIELDS : PERIOD_TABLE_FIELDS;
  const byColumn = new Map<number, MappingField>();
  for (const field of order) {
    const column = columns[field];
    if (column !== undefined && !byColumn.has(column)) byColumn.set(column, field);
  }
  return byColumn;
}

export function readPreviewCell(cell: CellValue, readAs: ReadAs, reading: PreviewReading): PreviewCell {
  const raw = cellToText(cell);
  if (raw === '' || readAs === 'text') return { text: raw, unreadable: null };
  if (readAs === 'date') {
    const { day } = cellToDay(cell, reading.date1904, reading.dateOrder);
    return day === null
      ? { text: raw, unreadable: 'date' }
      : { text: reading.formatDate(formatIsoDate(day)), unreadable: null };
  }
  if (readAs === 'period') {
    // As the period table's reader labels it: a date cell is its day as a label, anything else its text.
    if (typeof cell === 'number' && cell >= 10_000) {
      const { day } = excelSerialToDay(cell, reading.date1904);
      if (day !== null) return { text: formatIsoDate(day), unreadable: null };
    }
    return { text: raw, unreadable: null };
  }
  const { value } = cellToNumber(cell);
  return value === null ? { text: raw, unreadable: 'number' } : { text: reading.formatNumber(value), unreadable: null };
}
