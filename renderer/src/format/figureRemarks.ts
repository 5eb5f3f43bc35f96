/**
 * What the screen says beside a row's figure, in the UI language: why it is uncertain (an
 * NPS from a few responses) and what explains it (CRR below exact retention); null for none.
 */
import { figureNote, noteText } from '../../../shared/figures/figureNotes';
import type { FigureId, RowFigures } from '../../../shared/figures/figureTypes';
import { figureUncertainty, uncertaintyText } from '../../../shared/figures/uncertainty';
import type { Translate } from '../i18n/I18nContext';

export function uncertaintyNote(id: FigureId, row: Readonly<RowFigures>, t: Translate): string | null {
  const uncertainty = figureUncertainty(id, row);
  if (uncertainty === null) return null;
  const { key, params } = uncertaintyText(uncertainty);
  return t(key, params);
}

export function explanationNote(id: FigureId, row: Readonly<RowFigures>, t: Translate): string | null {
  const note = figureNote(id, row);
  if (note === null) return null;
  const { key, params } = noteText(note);
  return t(key, params);
}
