/**
 * Every figure Pito defines in words, in the order the Definitions sheet and dialog list
 * them: each period figure of the registry, then the whole-range and customer-list
 * figures that no period row holds.
 */
import type { MessageKey } from '../i18n';
import type { FigureId } from './figureTypes';
import { figureDefinitionKey, figureNameKey, type OtherFigure } from './figureText';
import { FIGURES, FIGURE_IDS } from './registry';

export interface DefinedFigure {
  id: FigureId | OtherFigure;
  name: MessageKey;
  definition: MessageKey;
  /** The period figure it is, whose workbook formula the Definitions sheet shows; null for the others. */
  periodFigure: FigureId | null;
}

/** The range cards' figures (named by the registry), then the list's own. */
const OTHER_FIGURES: readonly OtherFigure[] = [
  ...FIGURE_IDS.flatMap((id) => FIGURES[id].cards.flatMap((card) => (card.scope === 'range' ? [card.name] : []))),
  'repeatPurchaseRate',
];

export const DEFINED_FIGURES: readonly DefinedFigure[] = [
  ...FIGURE_IDS.map((id) => ({ id, name: figureNameKey(id), definition: figureDefinitionKey(id), periodFigure: id })),
  ...OTHER_FIGURES.map((id) => ({
    id,
    name: figureNameKey(id),
    definition: figureDefinitionKey(id),
    periodFigure: null,
  })),
];
