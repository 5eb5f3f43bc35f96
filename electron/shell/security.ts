/**
 * Electron's security checklist, applied to the app's session and to every web
 * contents the app ever creates (not only the main window): no navigation away from
 * the page, no new windows (https links go to the system browser after a check), no
 * webviews, no permissions, no downloads, and no network — only app://, data: and
 * blob: requests pass. Each refusal is logged so a blocked feature is easy to spot.
 */
import type { Session, WebContents } from 'electron';
import { externalUrlProblem } from '../app/externalUrl';
import { isRequestAllowed } from './requestPolicy';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`Refused permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url);
    if (!allowed) console.warn(`Blocked request: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  // The page is one document: nothing (a link, a script, a dropped file) may replace it.
  contents.on('will-navigate', (event) => {
    console.warn(`Blocked navigation to ${event.url.slice(0, 200)}`);
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const problem = externalUrlProblem(url);
    if (problem) console.warn(`Refused window.open(${url.slice(0, 200)}): ${problem}`);
    else openExternal(url);
    return { action: 'deny' };
  });
}
