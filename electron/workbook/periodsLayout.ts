/**
 * The columns of the Periods sheet, shared by the writer and the reader so the two can
 * never disagree: the label, every input, then every derived figure, in grid order.
 *
 * Percentages are stored as FRACTIONS with a percent number format (92.5 % is the number
 * 0.925), as spreadsheet users expect; the document keeps them on a 0-100 scale. The
 * conversion happens only here and in `percentFromFraction`.
 */
import { DERIVED_FIELDS, INPUT_FIELDS, type DerivedField, type InputField } from '../../shared/document';

export type PeriodsField = 'label' | InputField | DerivedField;

/** How a column's numbers are shown; the writer maps each to a number format. */
export type NumberStyle = 'text' | 'count' | 'currency' | 'decimal' | 'percent' | 'score';

export interface PeriodsColumn {
  field: PeriodsField;
  /** 1-based column number and its letter(s). */
  index: number;
  letter: string;
  style: NumberStyle;
  width: number;
}

/** Fields the document keeps on a 0-100 scale and the sheet as fractions. */
export const PERCENT_FIELDS: ReadonlySet<PeriodsField> = new Set([
  'profitMarginPct',
  'retentionRate',
  'simpleRetentionRate',
  'churnRate',
]);

const STYLE_OF: Record<PeriodsField, NumberStyle> = {
  label: 'text',
  customersAtStart: 'count',
  newCustomers: 'count',
  customersAtEnd: 'count',
  avgPurchaseValue: 'currency',
  purchasesPerYear: 'decimal',
  lifespanYears: 'decimal',
  profitMarginPct: 'percent',
  promoters: 'count',
  passives: 'count',
  detractors: 'count',
  lostCustomers: 'count',
  retentionRate: 'percent',
  simpleRetentionRate: 'percent',
  churnRate: 'percent',
  clv: 'currency',
  nps: 'score',
  npsMarginOfError: 'score',
};

/** The column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const PERIODS_COLUMNS: readonly PeriodsColumn[] = (['label', ...INPUT_FIELDS, ...DERIVED_FIELDS] as const).map(
  (field, position) => ({
    field,
    index: position + 1,
    letter: columnLetter(position + 1),
    style: STYLE_OF[field],
    width: field === 'label' ? 14 : STYLE_OF[field] === 'currency' ? 14 : 12,
  }),
);

const BY_FIELD = new Map(PERIODS_COLUMNS.map((column) => [column.field, column]));

export function periodsColumn(field: PeriodsField): PeriodsColumn {
  const column = BY_FIELD.get(field);
  if (!column) throw new Error(`No Periods column for ${field}.`);
  return column;
}

/** The cell address of a field on a sheet row, e.g. `B7`. */
export function cellOf(field: PeriodsField, row: number): string {
  return `${periodsColumn(field).letter}${row}`;
}

/** The header is row 1; period rows start at row 2. */
export const FIRST_PERIOD_ROW = 2;

/** The value a 0-100 figure takes in the sheet. */
export function sheetValueOf(field: PeriodsField, value: number | null): number | null {
  if (value === null) return null;
  return PERCENT_FIELDS.has(field) ? value / 100 : value;
}

/**
 * The 0-100 figure of a fraction read back from a sheet. `f × 100` can land one unit in
 * the last place away from the percentage that was written (0.07 × 100 = 7.000000000000001),
 * so for a fraction at full double precision (as Pito writes it) the shortest decimal that
 * divides back to exactly the same fraction is taken: the percentage Pito wrote comes back
 * bit for bit. Excel and LibreOffice save numbers with 15 significant digits; a fraction
 * that short is scaled at that precision, so 0.333 comes back as 33.3, as the person typed it.
 */
export function percentFromFraction(fraction: number): number {
  const scaled = fraction * 100;
  if (fraction === Number(fraction.toPrecision(15))) return Number(scaled.toPrecision(15));
  for (let digits = 1; digits <= 17; digits++) {
    const candidate = Number(scaled.toPrecision(digits));
    if (candidate / 100 === fraction) return candidate;
  }
  return scaled;
}
