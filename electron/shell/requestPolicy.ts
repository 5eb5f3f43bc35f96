/**
 * "No network": the only requests the app's session lets through are for the app's
 * own files and for data the page already holds. Everything else (http, https, ws,
 * file, ftp, other custom schemes) is cancelled before it leaves the process.
 */
import { APP_SCHEME } from './appOrigin';

/** data: and blob: never leave the process; devtools: is Chromium's own inspector, absent from packaged builds. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isRequestAllowed(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
