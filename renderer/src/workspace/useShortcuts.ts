/**
 * Document-level keys: undo (Ctrl+Z, Cmd+Z on macOS), redo (Ctrl+Y, Ctrl+Shift+Z), and
 * the menu commands when the bridge delivers them. Inside a text field (a cell being
 * edited, a setting) undo stays the field's own.
 */
import { useEffect, useRef } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { menuHandler, type WorkspaceCommands } from './commands';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.tagName === 'INPUT' ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT')
  );
}

/** Which history command a key press asks for, if any. */
export function historyKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
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
      if (!command || isTextField(event.target)) return;
      event.preventDefault();
      latest.current[command]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => bridge.on('menu:command', ({ command }) => menuHandler(latest.current)[command]()), [bridge]);
}
