import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseChoice } from './closeGuard';

function setUp(choice: CloseChoice) {
  const state = { dirty: true };
  const actions = {
    isDirty: () => state.dirty,
    ask: vi.fn(async () => choice),
    requestSave: vi.fn(),
    close: vi.fn(),
    cancelQuit: vi.fn(),
  };
  return { guard: createCloseGuard(actions), actions, state };
}

/** Lets the message box's promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createCloseGuard', () => {
  it('lets a window without unsaved edits close without asking', () => {
    const { guard, actions, state } = setUp('cancel');
    state.dirty = false;
    expect(guard.allowClose()).toBe(true);
    expect(actions.ask).not.toHaveBeenCalled();
  });

  it("holds a dirty window and closes it when the user chooses Don't save", async () => {
    const { guard, actions } = setUp('discard');
    expect(guard.allowClose()).toBe(false);
    await settle();
    expect(actions.close).toHaveBeenCalledOnce();
    expect(guard.allowClose()).toBe(true); // the close the guard itself started goes through
  });

  it('keeps the window open and stops a quit when the user cancels', async () => {
    const { guard, actions } = setUp('cancel');
    expect(guard.allowClose()).toBe(false);
    await settle();
    expect(actions.cancelQuit).toHaveBeenCalledOnce();
    expect(actions.close).not.toHaveBeenCalled();
    expect(guard.allowClose()).toBe(false); // asks again next time
    expect(actions.ask).toHaveBeenCalledTimes(2);
  });

  it('asks once while the message box is open', () => {
    const { guard, actions } = setUp('cancel');
    guard.allowClose();
    guard.allowClose();
    expect(actions.ask).toHaveBeenCalledOnce();
  });

  it('on Save asks the renderer to save and closes once the save succeeded', async () => {
    const { guard, actions } = setUp('save');
    guard.allowClose();
    await settle();
    expect(actions.requestSave).toHaveBeenCalledOnce();
    expect(actions.close).not.toHaveBeenCalled();
    guard.saveFinished(true);
    expect(actions.close).toHaveBeenCalledOnce();
  });

  it('on Save stays open when the save was cancelled, and a later save does not close the window', async () => {
    const { guard, actions } = setUp('save');
    guard.allowClose();
    await settle();
    guard.saveFinished(false);
    expect(actions.cancelQuit).toHaveBeenCalledOnce();
    guard.saveFinished(true);
    expect(actions.close).not.toHaveBeenCalled();
  });

  it('ignores saves the user made without closing', () => {
    const { guard, actions } = setUp('save');
    guard.saveFinished(true);
    expect(actions.close).not.toHaveBeenCalled();
  });
});
