/** The app-level channels: version and locale, links to the web, the menus' language. */
import type { HandlerMap } from '../ipc/handlerTypes';
import type { MainDeps } from '../ipc/mainDeps';
import { checkedExternalUrl } from './externalUrl';

export type AppChannelName = 'app:info' | 'app:openExternal' | 'app:setLanguage';

export function createAppHandlers(deps: MainDeps): HandlerMap<AppChannelName> {
  return {
    'app:info': async () => ({
      version: deps.appVersion,
      systemLocale: deps.systemLocale,
      platform: process.platform,
    }),
    'app:openExternal': async ({ url }) => {
      await deps.openExternal(checkedExternalUrl(url));
    },
    'app:setLanguage': async ({ language }) => {
      deps.session.language = language; // an imported document takes the UI's language
      deps.languageChanged(language);
    },
  };
}
