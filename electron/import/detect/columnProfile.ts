/**
 * What a column's values are, from the rows below the header that the preview reads:
 * the share of dates, numbers, whole numbers, 0-10 scores and fractions, and for dates
 * written `03/04/2024` the first rows that tell day first from month first.
 */
import type { ColumnProfile, ValueKind } from '../../../shared/importModel';
import {
  cellToNumber,
  cellToText,
  parseDateText,
  slashedDateParts,
  type CellValue,
  type SheetRow,
} from '../../../shared/parse';

/** Excel serial numbers of 1950-01-01 and 2099-12-31: a whole number between them may be a date cell. */
const FIRST_PLAUSIBLE_SERIAL = 18_264;
const LAST_PLAUSIBLE_SERIAL = 73_050;
/** A share of the filled cells at least this large decides what a column holds. */
const MOST = 0.8;

/** One place a value was seen, for messages: the row as the spreadsheet shows it and the text. */
export interface SeenValue {
  row: number;
  value: string;
}

/** What the values say about the day/month order of the column's `03/04/2024`-style dates. */
export interface DateOrderEvidence {
  /** The first value only day first can read (`13/04/2024`). */
  dayFirst: SeenValue | null;
  /** The first value only month first can read (`04/13/2024`). */
  monthFirst: SeenValue | null;
  /** The first value the two orders read as two different days (`03/04/2024`). */
  either: SeenValue | null;
  /** True when the column also writes dates with dots (`3.4.2024`), which are always day first. */
  dotted: boolean;
}

export interface ColumnValues {
  profile: ColumnProfile;
  dates: DateOrderEvidence;
  /** True when a number in the column is written with a decimal comma (`12,50`). */
  decimalComma: boolean;
}

/** A date in text in any order, or a whole number in the range of Excel's date cells. */
function looksLikeDate(cell: CellValue): boolean {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= FIRST_PLAUSIBLE_SERIAL && cell <= LAST_PLAUSIBLE_SERIAL;
  }
  if (typeof cell !== 'string' || /^\d{5}$/.test(cell.trim())) return false;
  return parseDateText(cell, false, 'dayFirst').day !== null || parseDateText(cell, false, 'monthFirst').day !== null;
}

function kindOf(profile: Omit<ColumnProfile, 'kind'>): ValueKind {
  if (profile.filled === 0) return 'blank';
  if (profile.dateShare >= MOST) return 'date';
  if (profile.scoreShare >= MOST) return 'score';
  if (profile.wholeShare >= MOST) return 'count';
  if (profile.numberShare >= MOST) return 'number';
  return 'text';
}

function noteDateOrder(evidence: DateOrderEvidence, cell: CellValue, row: number): void {
  if (typeof cell !== 'string') return;
  if (/^\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{2,4}/.test(cell)) evidence.dotted = true;
  const parts = slashedDateParts(cell);
  if (!parts) return;
  const seen = { row, value: cell.trim() };
  if (parts.first > 12 && parts.second <= 12) evidence.dayFirst ??= seen;
  else if (parts.second > 12 && parts.first <= 12) evidence.monthFirst ??= seen;
  // 05/05/2024 reads the same both ways: an example of the question is a date the orders read apart.
  else if (parts.first <= 12 && parts.second <= 12 && parts.first !== parts.second) evidence.either ??= seen;
}

/** Profiles of every column of the header row, from the data rows below it. */
export function profileColumns(headers: readonly string[], rows: readonly SheetRow[]): ColumnValues[] {
  return headers.map((header, column) => {
    let filled = 0;
    let dates = 0;
    let numbers = 0;
    let wholes = 0;
    let scores = 0;
    let fractions = 0;
    let decimalComma = false;
    let largest: number | null = null;
    const evidence: DateOrderEvidence = { dayFirst: null, monthFirst: null, either: null, dotted: false };
    for (const row of rows) {
      const cell = row.cells[column] ?? null;
      if (cell === null || cellToText(cell) === '') continue;
      filled++;
      if (looksLikeDate(cell)) dates++;
      noteDateOrder(evidence, cell, row.number);
      const { value } = cellToNumber(cell);
      if (value === null) continue;
      numbers++;
      largest = largest === null ? value : Math.max(largest, value);
      if (typeof cell === 'string' && /\d,\d/.test(cell) && !/\d\.\d/.test(cell)) decimalComma = true;
      if (!Number.isInteger(value)) fractions++;
      else if (value >= 0) {
        wholes++;
        if (value <= 10) scores++;
      }
    }
    const share = (count: number) => (filled === 0 ? 0 : count / filled);
    const counts = {
      column,
      header,
      filled,
      blank: rows.length - filled,
      dateShare: share(dates),
      numberShare: share(numbers),
      wholeShare: share(wholes),
      scoreShare: share(scores),
      fractionShare: share(fractions),
      largest,
    };
    return { profile: { ...counts, kind: kindOf(counts) }, dates: evidence, decimalComma };
  });
}
