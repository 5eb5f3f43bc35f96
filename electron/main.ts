/**
 * The Electron entry point. The app:// scheme must be declared privileged before the
 * app is ready; a second launch hands its file to the running instance (the
 * 'second-instance' event in desktopApp.ts) and exits.
 */
import { app } from 'electron';
import { startDesktopApp } from './shell/desktopApp';
import { registerAppScheme } from './shell/protocol';

registerAppScheme();
if (app.requestSingleInstanceLock()) startDesktopApp();
else app.quit();
