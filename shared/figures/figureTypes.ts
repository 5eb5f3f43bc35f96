/**
 * The shape of a registry entry (registry.ts): everything Pito needs to know about one
 * figure of a period row to compute it, combine it over a range, show it, export it and
 * name it. Every place that lists figures derives its list from the registry.
 */
import type { DerivedField, InputField, PeriodInputs, PeriodMetrics } from '../document';
import type { OtherFigure } from './figureText';

export type FigureId = InputField | DerivedField;

/**
 * What a figure's number is. A count (of customers or responses) is whole and never
 * negative, as the row checks say; a percent is kept on a 0-100 scale in the document and
 * stored as a fraction in the workbook; a margin is a score shown as ±.
 */
export type FigureUnit = 'count' | 'percent' | 'currency' | 'score' | 'margin' | 'decimal';

/**
 * How a figure combines over a range of periods (the grid's totals row, the range card,
 * the Summary sheet and the workbook's whole-range row):
 * - first / last: the figure of the first / last period (customers at start / at end);
 * - sum: the periods' figures added up, blank when any period lacks it;
 * - recomputed: the row formula applied to the range's combined figures;
 * - none: no whole-range meaning, blank.
 */
export type RangeRule = 'first' | 'last' | 'sum' | 'recomputed' | 'none';

/** The charts a period figure can be drawn in (the renderer gives each its title and axis). */
export type ChartId = 'retention' | 'nps';

/**
 * A summary card showing a figure: the latest period's value, or the whole range's, which
 * is named and defined by its own catalog strings (`metric.<name>.name`, `.definition`).
 */
export type CardSpec = { scope: 'latest' } | { scope: 'range'; name: OtherFigure };

/** Why a figure of a row should be read with care (shown beside it on screen): its NPS rests on few responses. */
export interface Uncertainty {
  reason: 'fewResponses';
  /** The count it rests on, and the count that would be enough. */
  count: number;
  enough: number;
}

/**
 * Why a row's figure is what it is, where a reader would wonder: CRR below exact retention
 * (`count` new customers lost within the period), or a CLV blank only for want of a margin.
 */
export type FigureNote = { reason: 'lostWhileNew'; count: number } | { reason: 'marginMissing' };

/** A period row's figures: its inputs and, once computed, its derived figures. */
export type RowFigures = PeriodInputs & PeriodMetrics;

export interface FigureOptions {
  /** The document's margin % standing in for a period's missing margin; null for none. */
  defaultProfitMarginPct: number | null;
}

/** How a workbook formula names the cell of another figure on the same row, and the default margin. */
export interface FormulaCells {
  cell(id: FigureId): string;
  /** The workbook-level name of the default margin cell (a fraction, blank for none). */
  defaultMargin: string;
}

interface FigureCommon {
  unit: FigureUnit;
  /** Decimals shown on screen, in the CLI and by the workbook's number format. */
  decimals: number;
  range: RangeRule;
  /**
   * Its range value follows one group of customers from S through N to E, so it means nothing
   * over a table's rows that do not chain (shared/periodChain.ts) and is blank there.
   */
  rangeNeedsChain: boolean;
  /** Listed on the Summary sheet (latest period and whole range). */
  summarySheet: boolean;
  /** The summary cards showing it. */
  cards: readonly CardSpec[];
  /** The chart series showing it, with its line colour. */
  chart: { id: ChartId; color: string } | null;
  /** A figure shown with it as "± margin" on its card and as a band around its line. */
  marginOf: FigureId | null;
  /** The column heading of the CLI's text table (English, short); null when the table leaves it out. */
  cliHeading: string | null;
  /** When the figure of a row is uncertain, and why; null for a figure that never is. */
  uncertainty: ((row: Readonly<RowFigures>) => Uncertainty | null) | null;
  /** A line explaining the figure of a row, where there is something to explain; null for a figure without one. */
  note: ((row: Readonly<RowFigures>) => FigureNote | null) | null;
}

export interface InputFigure extends FigureCommon {
  kind: 'input';
}

export interface DerivedFigure extends FigureCommon {
  kind: 'derived';
  /**
   * The figure from a row's inputs and the derived figures listed before it, unrounded, null
   * where undefined (never 0, NaN or Infinity). Percentages on a 0-100 scale.
   */
  compute(row: Readonly<RowFigures>, options: FigureOptions): number | null;
  /**
   * The Periods sheet's formula for the same figure over the same row's cells, without "=",
   * blank ("") where `compute` gives null. A percent figure's formula gives a fraction.
   */
  formula(cells: FormulaCells): string;
}

export type Figure = InputFigure | DerivedFigure;
