/**
 * The app's own origin. The renderer is served from `app://pito/…` rather than file://
 * so it has a real origin (file:// pages share one with every local file) that the
 * IPC sender check, the request filter and the Content-Security-Policy can name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pito';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when the URL is a page or asset of the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
