/**
 * Reads the period rows back from the Periods sheet: the INPUTS only (a formula's cached
 * result may be stale after an edit in another program; Pito recomputes every derived
 * figure from the inputs), each from the column its header names (periodsHeader.ts).
 * Each row takes back its saved id by label; a row added in Excel or LibreOffice gets a
 * fresh one, and a row deleted there is simply gone.
 */
import { randomUUID } from 'node:crypto';

import { INPUT_FIELDS, type InputField, type PeriodInputs, type PeriodRow } from '../../shared/document';
import { catalogs } from '../../shared/i18n';
import type { CellValue } from '../../shared/parse';
import { labelDays } from '../../shared/periods';
import { cellError, numberOrNull, textOrNull, type CellPlace } from './cellValues';
import type { SavedRowIdentity } from './dataSheet';
import { locatePeriodsColumns, missingColumnsError, type PeriodsSheetPlace } from './periodsHeader';
import { FIRST_PERIOD_ROW, PERCENT_FIELDS, percentFromFraction } from './periodsLayout';

/**
 * A period row as a sheet of some format version gave it: an input whose column the sheet
 * does not have is left out (not null), for a migration to supply or the reader to refuse.
 */
export type StoredPeriodRow = Omit<PeriodRow, InputField> & Partial<PeriodInputs>;

/**
 * The summary range row's label in every language, and what format versions 1 and 2 called
 * it (the whole range, then the only range there was): that row is Pito's own, not a period.
 */
const TOTALS_LABELS = new Set([
  ...Object.values(catalogs).map((catalog) => catalog['workbook.periods.totals']),
  'Whole range',
  'Koko aikaväli',
]);

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
    return { id: randomUUID(), ...labelDays(label) };
  };
}

export function readPeriodRows(
  rows: readonly CellValue[][],
  saved: readonly SavedRowIdentity[],
  where: PeriodsSheetPlace,
): StoredPeriodRow[] {
  const columns = locatePeriodsColumns(rows[0] ?? [], where);
  const labelColumn = columns.get('label');
  if (!labelColumn) throw missingColumnsError(['label'], where);
  const inputColumns = INPUT_FIELDS.flatMap((field) => {
    const column = columns.get(field);
    return column ? [{ field, ...column }] : [];
  });
  const identityOf = identityMatcher(saved);
  const periods: StoredPeriodRow[] = [];
  for (let index = FIRST_PERIOD_ROW - 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const placeOf = (header: string): CellPlace => ({
      file: where.file,
      sheet: where.sheet,
      row: index + 1,
      column: header,
    });
    const label = textOrNull(cells[labelColumn.index] ?? null);
    if (label !== null && TOTALS_LABELS.has(label)) continue;
    const inputs: Partial<PeriodInputs> = {};
    for (const { field, index: column, header } of inputColumns) {
      const value = numberOrNull(cells[column] ?? null, placeOf(header));
      inputs[field] = value !== null && PERCENT_FIELDS.has(field) ? percentFromFraction(value) : value;
    }
    if (label === null) {
      if (Object.values(inputs).some((value) => value !== null))
        throw cellError(placeOf(labelColumn.header), 'noPeriodLabel');
      continue; // an empty line
    }
    // Not the list's until reconciled with it (shared/aggregate/reconcile.ts), if the workbook has one.
    periods.push({ ...inputs, label, ...identityOf(label), aggregated: false });
  }
  return periods;
}

/**
 * The rows once the migrations have run: an input still left out had no column in the
 * sheet and none of the migrations supplies it, so the sheet lost it (deleted, or its
 * header retyped). Refused, rather than read as blank for every period.
 */
export function withEveryInput(periods: readonly StoredPeriodRow[], where: PeriodsSheetPlace): PeriodRow[] {
  const missing = INPUT_FIELDS.filter((field) => periods.some((row) => row[field] === undefined));
  if (missing.length > 0) throw missingColumnsError(missing, where);
  return periods as PeriodRow[];
}
