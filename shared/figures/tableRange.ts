/**
 * A range of a period table's rows (or of a customer list's rows whose S, N or E were edited):
 * the registry's range rules (summarizeRange), and the condition they rest on.
 *
 * S of the first row, the rows' N and E of the last row describe one group of customers only
 * when the rows chain, every row's S being the E of the row before (docs/metrics.md, "A range
 * of periods"). When they do not, the figures read from that flow have no meaning, so they are
 * blank and the range says why. summarizeRange itself stays as it is: the grid's totals row
 * shows every row's figures as they stand.
 */
import { DERIVED_FIELDS, type DerivedField, type PeriodRow } from '../document';
import type { FigureId } from './figureTypes';
import { FIGURES } from './registry';
import { chainsOn } from '../periodChain';
import { summarizeRange, type RangeSummary } from './rangeFigures';

/**
 * Why a figure of a range is blank: the rows do not chain; the NPS counts are a customer
 * list's per period, so adding them up would count one customer's answer in every period; or
 * nobody was a customer at the range's start (a list's first period), so no rate of S exists.
 */
export type RangeNote = 'periodsDoNotChain' | 'npsCountedPerPeriod' | 'noCustomersAtStart';

/** The range's notes with `noCustomersAtStart` added when its S is 0, whatever its source. */
export function withStartNote(notes: readonly RangeNote[], customersAtStart: number | null): RangeNote[] {
  return customersAtStart === 0 ? [...notes, 'noCustomersAtStart'] : [...notes];
}

/** The figures of a range that follow its customers from S through N to E (the registry's rangeNeedsChain). */
export const FLOW_FIGURES: readonly DerivedField[] = DERIVED_FIELDS.filter((id) => FIGURES[id].rangeNeedsChain);

export interface TableRangeSummary extends RangeSummary {
  notes: RangeNote[];
}

/** Every row chains on the row before it (shared/periodChain.ts). */
export function periodsChain(rows: readonly PeriodRow[]): boolean {
  return rows.every((row, p) => p === 0 || chainsOn(rows[p - 1]!, row));
}

export function summarizeTableRange(rows: readonly PeriodRow[]): TableRangeSummary {
  const notes: RangeNote[] = [];
  // A list's period NPS counts the answers of that period's customers (or dates): never summed.
  const fromList = rows.some((row) => row.aggregated);
  if (fromList) notes.push('npsCountedPerPeriod');
  const summary = summarizeRange(fromList ? rows.map(withoutNpsCounts) : rows);
  if (periodsChain(rows)) return { ...summary, notes };
  const metrics = { ...summary.metrics };
  for (const id of FLOW_FIGURES) metrics[id] = null;
  return { inputs: summary.inputs, metrics, notes: ['periodsDoNotChain', ...notes] };
}

const withoutNpsCounts = (row: PeriodRow): PeriodRow => ({ ...row, promoters: null, passives: null, detractors: null });

/** The figures a figure is computed from: the cells its workbook formula reads. */
function citedBy(id: FigureId): ReadonlySet<FigureId> {
  const figure = FIGURES[id];
  const cited = new Set<FigureId>();
  if (figure.kind === 'derived') figure.formula({ cell: (other) => (cited.add(other), 'X1'), defaultMargin: 'M' });
  return cited;
}

const NPS_COUNTS: readonly FigureId[] = ['promoters', 'passives', 'detractors'];

/** Why this figure of the range is blank, of the range's notes; null when none of them is about it. */
export function rangeNoteFor(id: FigureId, notes: readonly RangeNote[]): RangeNote | null {
  if (notes.includes('periodsDoNotChain') && FLOW_FIGURES.includes(id as DerivedField)) return 'periodsDoNotChain';
  const fromNpsCounts = NPS_COUNTS.includes(id) || NPS_COUNTS.some((count) => citedBy(id).has(count));
  if (notes.includes('npsCountedPerPeriod') && fromNpsCounts) return 'npsCountedPerPeriod';
  // A rate over S (a count such as S + N − E is defined at S = 0): CRR, exact and simple retention directly, churn through CRR.
  const overStart = (figure: FigureId): boolean =>
    citedBy(figure).has('customersAtStart') ||
    [...citedBy(figure)].some((cited) => cited !== figure && overStart(cited));
  return notes.includes('noCustomersAtStart') && FIGURES[id].unit === 'percent' && overStart(id)
    ? 'noCustomersAtStart'
    : null;
}
