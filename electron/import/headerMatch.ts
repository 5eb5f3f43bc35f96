/**
 * Which column feeds which field: the header row is found among the first rows of a
 * sheet and its cells are matched against the names of headerNames.ts and Pito's own
 * metric names, ignoring case, spaces, punctuation, diacritics and a unit in parentheses.
 */
import { catalogs, type MessageKey } from '../../shared/i18n';
import { PERIOD_TABLE_FIELDS, type ColumnMapping, type PeriodTableField } from '../../shared/importModel';
import { CUSTOMER_HEADER_NAMES, PERIOD_HEADER_NAMES } from './headerNames';

/** The columns without which a period table is not one. */
const REQUIRED_PERIOD_FIELDS = ['period', 'customersAtStart', 'newCustomers', 'customersAtEnd'] as const;

/** How many rows from the top of a sheet are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** `Asiakkuus päättyi` → `asiakkuuspaattyi`; `Customer_ID` → `customerid`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The header as written and without what stands in parentheses or brackets: `Keskiostos (€)` → `keskiostos`. */
function headerKeys(text: string): string[] {
  const bare = normalizeHeader(text.replace(/[([{].*?[)\]}]/g, ''));
  const full = normalizeHeader(text);
  return bare && bare !== full ? [full, bare] : [full];
}

function indexNames<F extends string>(names: Record<F, readonly string[]>): Map<string, F> {
  const index = new Map<string, F>();
  for (const [field, list] of Object.entries(names) as [F, readonly string[]][]) {
    for (const name of list) for (const key of headerKeys(name)) if (!index.has(key)) index.set(key, field);
  }
  return index;
}

/** Pito's own column headers in both languages, so its exported Periods sheet reads back. */
function metricNames(): Record<PeriodTableField, string[]> {
  const fields: PeriodTableField[] = [...PERIOD_TABLE_FIELDS];
  const keyOf = (field: PeriodTableField) => `metric.${field === 'period' ? 'label' : field}.name` as MessageKey;
  return Object.fromEntries(
    fields.map((field) => [
      field,
      [catalogs.en[keyOf(field)], catalogs.fi[keyOf(field)], ...PERIOD_HEADER_NAMES[field]],
    ]),
  ) as Record<PeriodTableField, string[]>;
}

const customerIndex = indexNames(CUSTOMER_HEADER_NAMES);
const periodIndex = indexNames(metricNames());

function matchColumns<F extends string>(headers: readonly string[], index: Map<string, F>): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = {};
  headers.forEach((header, column) => {
    const field = headerKeys(header)
      .map((key) => index.get(key))
      .find((found) => found !== undefined);
    if (field !== undefined && columns[field] === undefined) columns[field] = column;
  });
  return columns;
}

function mappedCount(mapping: ColumnMapping): number {
  return Object.keys(mapping.columns).length;
}

/**
 * The mapping of one row read as a header, or null when it is not one: a customer list
 * needs at least a start date column, a period table a period column and S, N and E.
 */
export function mapHeaderRow(headers: readonly string[]): ColumnMapping | null {
  const customer: ColumnMapping = { shape: 'customerList', columns: matchColumns(headers, customerIndex) };
  const period: ColumnMapping = { shape: 'periodTable', columns: matchColumns(headers, periodIndex) };
  const customerFits = customer.columns.startDate !== undefined;
  const periodFits = REQUIRED_PERIOD_FIELDS.every((field) => period.columns[field] !== undefined);
  if (customerFits && periodFits) return mappedCount(period) >= mappedCount(customer) ? period : customer;
  if (periodFits) return period;
  return customerFits ? customer : null;
}

export interface HeaderFound {
  /** 0-based index among the rows searched. */
  index: number;
  mapping: ColumnMapping;
}

/** The first of the rows (the top of a sheet) that reads as a header row. */
export function findHeaderRow(rows: readonly (readonly string[])[]): HeaderFound | null {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const mapping = mapHeaderRow(rows[index] ?? []);
    if (mapping) return { index, mapping };
  }
  return null;
}
