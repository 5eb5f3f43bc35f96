/** The summary cards: the latest period's figures in registry order, then the whole range's. */
import type { CardSpec, FigureId } from '../../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../../shared/figures/registry';

export interface SummaryCard {
  id: FigureId;
  spec: CardSpec;
  /** Stable test id: `card-<figure>` for the latest period, `card-range-<figure>` for the whole range. */
  testId: string;
}

const cardsOf = (scope: CardSpec['scope']): SummaryCard[] =>
  FIGURE_IDS.flatMap((id) =>
    FIGURES[id].cards
      .filter((spec) => spec.scope === scope)
      .map((spec) => ({ id, spec, testId: scope === 'latest' ? `card-${id}` : `card-range-${id}` })),
  );

export const SUMMARY_CARDS: readonly SummaryCard[] = [...cardsOf('latest'), ...cardsOf('range')];
