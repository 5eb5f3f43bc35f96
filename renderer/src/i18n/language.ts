/**
 * Which language the UI starts in: the user's own choice when there is one (kept in
 * localStorage), otherwise the operating system's locale.
 */
import type { UiLanguage } from '../../../shared/document';

export const LANGUAGE_STORAGE_KEY = 'pito.language';

export function languageOfLocale(locale: string): UiLanguage {
  return /^fi(?:-|_|$)/i.test(locale) ? 'fi' : 'en';
}

export function storedLanguage(storage: Pick<Storage, 'getItem'>): UiLanguage | null {
  const value = storage.getItem(LANGUAGE_STORAGE_KEY);
  return value === 'fi' || value === 'en' ? value : null;
}
