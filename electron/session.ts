/**
 * What the main side remembers for the window between requests: the files it has
 * handed out by id, the customer list behind the document (which never goes to the
 * renderer), and the workbook the document belongs to.
 *
 * The session holds ONE list, the one of the latest import or opened workbook, under an
 * id it makes up; the document that list was counted into carries the same id
 * (`PitoDocument.listId`). A request about "the list" (regroup, Save) names the id, and a
 * list answers only for its own document: an undo back to an earlier import, or restored
 * edits, name an id the session no longer holds, and are refused rather than given
 * another list's customers. One list, not one per document: a list can be a million
 * customers, and the undo history can hold hundreds of documents.
 */
import { randomUUID } from 'node:crypto';
import type { CustomerRecord } from '../shared/customers';
import type { UiLanguage } from '../shared/document';

export interface ImportedList {
  /** The id the document counted from this list carries as its `listId`. */
  id: string;
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

/**
 * Makes `customers` the list the session holds (null: none), replacing the one before,
 * and gives the id its document is to carry; undefined when there is no list.
 */
export function holdList(
  session: MainSession,
  customers: CustomerRecord[] | null,
  sourcePath: string,
): string | undefined {
  session.importedList = customers ? { id: randomUUID(), customers, sourcePath } : null;
  return session.importedList?.id;
}

/** The list the session holds for the document carrying `listId`, or null when it holds none for it. */
export function heldList(session: MainSession, listId: string | undefined): ImportedList | null {
  const list = session.importedList;
  return list !== null && listId !== undefined && list.id === listId ? list : null;
}
