/**
 * The offer to carry a period's new customers at the end into the next period's start
 * (document/carryOffer.ts). Non-modal: it never takes the focus, so typing goes on in the
 * grid; Tab reaches its buttons, and either one gives the keyboard back to the grid's cell.
 */
import { useId, type RefObject } from 'react';
import type { Formatters } from '../format/formatters';
import type { PeriodGridHandle } from '../grid/PeriodGrid';
import { useI18n } from '../i18n/I18nContext';
import type { Workspace } from './useWorkspace';

interface CarryOfferBarProps {
  workspace: Workspace;
  grid: RefObject<PeriodGridHandle | null>;
  formatters: Formatters;
}

export function CarryOfferBar({ workspace, grid, formatters }: CarryOfferBarProps) {
  const { t } = useI18n();
  const textId = useId();
  const offer = workspace.state.carry;
  const settle = (type: 'carry' | 'keep') => {
    workspace.dispatch({ type });
    grid.current?.refocus();
  };
  return (
    // Mounted always, so a screen reader announces each offer as it appears.
    <div className="pito-carry-slot" aria-live="polite">
      {offer && (
        <div className="pito-carry" role="group" aria-labelledby={textId} data-testid="carry-offer">
          <p id={textId}>{t('ui.carry.offer', { value: formatters.count(offer.value), period: offer.label })}</p>
          <button type="button" className="pito-primary" data-testid="carry-accept" onClick={() => settle('carry')}>
            {t('ui.carry.carry')}
          </button>
          <button type="button" data-testid="carry-keep" onClick={() => settle('keep')}>
            {t('ui.carry.keep')}
          </button>
        </div>
      )}
    </div>
  );
}
