/** Reads the cohort table back from the counts block of the Cohorts sheet; the shares are recomputed. */
import type { CohortRow, CohortTable } from '../../shared/document';
import type { CellValue } from '../../shared/parse';
import type { PeriodKind } from '../../shared/periods';
import { numberOrNull, textOrNull, type CellPlace } from './cellValues';
import { FIRST_COHORT_ROW, countColumn } from './cohortsLayout';

export function readCohortTable(
  rows: readonly CellValue[][],
  periodKind: PeriodKind,
  ages: number,
  where: { file: string; sheet: string },
): CohortTable {
  const cohorts: CohortRow[] = [];
  for (let index = FIRST_COHORT_ROW - 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const label = textOrNull(cells[0] ?? null);
    if (label === null) continue;
    const place = (column: number, name: string): CellPlace => ({ ...where, row: index + 1, column: name });
    const size = numberOrNull(cells[1] ?? null, place(2, 'B')) ?? 0;
    const activeAtEnd: number[] = [];
    for (let age = 0; age < ages; age++) {
      const column = countColumn(age, ages);
      const count = numberOrNull(cells[column - 1] ?? null, place(column, `k = ${age}`));
      if (count === null) break; // a young cohort has fewer ages than the table
      activeAtEnd.push(count);
    }
    const retainedPct = activeAtEnd.map((active) => (size === 0 ? null : (active / size) * 100));
    cohorts.push({ label, size, activeAtEnd, retainedPct });
  }
  return { periodKind, rows: cohorts };
}
