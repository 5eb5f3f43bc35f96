/**
 * Reads the period rows back from the Periods sheet: the INPUTS only (a formula's cached
 * result may be stale after an edit in another program; Pito recomputes every derived
 * figure from the inputs). Each row takes back its saved id by label; a row added in
 * Excel or LibreOffice gets a fresh one, and a row deleted there is simply gone.
 */
import { randomUUID } from 'node:crypto';
import { formatIsoDate } from '../../shared/calendar';
import { INPUT_FIELDS, emptyInputs, type PeriodRow } from '../../shared/document';
import { catalogs } from '../../shared/i18n';
import { parsePeriodLabel } from '../../shared/periods';
import { cellError, numberOrNull, textOrNull, type CellPlace, type PlainRow } from './cellValues';
import type { SavedRowIdentity } from './dataSheet';
import { FIRST_PERIOD_ROW, PERCENT_FIELDS, percentFromFraction, periodsColumn } from './periodsLayout';

/** The whole-range row's label in every language: that row is Pito's own, not a period. */
const TOTALS_LABELS = new Set(Object.values(catalogs).map((catalog) => catalog['workbook.periods.totals']));

/** Hands out saved identities by label, first come first served, each once. */
function identityMatcher(saved: readonly SavedRowIdentity[]) {
  const byLabel = new Map<string, SavedRowIdentity[]>();
  for (const identity of saved) byLabel.set(identity.label, [...(byLabel.get(identity.label) ?? []), identity]);
  const used = new Set<string>();
  return (label: string): Omit<SavedRowIdentity, 'label'> => {
    const queue = byLabel.get(label) ?? [];
    let identity = queue.shift();
    while (identity && used.has(identity.id)) identity = queue.shift();
    if (identity) {
      used.add(identity.id);
      return identity;
    }
    const period = parsePeriodLabel(label);
    return {
      id: randomUUID(),
      firstDay: period ? formatIsoDate(period.firstDay) : null,
      lastDay: period ? formatIsoDate(period.lastDay) : null,
    };
  };
}

export function readPeriodRows(
  rows: readonly PlainRow[],
  saved: readonly SavedRowIdentity[],
  where: { file: string; sheet: string },
): PeriodRow[] {
  const header = rows[0] ?? [];
  const identityOf = identityMatcher(saved);
  const periods: PeriodRow[] = [];
  for (let index = FIRST_PERIOD_ROW - 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const rowNumber = index + 1;
    const placeOf = (column: number): CellPlace => ({
      ...where,
      row: rowNumber,
      column: textOrNull(header[column - 1] ?? null) ?? `column ${column}`,
    });
    const label = textOrNull(cells[periodsColumn('label').index - 1] ?? null);
    if (label !== null && TOTALS_LABELS.has(label)) continue;
    const inputs = emptyInputs();
    for (const field of INPUT_FIELDS) {
      const column = periodsColumn(field).index;
      const value = numberOrNull(cells[column - 1] ?? null, placeOf(column));
      inputs[field] = value !== null && PERCENT_FIELDS.has(field) ? percentFromFraction(value) : value;
    }
    const hasInputs = INPUT_FIELDS.some((field) => inputs[field] !== null);
    if (label === null) {
      if (hasInputs) throw cellError(placeOf(periodsColumn('label').index), 'noPeriodLabel');
      continue; // an empty line
    }
    periods.push({ ...inputs, label, ...identityOf(label) });
  }
  return periods;
}
