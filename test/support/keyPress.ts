/** A key press as shortcut code reads it (KeyboardEvent's key and modifiers), for unit tests. */
export type Modifiers = Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>;

export const keyPress = (key: string, modifiers: Modifiers = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});
