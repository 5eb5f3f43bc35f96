/**
 * The workspace's state as one pure reducer: the document with its undo history, the
 * snapshot last saved (the document is dirty when it differs), the workbook's name, the
 * last import report, and which customer list the main side holds.
 */
import type { PitoDocument } from '../../../shared/document';
import type { ImportReport } from '../../../shared/importModel';
import { commit, createHistory, redo, undo, type History } from '../document/history';

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
}

export type WorkspaceAction =
  /** An edit the user can undo; `edit` must be pure. */
  | { type: 'edit'; edit: (document: PitoDocument) => PitoDocument }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A new, opened or restored document: a fresh history. `saved` says whether a file holds it as it is. */
  | { type: 'load'; document: PitoDocument; fileName: string | null; saved: boolean }
  /** An import replaces the document as one undoable step, so Undo brings the old one back. */
  | { type: 'imported'; document: PitoDocument; report: ImportReport }
  | { type: 'saved'; document: PitoDocument; fileName: string };

export function initialWorkspace(document: PitoDocument): WorkspaceState {
  return { history: createHistory(document), saved: document, fileName: null, report: null, heldListId: null };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'edit': {
      const history = commit(state.history, action.edit(state.history.present));
      return history === state.history ? state : { ...state, history };
    }
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'load':
      return {
        history: createHistory(action.document),
        saved: action.saved ? action.document : null,
        fileName: action.fileName,
        report: null,
        heldListId: action.document.listId ?? null,
      };
    case 'imported':
      return {
        ...state,
        history: commit(state.history, action.document),
        fileName: null,
        report: action.report,
        heldListId: action.document.listId ?? null,
      };
    case 'saved':
      return { ...state, saved: action.document, fileName: action.fileName };
  }
}

export function isDirty(state: WorkspaceState): boolean {
  return state.history.present !== state.saved;
}
