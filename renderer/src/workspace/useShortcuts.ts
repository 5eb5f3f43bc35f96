/**
 * The workspace's keys (shared/shortcuts.ts: one table for the page, the toolbar's tooltips
 * and the Electron menu, which shows them without registering them) and the menu commands
 * when the bridge delivers them.
 *
 * Undo and redo: a field the user types into keeps the keys: the grid's cell editor uses the
 * browser's text undo, a settings field its own (settings/fieldHistory.ts). A select has no
 * undo of its own, so there the keys undo the document, as on a grid cell: a currency just
 * chosen is undone with the focus still on it. Another command pressed in a field first leaves
 * the field, which applies what was typed (the grid's editor commits its cell, a settings field
 * its value), and runs once that edit is in the document: Ctrl+S saves the figure just typed.
 * Inside a modal dialog no key is the document's: the document behind it cannot be seen, so a
 * command there would change what the user is not looking at.
 */
import { useEffect, useRef } from 'react';
import { commandOfKey, type ShortcutKeyEvent } from '../../../shared/shortcuts';
import { useBridge } from '../bridge/BridgeContext';
import { isMacPlatform } from './platform';
import { menuHandler, type WorkspaceCommands } from './commands';

export type HistoryCommand = 'undo' | 'redo';

/** True where a key belongs to the focused element, not to the document. */
export function keepsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** Which history command a key press asks for, if any: Ctrl or Cmd alike, as a text field's own undo takes either. */
export function historyKey(event: ShortcutKeyEvent): HistoryCommand | null {
  const command = commandOfKey(event, event.metaKey);
  return command === 'undo' || command === 'redo' ? command : null;
}

export function useShortcuts(commands: WorkspaceCommands): void {
  const bridge = useBridge();
  const latest = useRef(commands);
  latest.current = commands;

  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandOfKey(event, mac);
      if (!command) return;
      const { target } = event;
      const inDialog = target instanceof Element && target.closest('dialog[open]') !== null;
      if (inDialog || ((command === 'undo' || command === 'redo') && keepsKeys(target))) return;
      event.preventDefault();
      if (!keepsKeys(target)) return latest.current[command]();
      // Leaving the field applies its typing; the command runs after that edit has rendered.
      (target as HTMLElement).blur();
      setTimeout(() => latest.current[command](), 0);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => bridge.on('menu:command', ({ command }) => menuHandler(latest.current)[command]()), [bridge]);
}
