import { describe, expect, it } from 'vitest';
import { historyKey } from './useShortcuts';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('history keys', () => {
  it('undo with Ctrl+Z or Cmd+Z', () => {
    expect(historyKey(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(press('z', { metaKey: true }))).toBe('undo');
  });

  it('redo with Ctrl+Y, Ctrl+Shift+Z and Cmd+Shift+Z', () => {
    expect(historyKey(press('y', { ctrlKey: true }))).toBe('redo');
    expect(historyKey(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  it('ignore the letters alone and with Alt', () => {
    expect(historyKey(press('z'))).toBeNull();
    expect(historyKey(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyKey(press('x', { ctrlKey: true }))).toBeNull();
  });
});
