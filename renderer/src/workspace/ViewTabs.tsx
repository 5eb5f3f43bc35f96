/**
 * The two views of the periods, as tabs: the grid, or the charts in its place, so each has
 * the window's height at 1366×768 (WAI-ARIA tabs: ← and → move between them). And the skip
 * link that leads the keyboard from the top of the page past the toolbar to the grid.
 */
import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { withShortcut } from './shortcutLabels';

export const VIEW_TABS = { grid: 'view-tab-grid', charts: 'view-tab-charts' } as const;
export const VIEW_PANELS = { grid: 'view-grid', charts: 'view-charts' } as const;

export function ViewTabs({ charts, onCharts }: { charts: boolean; onCharts: (charts: boolean) => void }) {
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    onCharts(!charts);
    document.getElementById(charts ? VIEW_TABS.grid : VIEW_TABS.charts)?.focus();
  };
  const tab = (view: 'grid' | 'charts', label: string) => {
    const selected = (view === 'charts') === charts;
    return (
      <button
        type="button"
        role="tab"
        id={VIEW_TABS[view]}
        data-testid={VIEW_TABS[view]}
        aria-selected={selected}
        aria-controls={VIEW_PANELS[view]}
        tabIndex={selected ? 0 : -1}
        title={withShortcut(label, 'toggleCharts')}
        onClick={() => onCharts(view === 'charts')}
      >
        {label}
      </button>
    );
  };
  return (
    <div className="pito-view-tabs" role="tablist" aria-label={t('ui.view.label')} onKeyDown={onKeyDown}>
      {tab('grid', t('ui.view.grid'))}
      {tab('charts', t('ui.view.charts'))}
    </div>
  );
}

export function SkipLink({ onSkip }: { onSkip: () => void }) {
  const { t } = useI18n();
  return (
    <a
      className="pito-skip"
      href={`#${VIEW_PANELS.grid}`}
      data-testid="skip-to-grid"
      onClick={(event) => {
        event.preventDefault();
        onSkip();
      }}
    >
      {t('ui.view.skipToGrid')}
    </a>
  );
}
