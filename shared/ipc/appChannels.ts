import type { UiLanguage } from '../document';

export interface AppInfo {
  version: string;
  /** BCP 47 tag of the operating system's locale, for the first choice of language. */
  systemLocale: string;
  platform: string;
}

export interface AppChannels {
  'app:info': (request: Record<string, never>) => AppInfo;
  /** Opens an https link in the system browser after checking it; never inside the app. */
  'app:openExternal': (request: { url: string }) => void;
  /** The menus follow the UI language. */
  'app:setLanguage': (request: { language: UiLanguage }) => void;
}
