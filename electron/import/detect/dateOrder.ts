/**
 * The day/month order of a file's dates, decided once from all the values the preview
 * reads: a value only one order can read decides it (`13/04/2024`: day first); values
 * that contradict each other are an error naming both; with no value that tells, the
 * file's other evidence (dates with dots, a `;` delimiter, decimal commas, Finnish
 * headers: all written where the day comes first) decides; with none, day first is
 * assumed and the user is asked to check it.
 */
import type { DateOrder, DateOrderConflict, DateOrderDecision, SeenCell } from '../../../shared/importModel';
import { cellToDay, cellToText, slashedDateParts, type SheetRow } from '../../../shared/parse';
import { PitoError } from '../../errors';
import type { DateOrderEvidence } from './columnProfile';

const DEFAULT_DATE_ORDER: DateOrder = 'dayFirst';

export interface FileHints {
  /** The file is a CSV split by semicolons (as Excel writes CSV where the decimal mark is a comma). */
  semicolons: boolean;
  /** A number somewhere is written with a decimal comma. */
  decimalComma: boolean;
  /** The headers Pito understands are mostly Finnish. */
  finnishHeaders: boolean;
  /** The headers Pito understands are mostly English. */
  englishHeaders: boolean;
}

export interface ColumnDates {
  header: string;
  evidence: DateOrderEvidence;
}

export type DateOrderOutcome =
  { decision: DateOrderDecision; conflict: null } | { decision: null; conflict: DateOrderConflict };

function firstOf(columns: readonly ColumnDates[], key: 'dayFirst' | 'monthFirst' | 'either') {
  for (const { header, evidence } of columns) {
    const seen = evidence[key];
    if (seen) return { ...seen, column: header };
  }
  return null;
}

export function decideDateOrder(columns: readonly ColumnDates[], hints: FileHints): DateOrderOutcome {
  const dayFirst = firstOf(columns, 'dayFirst');
  const monthFirst = firstOf(columns, 'monthFirst');
  if (dayFirst && monthFirst) return { decision: null, conflict: { dayFirst, monthFirst } };
  const decided = dayFirst ?? monthFirst;
  if (decided) {
    const order: DateOrder = dayFirst ? 'dayFirst' : 'monthFirst';
    return { decision: { order, basis: 'values', evidence: decided }, conflict: null };
  }
  const either = firstOf(columns, 'either');
  if (!either) return { decision: { order: DEFAULT_DATE_ORDER, basis: 'notNeeded', evidence: null }, conflict: null };
  const dotted = columns.some((column) => column.evidence.dotted);
  const dayFirstFile = dotted || hints.semicolons || hints.decimalComma || hints.finnishHeaders;
  if (dayFirstFile) return { decision: { order: 'dayFirst', basis: 'fileHints', evidence: either }, conflict: null };
  // Nothing tells. An English file with slashed dates most often comes from a US system; anything else, day first.
  const order: DateOrder = hints.englishHeaders ? 'monthFirst' : DEFAULT_DATE_ORDER;
  return { decision: { order, basis: 'assumed', evidence: either }, conflict: null };
}

/**
 * Where no single value tells the order, the start and end dates may: a customer ends
 * after they start, so an order that puts ends before starts on rows the other order
 * reads in sequence is the wrong one.
 */
export function orderThatKeepsEndsAfterStarts(
  decision: DateOrderDecision,
  pair: { start: number; end: number; startHeader: string; endHeader: string },
  rows: readonly SheetRow[],
): DateOrderDecision {
  const other: DateOrder = decision.order === 'dayFirst' ? 'monthFirst' : 'dayFirst';
  const endsBeforeStart = (order: DateOrder) =>
    rows.filter((row) => {
      const start = cellToDay(row.cells[pair.start] ?? null, false, order).day;
      const end = cellToDay(row.cells[pair.end] ?? null, false, order).day;
      return start !== null && end !== null && end < start;
    });
  const wrong = endsBeforeStart(decision.order);
  const first = wrong[0];
  if (!first || endsBeforeStart(other).length > 0) return decision;
  const value = `${cellToText(first.cells[pair.start] ?? null)} – ${cellToText(first.cells[pair.end] ?? null)}`;
  return {
    order: other,
    basis: 'values',
    evidence: { row: first.number, column: `${pair.startHeader} – ${pair.endHeader}`, value },
  };
}

export function mixedDateOrderError(fileName: string, conflict: DateOrderConflict): PitoError {
  const { dayFirst, monthFirst } = conflict;
  return new PitoError(
    'badFile',
    `${fileName}: the dates are written both ways: row ${dayFirst.row} of column "${dayFirst.column}" has ` +
      `"${dayFirst.value}", which only day first reads, and row ${monthFirst.row} of column "${monthFirst.column}" has ` +
      `"${monthFirst.value}", which only month first reads. Write the dates one way and import again.`,
    {
      file: fileName,
      row: monthFirst.row,
      column: monthFirst.column,
      reason: {
        key: 'importError.mixedDateOrder',
        params: {
          file: fileName,
          dayFirstRow: dayFirst.row,
          dayFirstColumn: dayFirst.column,
          dayFirstValue: dayFirst.value,
          monthFirstRow: monthFirst.row,
          monthFirstColumn: monthFirst.column,
          monthFirstValue: monthFirst.value,
        },
      },
    },
  );
}

/** The order a `03/04/2024`-style text can only be read in, or null when either reads it (or it is no such text). */
export function onlyOrderOf(text: string): DateOrder | null {
  const parts = slashedDateParts(text);
  if (!parts) return null;
  if (parts.first > 12 && parts.second <= 12) return 'dayFirst';
  if (parts.second > 12 && parts.first <= 12) return 'monthFirst';
  return null;
}

/**
 * A date further down that the order chosen without such a value (from the file, by
 * default or by the user) cannot read: the choice was wrong, and every date read with it
 * may be. (Against a value that decided the order, see mixedDateOrderError.)
 */
export function contradictedOrderError(fileName: string, seen: SeenCell, decision: DateOrderDecision): PitoError {
  const [how, otherHow] = decision.order === 'dayFirst' ? ['day first', 'month first'] : ['month first', 'day first'];
  return new PitoError(
    'badFile',
    `${fileName}: row ${seen.row} of column "${seen.column}" has "${seen.value}", which only ${otherHow} reads, ` +
      `but the dates were being read ${how}. Choose ${otherHow} and import again.`,
    {
      file: fileName,
      row: seen.row,
      column: seen.column,
      reason: {
        key:
          decision.order === 'dayFirst'
            ? 'importError.readDayFirstButMonthFirst'
            : 'importError.readMonthFirstButDayFirst',
        params: { file: fileName, row: seen.row, column: seen.column, value: seen.value },
      },
    },
  );
}
