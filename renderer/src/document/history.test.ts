import { describe, expect, it } from 'vitest';
import { amend, canRedo, canUndo, commit, createHistory, redo, undo } from './history';

describe('document history', () => {
  it('undoes and redoes edits in order', () => {
    let history = createHistory('a');
    history = commit(history, 'b');
    history = commit(history, 'c');
    history = undo(history);
    expect(history.present).toBe('b');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
    history = redo(history);
    expect(history.present).toBe('b');
    history = redo(history);
    expect(history.present).toBe('c');
    expect(canRedo(history)).toBe(false);
  });

  it('drops the redo steps when a new edit follows an undo', () => {
    let history = commit(commit(createHistory(1), 2), 3);
    history = commit(undo(history), 4);
    expect(history.present).toBe(4);
    expect(canRedo(history)).toBe(false);
    expect(undo(history).present).toBe(2);
  });

  it('treats an unchanged present as no step and ignores undo or redo with nothing to do', () => {
    const history = createHistory({ n: 1 });
    expect(commit(history, history.present)).toBe(history);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('amends the present without a new step, so one undo takes back the edit and its amendment', () => {
    const edited = commit(createHistory('a'), 'b');
    const amended = amend(edited, 'b+');
    expect(amended.present).toBe('b+');
    expect(amended.past).toEqual(['a']);
    expect(undo(amended).present).toBe('a');
    expect(redo(undo(amended)).present).toBe('b+');
    expect(amend(edited, edited.present)).toBe(edited);
    expect(canRedo(amend(undo(edited), 'c'))).toBe(false);
  });

  it('forgets the oldest steps beyond the limit', () => {
    let history = createHistory(0);
    for (let n = 1; n <= 5; n++) history = commit(history, n, 3);
    expect(history.past).toEqual([2, 3, 4]);
  });
});
