/**
 * The columns of the Periods sheet, shared by the writer and the reader so the two can
 * never disagree: the label, then every figure of the metric registry in its order.
 *
 * Percentages are stored as FRACTIONS with a percent number format (92.5 % is the number
 * 0.925), as spreadsheet users expect; the document keeps them on a 0-100 scale. The
 * conversion happens only here and in `percentFromFraction`.
 */
import type { FigureId, FigureUnit } from '../../shared/figures/figureTypes';
import { figureNameKey } from '../../shared/figures/figureText';
import { FIGURES, FIGURE_IDS, isPercentFigure } from '../../shared/figures/registry';
import { catalogs } from '../../shared/i18n';
import { columnLetter } from '../../shared/importModel';
import { widthOfLongestWord } from './textWidth';

export type PeriodsField = 'label' | FigureId;

export interface PeriodsColumn {
  field: PeriodsField;
  /** 1-based column number and its letter(s). */
  index: number;
  letter: string;
  /** How its numbers are shown (the writer maps it to a number format); null for the label's text. */
  unit: FigureUnit | null;
  decimals: number;
  width: number;
}

/** Fields the document keeps on a 0-100 scale and the sheet as fractions. */
export const PERCENT_FIELDS: ReadonlySet<PeriodsField> = new Set(FIGURE_IDS.filter(isPercentFigure));

/**
 * A column's width: enough for its figures, and for the longest word of its header in
 * either language, so the wrapped header (three lines) breaks at spaces only, never inside
 * a word such as "Asiakaspitoaste".
 */
function widthOf(field: PeriodsField, figuresWidth: number): number {
  const names = Object.values(catalogs).map((catalog) => catalog[figureNameKey(field)]);
  return Math.max(figuresWidth, widthOfLongestWord(names));
}

const LABEL_COLUMN: PeriodsColumn = {
  field: 'label',
  index: 1,
  letter: 'A',
  unit: null,
  decimals: 0,
  width: widthOf('label', 14),
};

export const PERIODS_COLUMNS: readonly PeriodsColumn[] = [
  LABEL_COLUMN,
  ...FIGURE_IDS.map((field, position): PeriodsColumn => {
    const { unit, decimals } = FIGURES[field];
    return {
      field,
      index: position + 2,
      letter: columnLetter(position + 1),
      unit,
      decimals,
      width: widthOf(field, unit === 'currency' ? 14 : 12),
    };
  }),
];

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
