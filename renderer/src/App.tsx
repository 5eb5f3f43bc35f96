/**
 * The renderer's root: the bridge, the UI language (the user's stored choice, else the
 * system locale the main side reports) and the workspace.
 */
import { useCallback, useEffect, useState } from 'react';
import type { UiLanguage } from '../../shared/document';
import type { PitoBridge } from '../../shared/ipc/bridge';
import { BridgeContext } from './bridge/BridgeContext';
import { I18nProvider } from './i18n/I18nContext';
import { LANGUAGE_STORAGE_KEY, languageOfLocale, storedLanguage } from './i18n/language';
import { Workspace } from './workspace/Workspace';

export function App({ bridge, storage }: { bridge: PitoBridge; storage: Storage }) {
  const [language, setLanguageState] = useState<UiLanguage>(
    () => storedLanguage(storage) ?? languageOfLocale(navigator.language),
  );
  const [version, setVersion] = useState('');

  useEffect(() => {
    void bridge['app:info']({}).then((result) => {
      if (!result.ok) return;
      setVersion(result.value.version);
      if (!storedLanguage(storage)) setLanguageState(languageOfLocale(result.value.systemLocale));
    });
  }, [bridge, storage]);

  useEffect(() => {
    document.documentElement.lang = language;
    void bridge['app:setLanguage']({ language });
  }, [bridge, language]);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      storage.setItem(LANGUAGE_STORAGE_KEY, next);
      setLanguageState(next);
    },
    [storage],
  );

  return (
    <BridgeContext.Provider value={bridge}>
      <I18nProvider language={language} setLanguage={setLanguage}>
        <Workspace appVersion={version} />
      </I18nProvider>
    </BridgeContext.Provider>
  );
}
