/**
 * Which IPC messages the main side answers: only those from the top-level frame of
 * the app's own window showing an app:// page. A subframe, another window (a devtools
 * extension, a forged window) or a page that somehow navigated elsewhere is refused
 * before its payload is even parsed. Pure: the Electron wiring passes the facts in.
 */
import { isAppUrl } from './appOrigin';

export interface FrameFacts {
  /** Ids of the frame that sent the message; null when the frame is already gone. */
  sender: { processId: number; routingId: number; url: string } | null;
  /** Ids of the main frame of the app's window; null while there is no window. */
  appMainFrame: { processId: number; routingId: number } | null;
}

/** Why the message is refused, or null when it may be handled. */
export function senderProblem({ sender, appMainFrame }: FrameFacts): string | null {
  if (!sender) return 'The frame that sent the message no longer exists.';
  if (!appMainFrame) return 'The app window is not open.';
  if (sender.processId !== appMainFrame.processId || sender.routingId !== appMainFrame.routingId) {
    return 'Only the top-level frame of the app window may send IPC messages.';
  }
  if (!isAppUrl(sender.url)) return 'Only pages of the app itself may send IPC messages.';
  return null;
}
