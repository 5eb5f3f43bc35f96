/**
 * The application menu as a template, in the UI language, following the platform's
 * conventions: on macOS an app menu holds About and Quit and a Window menu exists; on
 * Windows and Linux Quit ends the File menu and About ends Help. Items the page acts
 * on (New, Save, Undo, Insert row…) dispatch a menu command the shell forwards to the
 * renderer; clipboard, zoom and window items are Electron roles, labelled by us so
 * they follow the UI language rather than the OS's. Electron is imported for types
 * only, so the template is unit-tested in Node.
 */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/document';
import { translate, type MessageKey } from '../../shared/i18n';
import type { MenuCommand } from '../../shared/ipc/contract';
import { SHORTCUTS, acceleratorOf, type WorkspaceCommand } from '../../shared/shortcuts';
import type { RecentFile } from './recentFiles';

export type MenuAction =
  { kind: 'command'; command: MenuCommand } | { kind: 'openRecent'; file: RecentFile } | { kind: 'clearRecent' };

export interface MenuContext {
  language: UiLanguage;
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly RecentFile[];
}

/** The menus' language before the renderer names one (app:setLanguage): Finnish on a Finnish system. */
export function menuLanguageForLocale(locale: string): UiLanguage {
  return /^fi\b/i.test(locale) ? 'fi' : 'en';
}

type Role = NonNullable<MenuItemConstructorOptions['role']>;

export function buildMenuTemplate(
  context: MenuContext,
  dispatch: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  const { language, appName } = context;
  const isMac = context.platform === 'darwin';
  const label = (key: MessageKey) => translate(language, key, { appName });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // The id is the command's name, so Menu.getMenuItemById finds an item in any language (end-to-end tests do).
  // The page handles every workspace shortcut itself (a text field being typed into keeps its keys, see
  // renderer/src/workspace/useShortcuts.ts), so the menu only shows it: registering it too would act twice.
  const command = (key: MessageKey, name: MenuCommand, shortcut?: WorkspaceCommand): MenuItemConstructorOptions => ({
    id: name,
    label: label(key),
    ...(shortcut && { accelerator: acceleratorOf(SHORTCUTS[shortcut]), registerAccelerator: false }),
    click: () => dispatch({ kind: 'command', command: name }),
  });
  const role = (key: MessageKey, name: Role): MenuItemConstructorOptions => ({ label: label(key), role: name });

  const recentItems: MenuItemConstructorOptions[] =
    context.recentFiles.length === 0
      ? [{ label: label('menu.file.recentEmpty'), enabled: false }]
      : [
          ...context.recentFiles.map((file) => ({
            label: basename(file.path),
            toolTip: file.path,
            click: () => dispatch({ kind: 'openRecent', file }),
          })),
          separator,
          { label: label('menu.file.recentClear'), click: () => dispatch({ kind: 'clearRecent' }) },
        ];

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      command('menu.app.about', 'showAbout', 'showAbout'),
      separator,
      role('menu.app.services', 'services'),
      separator,
      role('menu.app.hide', 'hide'),
      role('menu.app.hideOthers', 'hideOthers'),
      role('menu.app.showAll', 'unhide'),
      separator,
      role('menu.app.quit', 'quit'),
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: label('menu.file'),
    submenu: [
      command('menu.file.new', 'new', 'newDocument'),
      command('menu.file.open', 'open', 'open'),
      { label: label('menu.file.recent'), submenu: recentItems },
      separator,
      command('menu.file.import', 'import', 'import'),
      command('menu.file.export', 'export'),
      separator,
      command('menu.file.save', 'save', 'save'),
      command('menu.file.saveAs', 'saveAs', 'saveAs'),
      ...(isMac ? [] : [separator, role('menu.file.quit', 'quit')]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: label('menu.edit'),
    submenu: [
      // The grid keeps its own undo history (whole-row edits), so Undo and Redo are commands, not roles.
      command('menu.edit.undo', 'undo', 'undo'),
      // macOS writes redo Cmd+Shift+Z, which the page takes as well (shared/shortcuts.ts).
      isMac
        ? { ...command('menu.edit.redo', 'redo'), accelerator: 'Cmd+Shift+Z', registerAccelerator: false }
        : command('menu.edit.redo', 'redo', 'redo'),
      separator,
      role('menu.edit.cut', 'cut'),
      role('menu.edit.copy', 'copy'),
      role('menu.edit.paste', 'paste'),
      role('menu.edit.selectAll', 'selectAll'),
      separator,
      command('menu.edit.insertRow', 'insertRow', 'insertRow'),
      command('menu.edit.deleteRow', 'deleteRow', 'deleteRow'),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: label('menu.view'),
    submenu: [
      role('menu.view.zoomIn', 'zoomIn'),
      role('menu.view.zoomOut', 'zoomOut'),
      role('menu.view.resetZoom', 'resetZoom'),
      separator,
      command('menu.view.toggleCharts', 'toggleCharts', 'toggleCharts'),
      separator,
      role('menu.view.fullScreen', 'togglefullscreen'),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: label('menu.window'),
    role: 'windowMenu',
    submenu: [role('menu.window.minimize', 'minimize'), role('menu.window.zoom', 'zoom')],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: label('menu.help'),
    role: 'help',
    submenu: [
      command('menu.help.definitions', 'showDefinitions', 'showDefinitions'),
      ...(isMac ? [] : [separator, command('menu.help.about', 'showAbout', 'showAbout')]),
    ],
  };
  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
