/** A line explaining a row's figure where a reader would wonder (CRR below exact retention), and its sentence. */
import { messageKey, type MessageKey } from '../i18n';
import type { FigureId, FigureNote, RowFigures } from './figureTypes';
import { FIGURES } from './registry';

/** A note may explain a blank figure too (a CLV waiting for a margin). */
export function figureNote(id: FigureId, row: Readonly<RowFigures>): FigureNote | null {
  return FIGURES[id].note?.(row) ?? null;
}

export function noteText(note: FigureNote): { key: MessageKey; params: Record<string, number> } {
  const params: Record<string, number> = note.reason === 'lostWhileNew' ? { count: note.count } : {};
  return { key: messageKey(`metric.note.${note.reason}`), params };
}
