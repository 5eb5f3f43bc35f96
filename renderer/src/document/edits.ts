/**
 * Pure edits of the document. Each returns a new document that shares every untouched
 * row object with the old one: the grid keeps those rows as they are, and the history
 * stores snapshots cheaply. No edit takes the document past its limits (shared/limits.ts),
 * so whatever is typed in can be saved: a label longer than MAX_TEXT_LENGTH is refused
 * (the row stays as it was; the grid's editor stops typing there first), and no period is
 * added beyond MAX_PERIODS. A margin outside MARGIN_PCT_RANGE is refused the same way (the
 * grid and the paste say why before it gets here).
 */
import {
  CUSTOMER_FLOW_FIELDS,
  emptyInputs,
  type InputField,
  type PeriodRow,
  type PitoDocument,
} from '../../../shared/document';
import { isOutOfMarginRange, MAX_PERIODS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import { labelDays, nextPeriodLabel, parsePeriodLabel, periodAt } from '../../../shared/periods';

/** True while the document may take one more period. */
export function canAddPeriod(document: PitoDocument): boolean {
  return document.periods.length < MAX_PERIODS;
}

export type CellChange =
  { rowId: string; field: InputField; value: number | null } | { rowId: string; field: 'label'; value: string };

/** A label with its calendar days; a label Pito cannot read has none. */
const labelled = (label: string): Pick<PeriodRow, 'label' | 'firstDay' | 'lastDay'> => ({ label, ...labelDays(label) });

export function periodRow(id: string, label: string, inputs = emptyInputs()): PeriodRow {
  return { ...inputs, id, ...labelled(label), aggregated: false };
}

/** Editing one of these makes a row the user's own: the list no longer answers for it. */
const FLOW_FIELDS: ReadonlySet<string> = new Set(CUSTOMER_FLOW_FIELDS);

function withPeriods(document: PitoDocument, periods: PeriodRow[]): PitoDocument {
  return { ...document, periods };
}

export function applyCellChanges(document: PitoDocument, changes: readonly CellChange[]): PitoDocument {
  if (changes.length === 0) return document;
  const byId = new Map<string, CellChange[]>();
  for (const change of changes) byId.set(change.rowId, [...(byId.get(change.rowId) ?? []), change]);
  let changed = false;
  const periods = document.periods.map((row) => {
    const rowChanges = byId.get(row.id);
    if (!rowChanges) return row;
    let next = row;
    for (const change of rowChanges) {
      if (next[change.field] === change.value) continue;
      if (change.field === 'label' && change.value.length > MAX_TEXT_LENGTH) continue;
      if (change.field === 'profitMarginPct' && isOutOfMarginRange(change.value)) continue;
      next =
        change.field === 'label'
          ? periodRow(row.id, change.value, next) // the list counted its customers for the old period's days
          : { ...next, [change.field]: change.value, ...(FLOW_FIELDS.has(change.field) && { aggregated: false }) };
    }
    if (next !== row) changed = true;
    return next;
  });
  return changed ? withPeriods(document, periods) : document;
}

/**
 * Names for new rows no calendar period fits: `placeholder` (the UI's "New period"), then
 * "New period 2", "New period 3"… past the labels `taken` (which it adds to), so two new
 * rows are never confused. An empty placeholder gives empty labels.
 */
export function placeholderNames(placeholder: string, taken: Set<string>): () => string {
  let number = 1;
  return () => {
    if (placeholder === '') return '';
    let label = placeholder;
    while (taken.has(label)) label = `${placeholder} ${++number}`;
    taken.add(label);
    return label;
  };
}

/**
 * The row that continues the calendar after `previous`. With `carryCustomers` its
 * customers at the start are the customers at the end of `previous` (the same people),
 * which saves typing when adding a period by hand; a paste fills rows itself. After a
 * label Pito cannot read (a period table's own wording) the row is called `otherwise`,
 * for the user to rename.
 */
export function nextPeriodRow(
  id: string,
  previous: PeriodRow | undefined,
  firstLabel: string,
  carryCustomers: boolean,
  otherwise = '',
): PeriodRow {
  if (!previous) return periodRow(id, firstLabel);
  const inputs = emptyInputs();
  if (carryCustomers) inputs.customersAtStart = previous.customersAtEnd;
  return periodRow(id, nextPeriodLabel(previous.label) ?? otherwise, inputs);
}

/**
 * Appends one period per id after the last one, up to MAX_PERIODS; an empty document
 * starts at `firstLabel`. A row after a label Pito cannot read is called `placeholder`
 * (numbered when taken: placeholderNames).
 */
export function appendPeriods(
  document: PitoDocument,
  ids: readonly string[],
  firstLabel: string,
  carryCustomers = true,
  placeholder = '',
): PitoDocument {
  const room = Math.max(0, MAX_PERIODS - document.periods.length);
  if (ids.length === 0 || room === 0) return document;
  const periods = [...document.periods];
  const placeholders = placeholderNames(placeholder, new Set(periods.map((row) => row.label)));
  for (const id of ids.slice(0, room)) {
    const previous = periods[periods.length - 1];
    const otherwise = previous && nextPeriodLabel(previous.label) === null ? placeholders() : '';
    periods.push(nextPeriodRow(id, previous, firstLabel, carryCustomers, otherwise));
  }
  return withPeriods(document, periods);
}

/**
 * The label of a row inserted before `index`: the calendar period it stands for when its
 * neighbours are calendar periods of one kind with a period missing between them (the
 * first one missing); at the end, the period after the last (as Add period gives); at the
 * top, the period before the first; in an empty document, `firstLabel`. Otherwise (no
 * period missing, a neighbour Pito cannot read, or that period already has a row) the
 * placeholder, numbered when taken.
 */
export function insertedLabel(
  periods: readonly PeriodRow[],
  index: number,
  firstLabel: string,
  placeholder: string,
): string {
  const before = periods[index - 1];
  const after = periods[index];
  const previous = before ? parsePeriodLabel(before.label) : null;
  const next = after ? parsePeriodLabel(after.label) : null;
  let label: string | null = null;
  if (!before && !after) label = firstLabel;
  else if ((before && !previous) || (after && !next)) label = null;
  else if (previous && next) {
    const gap = previous.kind === next.kind && next.index - previous.index > 1;
    label = gap ? periodAt(previous.index + 1, previous.kind).label : null;
  } else if (before) label = nextPeriodLabel(before.label);
  else if (next && next.index > 0) label = periodAt(next.index - 1, next.kind).label;
  const taken = new Set(periods.map((row) => row.label));
  return label !== null && !taken.has(label) ? label : placeholderNames(placeholder, taken)();
}

/**
 * An empty row before `index` (at the end when index is past the last row), labelled by
 * insertedLabel; none beyond MAX_PERIODS.
 */
export function insertRowAt(
  document: PitoDocument,
  index: number,
  id: string,
  firstLabel: string,
  placeholder: string,
): PitoDocument {
  if (!canAddPeriod(document)) return document;
  const periods = [...document.periods];
  const at = Math.max(0, Math.min(index, periods.length));
  periods.splice(at, 0, periodRow(id, insertedLabel(periods, at, firstLabel, placeholder)));
  return withPeriods(document, periods);
}

export function deleteRows(document: PitoDocument, ids: readonly string[]): PitoDocument {
  const doomed = new Set(ids);
  const periods = document.periods.filter((row) => !doomed.has(row.id));
  return periods.length === document.periods.length ? document : withPeriods(document, periods);
}
