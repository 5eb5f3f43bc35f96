/**
 * Document-level keys: undo (Ctrl+Z, Cmd+Z on macOS), redo (Ctrl+Y, Ctrl+Shift+Z), and
 * the menu commands when the bridge delivers them. A field the user types into keeps the
 * keys: the grid's cell editor uses the browser's text undo, a settings field its own
 * (settings/fieldHistory.ts). A select has no undo of its own, so there the keys undo
 * the document, as on a grid cell: a currency just chosen is undone with the focus still
 * on it. Inside a modal dialog they are not the document's: the document behind it cannot
 * be seen, so an undo there would change what the user is not looking at.
 */
import { useEffect, useRef } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { menuHandler, type WorkspaceCommands } from './commands';

export type HistoryCommand = 'undo' | 'redo';

/** True where a history key belongs to the focused element, not to the document. */
export function keepsHistoryKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** Which history command a key press asks for, if any. */
export function historyKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HistoryCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function useShortcuts(commands: WorkspaceCommands): void {
  const bridge = useBridge();
  const latest = useRef(commands);
  latest.current = commands;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyKey(event);
      if (!command || keepsHistoryKeys(event.target)) return;
      event.preventDefault();
      latest.current[command]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => bridge.on('menu:command', ({ command }) => menuHandler(latest.current)[command]()), [bridge]);
}
