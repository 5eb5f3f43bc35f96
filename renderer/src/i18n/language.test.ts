import { describe, expect, it } from 'vitest';
import { languageOfLocale, LANGUAGE_STORAGE_KEY, storedLanguage } from './language';

describe('UI language', () => {
  it('follows a Finnish system locale and falls back to English', () => {
    expect(languageOfLocale('fi-FI')).toBe('fi');
    expect(languageOfLocale('fi')).toBe('fi');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('sv-FI')).toBe('en');
    expect(languageOfLocale('fil-PH')).toBe('en');
  });

  it('reads only a valid stored choice', () => {
    const storage = (value: string | null) => ({
      getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null),
    });
    expect(storedLanguage(storage('fi'))).toBe('fi');
    expect(storedLanguage(storage('de'))).toBeNull();
    expect(storedLanguage(storage(null))).toBeNull();
  });
});
