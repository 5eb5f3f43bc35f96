/**
 * Carrying a period's new customers at the end into the next period's customers at the
 * start (they are the same people: shared/periodChain.ts). Pito offers it and the user
 * chooses; nothing here changes a figure by itself. It is offered for one cell typed in the
 * grid only (a paste fills the rows it covers itself), and only where the two periods chained
 * on the old figure: a next start the user typed differently is theirs, never overwritten.
 */
import type { PitoDocument } from '../../../shared/document';
import { applyCellChanges, type CellChange } from './edits';

export interface CarryOffer {
  /** The next period, whose customers at the start would become `value`. */
  rowId: string;
  label: string;
  value: number;
}

/** The offer an edit (`changes`, taking `before` to `after`) makes, if any. */
export function carryOffer(
  before: PitoDocument,
  after: PitoDocument,
  changes: readonly CellChange[],
): CarryOffer | null {
  const [change, ...others] = changes;
  if (!change || others.length > 0 || change.field !== 'customersAtEnd') return null;
  const index = before.periods.findIndex((row) => row.id === change.rowId);
  const edited = before.periods[index];
  const next = before.periods[index + 1];
  const value = after.periods[index]?.customersAtEnd ?? null;
  if (!edited || !next || value === null || value === edited.customersAtEnd) return null;
  // Both missing chains too: a period added before the one above had its end typed in.
  if (next.customersAtStart !== edited.customersAtEnd) return null;
  return { rowId: next.id, label: next.label, value };
}

/** The document with the offer taken: an edit like a typed one, so the next row is the user's own. */
export function carry(document: PitoDocument, offer: CarryOffer): PitoDocument {
  return applyCellChanges(document, [{ rowId: offer.rowId, field: 'customersAtStart', value: offer.value }]);
}
