/**
 * Document-level undo and redo: a pure history of immutable snapshots. Snapshots share
 * every unchanged row with their neighbours, so keeping a few hundred costs little, and
 * an undo is a pointer swap rather than a replay of edits.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** How many steps back the user can go; older steps are forgotten. */
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** A new present after an edit; redo is no longer possible. An unchanged present is no step. */
export function commit<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

/**
 * The present replaced without a new step: a second change that belongs to the edit just
 * made (a carry the user accepts after it), so one undo takes back both. Like an edit, it
 * leaves nothing to redo.
 */
export function amend<T>(history: History<T>, next: T): History<T> {
  return next === history.present ? history : { past: history.past, present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}
