/**
 * What every main-side feature gets from whoever hosts it: the Electron shell in the
 * app, the browser harness in end-to-end tests, a plain object in unit tests.
 */
import type { UiLanguage } from '../../shared/document';
import type { Dialogs } from '../dialogs';
import type { MainSession } from '../session';
import type { Emit } from './handlerTypes';

export interface MainDeps {
  dialogs: Dialogs;
  emit: Emit;
  session: MainSession;
  /** The app's own data folder (autosave, window state); a temporary folder in tests. */
  userDataDir: string;
  appVersion: string;
  /** BCP 47 tag of the operating system's locale. */
  systemLocale: string;
  /** Opens a link in the system browser (Electron's shell.openExternal); only called with a checked https URL. */
  openExternal(url: string): Promise<void>;
  /** The UI language changed: the shell rebuilds its menus in it. */
  languageChanged(language: UiLanguage): void;
}
