/**
 * The warnings an import gives about its mapping before any row is read: a customer list
 * without an end date (nobody is ever lost), a column Pito mapped without being sure of it,
 * columns of dates or 0-10 scores left out, and a date order nothing in the file told. Each
 * names the header row and the column.
 */

import { formatIsoDate } from '../../shared/calendar';
import {
  UNCERTAIN_BELOW,
  type ColumnMapping,
  type DateOrderDecision,
  type MappedColumn,
  type MappingField,
} from '../../shared/importModel';
import { parseDateText } from '../../shared/parse';
import { unplacedColumns } from '../../shared/unplacedColumns';
import type { SheetDetection } from './detect/detectMapping';
import type { IssueLog } from './issueLog';
import { columnName } from './rowCells';

export function noteUnplacedColumns(
  log: IssueLog,
  mapping: ColumnMapping,
  detection: SheetDetection,
  dateOrder: DateOrderDecision,
  headerRow: number,
  mapped: Partial<Record<MappingField, MappedColumn>>,
): void {
  if (mapping.shape === 'customerList' && mapping.columns.endDate === undefined) {
    log.add('noEndDateColumn', headerRow, null);
  }
  noteDataInHeader(log, detection.headers, headerRow);
  if (
    mapping.shape === 'customerList' &&
    mapping.columns.revenue !== undefined &&
    mapping.columns.purchases === undefined
  ) {
    log.add('revenueWithoutPurchases', headerRow, null);
  }
  for (const above of detection.rowsAbove)
    log.add('rowAboveHeader', above.row, null, { headerRow, values: above.values });
  for (const [field, { header, confidence }] of Object.entries(mapped) as [MappingField, MappedColumn][]) {
    if (confidence >= UNCERTAIN_BELOW) continue;
    // `field` is the field's code: the UI names it in its language, the English message by its English name.
    // A percentage reads the same in both languages (a decimal 0.54 would not in Finnish).
    log.add('uncertainColumn', headerRow, header, { field, confidence: Math.round(confidence * 100) });
  }
  for (const unplaced of unplacedColumns(mapping, detection.profiles)) {
    const code = unplaced.looksLike === 'date' ? 'unmappedDateColumn' : 'unmappedScoreColumn';
    log.add(code, headerRow, columnName(detection.headers, unplaced.column));
  }
  noteUnusedNumbers(log, mapping, detection, headerRow);
  const example = dateOrder.evidence;
  if (mapping.shape === 'customerList' && dateOrder.basis === 'assumed' && example) {
    const read = parseDateText(example.value, false, dateOrder.order).day;
    log.add(dateOrder.order === 'dayFirst' ? 'dayFirstAssumed' : 'monthFirstAssumed', example.row, example.column, {
      value: example.value,
      readAs: read === null ? '' : formatIsoDate(read),
    });
  }
}

/**
 * A period table's columns of numbers that no field reads (a file's own lost customers, its
 * revenue, an NPS already worked out): named once together, so a figure the user expected to
 * be read is never just absent. Pito works those out from what it reads, or has no use for them.
 */
function noteUnusedNumbers(log: IssueLog, mapping: ColumnMapping, detection: SheetDetection, headerRow: number): void {
  if (mapping.shape !== 'periodTable') return;
  const mapped = new Set<number>(Object.values(mapping.columns));
  const unused = detection.profiles.filter(
    (profile) => !mapped.has(profile.column) && (profile.kind === 'count' || profile.kind === 'number'),
  );
  if (unused.length === 0) return;
  const columns = unused.map((profile) => `"${columnName(detection.headers, profile.column)}"`).join(', ');
  log.add('unusedNumberColumns', headerRow, null, { columns });
}

/** A date among the headers is a value, not a name: a data row may have been joined with the header line. */
function noteDataInHeader(log: IssueLog, headers: readonly string[], headerRow: number): void {
  for (const header of headers) {
    const words = header.split(/[\s;,]+/);
    const value = words.find((word) => /[./-]/.test(word) && parseDateText(word, false, 'dayFirst').day !== null);
    if (value !== undefined) log.add('headerHoldsData', headerRow, header, { value });
  }
}
