/** The summary cards, in registry order: each figure's latest-period card and whole-range card. */
import type { CardSpec, FigureId } from '../../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../../shared/figures/registry';

export interface SummaryCard {
  id: FigureId;
  spec: CardSpec;
  /** Stable test id: `card-<figure>` for the latest period, `card-range-<figure>` for the whole range. */
  testId: string;
}

export const SUMMARY_CARDS: readonly SummaryCard[] = FIGURE_IDS.flatMap((id) =>
  FIGURES[id].cards.map((spec) => ({ id, spec, testId: spec.scope === 'latest' ? `card-${id}` : `card-range-${id}` })),
);
