/**
 * What the main side remembers for the window between requests: the files it has
 * handed out by id, the last imported customer list (which never goes to the renderer),
 * and the workbook the document belongs to.
 */
import type { CustomerRecord } from '../shared/customers';
import type { UiLanguage } from '../shared/document';

export interface ImportedList {
  customers: CustomerRecord[];
  /** The file it came from: never overwritten unless the user picks it in Save As. */
  sourcePath: string;
}

export interface MainSession {
  /** fileId → absolute path, for files chosen in a dialog or dropped. */
  files: Map<string, string>;
  importedList: ImportedList | null;
  /** The workbook Save writes to; null until the document has been saved or opened. */
  documentPath: string | null;
  /** The renderer has edits not yet saved (document:setDirty): the close prompt asks Save / Don't save / Cancel. */
  dirty: boolean;
  /** The UI language the renderer last named (app:setLanguage); null until it has. */
  language: UiLanguage | null;
}

export function createSession(): MainSession {
  return { files: new Map(), importedList: null, documentPath: null, dirty: false, language: null };
}
