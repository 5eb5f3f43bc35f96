/** A line explaining a row's figure where a reader would wonder (CRR below exact retention), and its sentence. */
import { messageKey, type MessageKey } from '../i18n';
import type { FigureId, FigureNote, RowFigures } from './figureTypes';
import { FIGURES } from './registry';

export function figureNote(id: FigureId, row: Readonly<RowFigures>): FigureNote | null {
  if (row[id] === null) return null;
  return FIGURES[id].note?.(row) ?? null;
}

export function noteText(note: FigureNote): { key: MessageKey; params: Record<string, number> } {
  return { key: messageKey(`metric.note.${note.reason}`), params: { count: note.count } };
}
