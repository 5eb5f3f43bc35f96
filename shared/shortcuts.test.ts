import { describe, expect, it } from 'vitest';
import { keyPress as press } from '../test/support/keyPress';
import { SHORTCUTS, WORKSPACE_COMMANDS, acceleratorOf, commandOfKey, shortcutText } from './shortcuts';

describe('the shortcut table', () => {
  it('gives every command its own key', () => {
    const keys = WORKSPACE_COMMANDS.map((command) => acceleratorOf(SHORTCUTS[command]));
    expect(new Set(keys).size).toBe(WORKSPACE_COMMANDS.length);
  });

  it('finds each command from its own key press, with Ctrl elsewhere and Cmd on macOS', () => {
    for (const command of WORKSPACE_COMMANDS) {
      const { key, primary, shift } = SHORTCUTS[command];
      const typed = key.length === 1 ? (shift ? key : key.toLowerCase()) : key;
      expect(commandOfKey(press(typed, { ctrlKey: primary, shiftKey: shift }), false), command).toBe(command);
      expect(commandOfKey(press(typed, { metaKey: primary, shiftKey: shift }), true), command).toBe(command);
    }
  });

  it('takes Ctrl+Shift+Z for redo too, and ignores Alt and the wrong modifier', () => {
    expect(commandOfKey(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandOfKey(press('s', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(commandOfKey(press('s', { metaKey: true }), false)).toBeNull();
    expect(commandOfKey(press('s'), false)).toBeNull();
  });

  it('writes shortcuts as each platform does, and as Electron accelerators', () => {
    expect(shortcutText(SHORTCUTS.saveAs, false)).toBe('Ctrl+Shift+S');
    expect(shortcutText(SHORTCUTS.saveAs, true)).toBe('⇧⌘S');
    expect(shortcutText(SHORTCUTS.showDefinitions, false)).toBe('F1');
    expect(acceleratorOf(SHORTCUTS.deleteRow)).toBe('CmdOrCtrl+Shift+Backspace');
  });
});
