/**
 * The figures of a document's range of periods, by the rule docs/metrics.md gives for its
 * source ("A range of periods"): from the customer list itself while the range's rows are the
 * list's as aggregated, otherwise from the rows by the registry's range rules, blank where the
 * rows do not chain.
 *
 * The decision (`listCountedDays`) is separate from the counting because the two sides count
 * in different places: the main side holds the list and counts it (listRangeInputs), the
 * renderer asks it for the inputs of F…T and computes the rest like any row.
 */
import { parseIsoDate, type DayNumber } from './calendar';
import type { CustomerRecord } from './customers';
import type { PeriodInputs, PeriodRow, PitoDocument } from './document';
import { listRangeInputs } from './aggregate/listRange';
import type { RowFigures } from './figures/figureTypes';
import { computeRowMetrics } from './figures/rowFigures';
import { summarizeTableRange, withStartNote, type RangeNote } from './figures/tableRange';
import { isRangeProblem, resolveRange, type PeriodSpan, type RangeChoice, type RangeProblem } from './ranges';

/** Where the range's figures come from: the customers of the list, or the periods' rows. */
export type RangeBasis = 'customerList' | 'periodRows';

export interface RangeFigures {
  basis: RangeBasis;
  notes: RangeNote[];
  figures: RowFigures;
}

/** F and T of a span to count from a list. */
export interface ListRangeDays {
  firstDay: DayNumber;
  lastDay: DayNumber;
}

function dayOf(iso: string | null): DayNumber | null {
  return iso === null ? null : parseIsoDate(iso);
}

/**
 * F and T when the span's figures are the list's to count: every row of it as the list gave
 * it, with calendar days. Null otherwise: a row edited since the list gave it makes the rows
 * the user's own figures, so they decide.
 */
export function listCountedDays(periods: readonly PeriodRow[], span: PeriodSpan): ListRangeDays | null {
  const [firstDay, lastDay] = [dayOf(span.firstDay), dayOf(span.lastDay)];
  if (firstDay === null || lastDay === null) return null;
  for (let index = span.firstIndex; index <= span.lastIndex; index++) if (!periods[index]!.aggregated) return null;
  return { firstDay, lastDay };
}

/** The range's figures from the inputs the list gave for F…T. */
export function listRangeFigures(inputs: PeriodInputs, defaultProfitMarginPct: number | null): RangeFigures {
  return {
    basis: 'customerList',
    notes: withStartNote([], inputs.customersAtStart),
    figures: { ...inputs, ...computeRowMetrics(inputs, defaultProfitMarginPct) },
  };
}

/** The range's figures from its rows, by the table rules. */
export function rowsRangeFigures(periods: readonly PeriodRow[], span: PeriodSpan): RangeFigures {
  const { inputs, metrics, notes } = summarizeTableRange(periods.slice(span.firstIndex, span.lastIndex + 1));
  return {
    basis: 'periodRows',
    notes: withStartNote(notes, inputs.customersAtStart),
    figures: { ...inputs, ...metrics },
  };
}

/** `customers`: the list behind the document, or null for a period table. */
export function documentRangeFigures(
  periods: readonly PeriodRow[],
  span: PeriodSpan,
  customers: readonly CustomerRecord[] | null,
  defaultProfitMarginPct: number | null,
): RangeFigures {
  const days = customers === null ? null : listCountedDays(periods, span);
  if (customers === null || days === null) return rowsRangeFigures(periods, span);
  return listRangeFigures(listRangeInputs(customers, days.firstDay, days.lastDay), defaultProfitMarginPct);
}

/** A document's range, resolved and counted. */
export interface DocumentRange extends RangeFigures {
  span: PeriodSpan;
  /** The labels of its first and last period. */
  from: string;
  to: string;
}

/** The range `choice` (by default the document's own) of the document, or why the periods cannot give it. */
export function documentRange(
  document: Pick<PitoDocument, 'periods' | 'settings'>,
  customers: readonly CustomerRecord[] | null,
  choice: RangeChoice = document.settings.range,
): DocumentRange | RangeProblem {
  const { periods, settings } = document;
  const span = resolveRange(periods, choice);
  if (isRangeProblem(span)) return span;
  return {
    span,
    from: periods[span.firstIndex]!.label,
    to: periods[span.lastIndex]!.label,
    ...documentRangeFigures(periods, span, customers, settings.defaultProfitMarginPct),
  };
}
