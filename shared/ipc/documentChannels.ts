import type { PitoDocument } from '../document';

export interface OpenedDocument {
  document: PitoDocument;
  fileName: string;
}

export interface SavedDocument {
  fileName: string;
}

export interface RecoveredDocument {
  document: PitoDocument;
  /** ISO timestamp of the autosave. */
  savedAt: string;
  /** The workbook the edits belong to, if it had been saved before. */
  fileName: string | null;
}

export interface DocumentChannels {
  /** Shows the native open dialog for a Pito workbook; null when the user cancels. */
  'document:open': (request: Record<string, never>) => OpenedDocument | null;
  /** Save writes to the document's file (Save As when it has none); null when cancelled. */
  'document:save': (request: { document: PitoDocument; saveAs: boolean }) => SavedDocument | null;
  /** Tells the main side whether there are unsaved edits, for the close prompt. */
  'document:setDirty': (request: { dirty: boolean }) => void;
  /** Writes unsaved edits to the app's data folder. */
  'recovery:write': (request: { document: PitoDocument }) => void;
  'recovery:check': (request: Record<string, never>) => RecoveredDocument | null;
  'recovery:discard': (request: Record<string, never>) => void;
}
