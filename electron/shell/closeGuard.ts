/**
 * What happens when the user closes the window (or quits) with unsaved edits.
 *
 * The renderer reports dirtiness on 'document:setDirty' (the document handlers keep it
 * in the session; a save or an open clears it). Closing a dirty window is
 * held back and the user is asked Save / Don't save / Cancel:
 * - Don't save: the window closes.
 * - Cancel: nothing happens (a quit in progress is abandoned too).
 * - Save: the renderer is asked to save through the 'menu:command' event ('save'),
 *   exactly as File › Save does, so it runs its own save flow (Save As dialog for a
 *   new document, error display). The guard then waits for the next 'document:save'
 *   to finish: saved → the window closes; cancelled or failed → it stays open, and
 *   the next close asks again.
 *
 * Pure state and decisions; the Electron wiring supplies the dialog and the actions.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardActions {
  /** Whether the document has unsaved edits now. */
  isDirty(): boolean;
  /** Shows the Save / Don't save / Cancel message box. */
  ask(): Promise<CloseChoice>;
  /** Sends the 'save' menu command to the renderer. */
  requestSave(): void;
  /** Closes the window for real (the guard lets that close through). */
  close(): void;
  /** The user cancelled: a quit in progress must stop. */
  cancelQuit(): void;
}

export interface CloseGuard {
  /** Called from the window's 'close' event: true lets the close happen, false holds it back. */
  allowClose(): boolean;
  /** Called when a 'document:save' request finishes; `saved` is false when it was cancelled or failed. */
  saveFinished(saved: boolean): void;
}

export function createCloseGuard(actions: CloseGuardActions): CloseGuard {
  let closing = false; // the close is decided: let the next 'close' event through
  let asking = false; // the message box is open: further close attempts are ignored
  let closeAfterSave = false;

  const closeNow = () => {
    closing = true;
    actions.close();
  };

  return {
    allowClose() {
      if (closing || !actions.isDirty()) return true;
      if (asking) return false;
      asking = true;
      void actions.ask().then((choice) => {
        asking = false;
        if (choice === 'discard') closeNow();
        else if (choice === 'save') {
          closeAfterSave = true;
          actions.requestSave();
        } else actions.cancelQuit();
      });
      return false;
    },
    saveFinished(saved) {
      if (!closeAfterSave) return;
      closeAfterSave = false;
      if (saved) closeNow();
      else actions.cancelQuit();
    },
  };
}
