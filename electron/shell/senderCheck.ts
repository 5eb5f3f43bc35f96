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

export type SenderProblem =
  | 'ipcError.sender.frameGone'
  | 'ipcError.sender.noWindow'
  | 'ipcError.sender.notTopFrame'
  | 'ipcError.sender.notAppPage';

/** Why the message is refused (its catalog key), or null when it may be handled. */
export function senderProblem({ sender, appMainFrame }: FrameFacts): SenderProblem | null {
  if (!sender) return 'ipcError.sender.frameGone';
  if (!appMainFrame) return 'ipcError.sender.noWindow';
  if (sender.processId !== appMainFrame.processId || sender.routingId !== appMainFrame.routingId) {
    return 'ipcError.sender.notTopFrame';
  }
  if (!isAppUrl(sender.url)) return 'ipcError.sender.notAppPage';
  return null;
}
