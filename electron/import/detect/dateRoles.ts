/**
 * Date columns whose headers name nothing Pito knows (`Päivä 2`, `Kirjattu`): their values
 * can still say which is the start and which the end. A start date is there on every row;
 * an end date is blank on a good share of rows (the customers who are still customers)
 * and never before the start on a row that has both. Such a guess is mapped only as
 * uncertain (under UNCERTAIN_BELOW), so the mapping step and the report ask the user to
 * check it; a column whose header says it is something else (last order, birth date,
 * renewal…) is never guessed.
 */
import type { ColumnProfile } from '../../../shared/importModel';
import { cellToDay, type SheetRow } from '../../../shared/parse';
import { namesAnotherDate } from './fieldRules';
import type { HeaderWords } from './headerWords';

/** Over the mapping threshold, under the confidence the report calls sure. */
export const INFERRED_DATE_SCORE = 0.35;

const blankShare = (profile: ColumnProfile) => profile.blank / Math.max(1, profile.blank + profile.filled);

/** The score of a date column for the start or the end from its values alone; 0 where its header says anything. */
export function inferredDateScore(field: string, words: HeaderWords, profile: ColumnProfile): number {
  if (profile.kind !== 'date' || namesAnotherDate(words.concepts)) return 0;
  const blanks = blankShare(profile);
  if (field === 'startDate') return blanks < 0.05 ? INFERRED_DATE_SCORE : 0;
  if (field === 'endDate') return blanks >= 0.05 && blanks <= 0.95 ? INFERRED_DATE_SCORE : 0;
  return 0;
}

/** True when, in either day/month order, some row's end comes before its start: the pair is not start and end. */
export function endsBeforeStarts(rows: readonly SheetRow[], start: number, end: number): boolean {
  return (['dayFirst', 'monthFirst'] as const).every((order) =>
    rows.some((row) => {
      const from = cellToDay(row.cells[start] ?? null, false, order).day;
      const to = cellToDay(row.cells[end] ?? null, false, order).day;
      return from !== null && to !== null && to < from;
    }),
  );
}
