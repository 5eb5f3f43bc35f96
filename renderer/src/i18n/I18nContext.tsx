/**
 * The active UI language and its translate function. Every component takes its text
 * from here, so a language switch re-renders everything in the other language at once.
 * Number parameters come out grouped as the language writes them (messageText.ts).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from '../../../shared/document';
import type { MessageKey } from '../../../shared/i18n';
import { messageText } from './messageText';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  children: ReactNode;
}) {
  const { language, setLanguage } = props;
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, params) => messageText(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it.');
  return i18n;
}
