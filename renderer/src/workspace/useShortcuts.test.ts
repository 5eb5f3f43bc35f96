// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyPress as press } from '../../../test/support/keyPress';
import { historyKey, keepsKeys } from './useShortcuts';

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

describe('where the keys belong', () => {
  const element = (html: string) => {
    document.body.innerHTML = html;
    return document.querySelector('[data-target]');
  };

  it('to a field the user types into', () => {
    expect(keepsKeys(element('<input data-target>'))).toBe(true);
    expect(keepsKeys(element('<textarea data-target></textarea>'))).toBe(true);
  });

  it('to the document on a select, a grid cell or the page', () => {
    expect(keepsKeys(element('<select data-target><option>EUR</option></select>'))).toBe(false);
    expect(keepsKeys(element('<div role="gridcell" tabindex="-1" data-target></div>'))).toBe(false);
    expect(keepsKeys(document.body)).toBe(false);
    expect(keepsKeys(null)).toBe(false);
  });

  it('to an open dialog, whatever is focused in it', () => {
    expect(keepsKeys(element('<dialog open><button data-target>OK</button></dialog>'))).toBe(true);
    expect(keepsKeys(element('<dialog><select data-target></select></dialog>'))).toBe(false);
  });
});
