/**
 * The workspace's state as one pure reducer: the document with its undo history, the
 * snapshot last saved (the document is dirty when it differs), the workbook's name, the
 * last import report, which customer list the main side holds, and the carry the last
 * typed cell offers.
 */
import type { PitoDocument } from '../../../shared/document';
import type { ImportReport } from '../../../shared/importModel';
import { carry, carryOffer, type CarryOffer } from '../document/carryOffer';
import { applyCellChanges, type CellChange } from '../document/edits';
import { amend, commit, createHistory, redo, undo, type History } from '../document/history';

export interface WorkspaceState {
  history: History<PitoDocument>;
  /** The document as last opened or saved; null when no file holds it (restored edits). */
  saved: PitoDocument | null;
  fileName: string | null;
  report: ImportReport | null;
  /**
   * The `listId` of the list the main side holds: it keeps one, the latest import's or
   * opened workbook's (electron/session.ts). A document undone back to an earlier import
   * carries another id, and its periods cannot be regrouped.
   */
  heldListId: string | null;
  /**
   * What the last edit, a cell typed in the grid, offers to carry into the next period
   * (document/carryOffer.ts). Whatever the workspace does next withdraws it, but a save:
   * it was made for the document as that edit left it.
   */
  carry: CarryOffer | null;
}

export type WorkspaceAction =
  /** An edit the user can undo; `edit` must be pure. */
  | { type: 'edit'; edit: (document: PitoDocument) => PitoDocument }
  /** The grid's edit of its cells: an edit that may offer a carry. */
  | { type: 'editCells'; changes: readonly CellChange[] }
  /** The offer taken, as part of the edit that made it: one undo takes back both. */
  | { type: 'carry' }
  /** The offer declined: the next period's start stays as it is. */
  | { type: 'keep' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A new, opened or restored document: a fresh history. `saved` says whether a file holds it as it is. */
  | { type: 'load'; document: PitoDocument; fileName: string | null; saved: boolean }
  /** An import replaces the document as one undoable step, so Undo brings the old one back. */
  | { type: 'imported'; document: PitoDocument; report: ImportReport }
  | { type: 'saved'; document: PitoDocument; fileName: string };

export function initialWorkspace(document: PitoDocument): WorkspaceState {
  return {
    history: createHistory(document),
    saved: document,
    fileName: null,
    report: null,
    heldListId: null,
    carry: null,
  };
}

/** The state after an edit taking the document to `next`; an edit that changes nothing is none. */
function edited(state: WorkspaceState, next: PitoDocument, offer: CarryOffer | null = null): WorkspaceState {
  const history = commit(state.history, next);
  return history === state.history ? state : { ...state, history, carry: offer };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'edit':
      return edited(state, action.edit(state.history.present));
    case 'editCells': {
      const before = state.history.present;
      const after = applyCellChanges(before, action.changes);
      return edited(state, after, carryOffer(before, after, action.changes));
    }
    case 'carry':
      if (!state.carry) return state;
      return { ...state, history: amend(state.history, carry(state.history.present, state.carry)), carry: null };
    case 'keep':
      return { ...state, carry: null };
    case 'undo':
      return { ...state, history: undo(state.history), carry: null };
    case 'redo':
      return { ...state, history: redo(state.history), carry: null };
    case 'load':
      return {
        history: createHistory(action.document),
        saved: action.saved ? action.document : null,
        fileName: action.fileName,
        report: null,
        heldListId: action.document.listId ?? null,
        carry: null,
      };
    case 'imported':
      return {
        ...state,
        history: commit(state.history, action.document),
        fileName: null,
        report: action.report,
        heldListId: action.document.listId ?? null,
        carry: null,
      };
    case 'saved':
      return { ...state, saved: action.document, fileName: action.fileName };
  }
}

export function isDirty(state: WorkspaceState): boolean {
  return state.history.present !== state.saved;
}
