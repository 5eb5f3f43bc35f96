/**
 * How a file the user picked outside a dialog (File › Open Recent, a file opened
 * with Pito from the OS, a second launch with a file) reaches the renderer's normal
 * flow without the renderer ever naming a path: the shell offers the path here and
 * sends the menu command ('open' or 'import'); the renderer runs that command as if
 * from the menu (asking about unsaved edits first, say), and the next native dialog
 * of the matching kind returns the offered path instead of showing itself.
 *
 * An offer expires, so a command the renderer declined (the user cancelled a prompt)
 * does not leave a path behind that a much later File › Open would silently take.
 */
import type { RecentFile, RecentKind } from './recentFiles';

export const OFFER_LIFETIME_MS = 30_000;

export interface PendingFile {
  offer(file: RecentFile): void;
  /** The offered path when its kind matches and it has not expired; an offer is taken once. */
  take(kind: RecentKind): string | null;
}

export function createPendingFile(now: () => number = Date.now): PendingFile {
  let pending: { file: RecentFile; expires: number } | null = null;
  return {
    offer(file) {
      pending = { file, expires: now() + OFFER_LIFETIME_MS };
    },
    take(kind) {
      const offered = pending;
      pending = null;
      if (!offered || offered.file.kind !== kind || now() > offered.expires) return null;
      return offered.file.path;
    },
  };
}
