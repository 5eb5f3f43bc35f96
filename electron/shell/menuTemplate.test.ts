import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/ipc/contract';
import { buildMenuTemplate, menuLanguageForLocale, type MenuAction, type MenuContext } from './menuTemplate';

/** Every item that does something (no submenus, no separators). */
function leaves(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [];
    if (Array.isArray(item.submenu)) return leaves(item.submenu);
    return [item];
  });
}

/** Clicks every item with a click handler and collects what it dispatched. */
function dispatchedBy(context: MenuContext): MenuAction[] {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate(context, (action) => actions.push(action));
  for (const item of leaves(template)) (item.click as (() => void) | undefined)?.();
  return actions;
}

const recentFiles = [
  { path: '/home/anna/Pito/2024.xlsx', kind: 'workbook' as const },
  { path: '/home/anna/customers.csv', kind: 'import' as const },
];
const contexts: MenuContext[] = (['en', 'fi'] as const).flatMap((language) =>
  (['darwin', 'win32', 'linux'] as const).map((platform) => ({ language, platform, appName: 'Pito', recentFiles })),
);

describe.each(contexts)('the menu in $language on $platform', (context) => {
  const template = buildMenuTemplate(context, () => undefined);

  it('gives every item a label and either a role or a command', () => {
    for (const item of leaves(template)) {
      expect(item.label, JSON.stringify(item)).toMatch(/\S/);
      expect(item.label).not.toMatch(/[{}]/);
      expect(Boolean(item.role) || typeof item.click === 'function', item.label).toBe(true);
    }
  });

  it('offers every menu command exactly once, plus the recent files', () => {
    const commands = dispatchedBy(context).flatMap((action) => (action.kind === 'command' ? [action.command] : []));
    expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(dispatchedBy(context).filter((action) => action.kind !== 'command')).toEqual([
      { kind: 'openRecent', file: recentFiles[0] },
      { kind: 'openRecent', file: recentFiles[1] },
      { kind: 'clearRecent' },
    ]);
  });

  it('gives each command item its command as id', () => {
    const ids = leaves(template).flatMap((item) => (item.id ? [item.id] : []));
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has Cut, Copy, Paste, zoom and Quit as Electron roles', () => {
    const roles = leaves(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom', 'quit']));
  });

  it('shows the shortcuts without registering them: the page handles those keys', () => {
    const items = leaves(template).filter((item) => item.accelerator !== undefined);
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining(['undo', 'redo', 'save', 'showDefinitions']));
    for (const item of items) expect(item).toMatchObject({ registerAccelerator: false });
  });

  it('uses each accelerator once', () => {
    const accelerators = leaves(template).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators).toEqual(expect.arrayContaining(['CmdOrCtrl+S', 'CmdOrCtrl+O', 'CmdOrCtrl+Z']));
  });
});

describe('platform conventions', () => {
  const topLabels = (platform: NodeJS.Platform) =>
    buildMenuTemplate({ language: 'en', platform, appName: 'Pito', recentFiles: [] }, () => undefined).map(
      (item) => item.label,
    );

  it('puts an app menu first and a Window menu on macOS', () => {
    expect(topLabels('darwin')).toEqual(['Pito', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('ends File with Quit and Help with About on Windows and Linux', () => {
    expect(topLabels('win32')).toEqual(['File', 'Edit', 'View', 'Help']);
    const template = buildMenuTemplate({ language: 'fi', platform: 'linux', appName: 'Pito', recentFiles: [] }, () => {
      /* not clicked */
    });
    const [file, , , help] = template;
    expect((file?.submenu as MenuItemConstructorOptions[]).at(-1)).toMatchObject({ label: 'Lopeta', role: 'quit' });
    expect((help?.submenu as MenuItemConstructorOptions[]).at(-1)?.label).toBe('Tietoja: Pito');
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const [file] = buildMenuTemplate({ language: 'en', platform: 'linux', appName: 'Pito', recentFiles: [] }, () => {
      /* not clicked */
    });
    const recent = (file?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Open Recent');
    expect(recent?.submenu).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});

describe('languages', () => {
  it('translates every labelled item into Finnish', () => {
    const labels = (language: 'en' | 'fi') =>
      leaves(buildMenuTemplate({ language, platform: 'linux', appName: 'Pito', recentFiles: [] }, () => undefined)).map(
        (item) => item.label,
      );
    const english = labels('en');
    const finnish = labels('fi');
    expect(finnish).toHaveLength(english.length);
    finnish.forEach((label, index) => expect(label, english[index]).not.toBe(english[index]));
  });
});

describe('menuLanguageForLocale', () => {
  it('is Finnish on a Finnish system and English elsewhere', () => {
    expect(menuLanguageForLocale('fi-FI')).toBe('fi');
    expect(menuLanguageForLocale('fi')).toBe('fi');
    expect(menuLanguageForLocale('sv-FI')).toBe('en');
    expect(menuLanguageForLocale('en-US')).toBe('en');
    expect(menuLanguageForLocale('fil-PH')).toBe('en');
  });
});
