/**
 * The check a link passes before Pito hands it to the system browser. Only https:
 * other schemes (file:, javascript:, custom protocol handlers such as ms-msdt:) can
 * run programs or read local files through the OS, and credentials in a URL are a
 * phishing device. Pure, so the window-open handler and the IPC handler share it.
 */
import { translate } from '../../shared/i18n';
import type { IpcErrorReason } from '../../shared/ipc/result';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';

const MAX_URL_LENGTH = 2048;

/** Why the URL is refused, as a catalog reason, or null when it may be opened. */
function externalUrlReason(url: string): IpcErrorReason | null {
  if (url.length > MAX_URL_LENGTH) return { key: 'documentError.link.tooLong', params: { max: MAX_URL_LENGTH } };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { key: 'documentError.link.invalid', params: {} };
  }
  if (parsed.protocol !== 'https:') {
    return { key: 'documentError.link.notHttps', params: { scheme: quoteValue(parsed.protocol) } };
  }
  if (parsed.username || parsed.password) return { key: 'documentError.link.credentials', params: {} };
  if (!parsed.hostname) return { key: 'documentError.link.noHost', params: {} };
  return null;
}

/** The reason the URL is refused, in English, or null when it may be opened. */
export function externalUrlProblem(url: string): string | null {
  const reason = externalUrlReason(url);
  return reason && translate('en', reason.key, reason.params);
}

/** The normalized URL to open; throws a `forbidden` PitoError saying why when it may not be opened. */
export function checkedExternalUrl(url: string): string {
  const reason = externalUrlReason(url);
  if (reason) throw PitoError.fromReason('forbidden', reason.key, reason.params);
  return new URL(url).href;
}
