/**
 * The check a link passes before Pito hands it to the system browser. Only https:
 * other schemes (file:, javascript:, custom protocol handlers such as ms-msdt:) can
 * run programs or read local files through the OS, and credentials in a URL are a
 * phishing device. Pure, so the window-open handler and the IPC handler share it.
 */
import { PitoError } from '../errors';

const MAX_URL_LENGTH = 2048;

/** The reason the URL is refused, or null when it may be opened. */
export function externalUrlProblem(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return `The link is longer than ${MAX_URL_LENGTH} characters.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The link is not a valid URL.';
  }
  if (parsed.protocol !== 'https:') return `Only https links open in the browser, not ${parsed.protocol} links.`;
  if (parsed.username || parsed.password) return 'Links with a user name or password are not opened.';
  if (!parsed.hostname) return 'The link names no host.';
  return null;
}

/** The normalized URL to open; throws a `forbidden` PitoError saying why when it may not be opened. */
export function checkedExternalUrl(url: string): string {
  const problem = externalUrlProblem(url);
  if (problem) throw new PitoError('forbidden', problem);
  return new URL(url).href;
}
