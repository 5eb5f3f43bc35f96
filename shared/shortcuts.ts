/**
 * The keyboard shortcut of every workspace command, stated once: the page handles the keys
 * (renderer/src/workspace/useShortcuts.ts), the toolbar names them in its tooltips, and the
 * Electron menu shows them (electron/shell/menuTemplate.ts) without registering them, so a
 * key press acts once, in the browser harness as in the app.
 */

/** The workspace's commands (renderer/src/workspace/commands.ts names its handlers by them). */
export const WORKSPACE_COMMANDS = [
  'newDocument',
  'open',
  'import',
  'save',
  'saveAs',
  'undo',
  'redo',
  'addPeriod',
  'insertRow',
  'deleteRow',
  'toggleCharts',
  'toggleSettings',
  'toggleReport',
  'showDefinitions',
  'showAbout',
] as const;
export type WorkspaceCommand = (typeof WORKSPACE_COMMANDS)[number];

export interface Shortcut {
  /** `KeyboardEvent.key`, a letter in upper case. */
  key: string;
  /** Ctrl, or Cmd on macOS. */
  primary: boolean;
  shift: boolean;
}

const primary = (key: string, shift = false): Shortcut => ({ key, primary: true, shift });
const plain = (key: string, shift = false): Shortcut => ({ key, primary: false, shift });

export const SHORTCUTS: Record<WorkspaceCommand, Shortcut> = {
  newDocument: primary('N'),
  open: primary('O'),
  import: primary('I'),
  save: primary('S'),
  saveAs: primary('S', true),
  undo: primary('Z'),
  redo: primary('Y'),
  addPeriod: primary('Enter', true),
  insertRow: primary('I', true),
  deleteRow: primary('Backspace', true),
  toggleCharts: primary('G', true),
  toggleSettings: primary(','),
  toggleReport: primary('R', true),
  showDefinitions: plain('F1'),
  showAbout: plain('F1', true),
};

/** Electron's accelerator for a shortcut: `CmdOrCtrl+Shift+S`. */
export function acceleratorOf({ key, primary: withPrimary, shift }: Shortcut): string {
  return [withPrimary && 'CmdOrCtrl', shift && 'Shift', key].filter(Boolean).join('+');
}

/** A shortcut as the platform writes it: `Ctrl+Shift+S`, or `⇧⌘S` on macOS. */
export function shortcutText({ key, primary: withPrimary, shift }: Shortcut, mac: boolean): string {
  if (mac) return `${shift ? '⇧' : ''}${withPrimary ? '⌘' : ''}${key === 'Backspace' ? '⌫' : key}`;
  return [withPrimary && 'Ctrl', shift && 'Shift', key].filter(Boolean).join('+');
}

export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press asks for, if any. Redo also answers Ctrl+Shift+Z (Cmd+Shift+Z on macOS). */
export function commandOfKey(event: ShortcutKeyEvent, mac: boolean): WorkspaceCommand | null {
  if (event.altKey) return null;
  const withPrimary = mac ? event.metaKey : event.ctrlKey;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  if (withPrimary && event.shiftKey && key === 'Z') return 'redo';
  const found = WORKSPACE_COMMANDS.find((command) => {
    const shortcut = SHORTCUTS[command];
    return shortcut.key === key && shortcut.primary === withPrimary && shortcut.shift === event.shiftKey;
  });
  return found ?? null;
}
