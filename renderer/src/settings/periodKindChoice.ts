/**
 * Whether the document's kind of period can be chosen, and the line under the select that
 * says what a choice does or why there is none. A choice must do something visible:
 * regroup the customer list the main side holds for the document, or, in a document
 * without periods yet, set how the next import counts a list and the first period added.
 * Periods that no held list stands behind cannot be counted again, so their kind is shown
 * but not offered: changing it would change nothing on the screen and still make the
 * document unsaved.
 */
import type { PitoDocument } from '../../../shared/document';
import type { MessageKey } from '../../../shared/i18n';

export type PeriodKindChoice = { enabled: true; hint: MessageKey } | { enabled: false; reason: MessageKey };

/** `heldListId`: the list the main side holds (WorkspaceState.heldListId). */
export function periodKindChoice(document: PitoDocument, heldListId: string | null): PeriodKindChoice {
  const { listId } = document;
  if (listId !== undefined && listId === heldListId) return { enabled: true, hint: 'ui.settings.periodKindHint' };
  if (listId !== undefined) return { enabled: false, reason: 'ui.settings.periodKindLocked.earlierImport' };
  if (document.periods.length === 0) return { enabled: true, hint: 'ui.settings.periodKindHint.noPeriods' };
  // Only a customer list gives a document its list figures: this one's list was left behind.
  if (document.listStats !== null) return { enabled: false, reason: 'ui.settings.periodKindLocked.listNotOpen' };
  if (document.source === 'periodTable') return { enabled: false, reason: 'ui.settings.periodKindLocked.periodTable' };
  return { enabled: false, reason: 'ui.settings.periodKindLocked.noList' };
}
