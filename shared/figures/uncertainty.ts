/** A figure's uncertainty on a row, and its sentence: shown in the grid, on a card and in a chart. */
import { messageKey, type MessageKey } from '../i18n';
import type { FigureId, RowFigures, Uncertainty } from './figureTypes';
import { FIGURES } from './registry';

/** Why the row's figure should be read with care; null when it is sound or there is no figure. */
export function figureUncertainty(id: FigureId, row: Readonly<RowFigures>): Uncertainty | null {
  if (row[id] === null) return null;
  return FIGURES[id].uncertainty?.(row) ?? null;
}

/** The catalog sentence of an uncertainty and its parameters. */
export function uncertaintyText(uncertainty: Uncertainty): { key: MessageKey; params: Record<string, number> } {
  return {
    key: messageKey(`metric.uncertain.${uncertainty.reason}`),
    params: { count: uncertainty.count, enough: uncertainty.enough },
  };
}
