/** How the screen names a command's shortcut (shared/shortcuts.ts) on this platform. */
import { SHORTCUTS, acceleratorOf, shortcutText, type WorkspaceCommand } from '../../../shared/shortcuts';
import { isMacPlatform } from './platform';

/** `Ctrl+Shift+S`, or `⇧⌘S` on macOS. */
export function shortcutOf(command: WorkspaceCommand): string {
  return shortcutText(SHORTCUTS[command], isMacPlatform());
}

/** "Save (Ctrl+S)": a command's name with its shortcut, for its tooltip. */
export function withShortcut(name: string, command: WorkspaceCommand): string {
  return `${name} (${shortcutOf(command)})`;
}

/** The shortcut as `aria-keyshortcuts` writes it: `Control+Shift+S`, `Meta+S` on macOS. */
export function ariaShortcut(command: WorkspaceCommand): string {
  return acceleratorOf(SHORTCUTS[command]).replace('CmdOrCtrl', isMacPlatform() ? 'Meta' : 'Control');
}
