/**
 * What undo and redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) do in a settings field whose typing
 * applies on Enter or on leaving it.
 *
 * A user who has typed into the field and presses Ctrl+Z wants that typing gone, as in
 * any text box: the field shows the document's value again and nothing is applied. With
 * nothing typed, the field shows the document's value and Ctrl+Z means what it means
 * everywhere else in Pito: undo the last document edit, whose result the field then
 * shows. Redo while typing would throw the typing away for a document value, so it waits
 * until the typing is applied or undone.
 *
 * The browser's own text undo is never used: its history outlives the applied values, so
 * it can step back past the value the document holds to text typed before it was applied,
 * or to an empty field, which the field would then apply when left. That is how Ctrl+Z
 * used to blank the default margin.
 */
import type { HistoryCommand } from '../workspace/useShortcuts';

export type FieldHistoryAction = 'discardTyping' | 'keepTyping' | 'document';

/** `text` is what the field shows, `applied` the document's value as the field writes it. */
export function fieldHistoryAction(command: HistoryCommand, text: string, applied: string): FieldHistoryAction {
  if (text === applied) return 'document';
  return command === 'undo' ? 'discardTyping' : 'keepTyping';
}
