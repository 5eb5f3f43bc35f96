/**
 * The settings panel's changes as document edits, each one undo step like a grid edit. A
 * document with its customer list changes its kind of period with the list regrouped on
 * the main side (`import:reaggregate`, naming the document's `listId`); the kind and the
 * new periods arrive together as one edit, so one undo restores both. The panel offers the
 * choice only where it does something (settings/periodKindChoice.ts).
 */
import { useCallback } from 'react';
import type { PeriodKind } from '../../../shared/periods';
import type { RangeChoice } from '../../../shared/ranges';
import { useBridge } from '../bridge/BridgeContext';
import { setCurrency, setDefaultMargin, setPeriodKind, setRange } from '../document/settingsEdits';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/I18nContext';
import type { StatusMessage } from './StatusBar';
import type { Workspace } from './useWorkspace';

export function useSettingsCommands(workspace: Workspace, say: (message: StatusMessage) => void) {
  const bridge = useBridge();
  const { t, language } = useI18n();
  const { dispatch, document } = workspace;

  const periodKind = async (kind: PeriodKind) => {
    const { listId } = document;
    if (listId === undefined) return dispatch({ type: 'edit', edit: (d) => setPeriodKind(d, kind) });
    const result = await bridge['import:reaggregate']({ listId, periodKind: kind });
    if (!result.ok)
      return say({
        kind: 'error',
        text: t('ui.settings.reaggregateFailed', { message: errorText(result.error, language) }),
      });
    dispatch({ type: 'edit', edit: (d) => setPeriodKind(d, kind, { listId, ...result.value }) });
    // The list's counts replace the periods: periods edited by hand are not carried over, so say so.
    const edited = document.periods.filter((period) => !period.aggregated).length;
    if (edited > 0) say({ kind: 'info', text: t('ui.settings.regroupReplacedEdits', { count: edited }) });
  };

  // Stable, so the memoised summary cards it is handed to render only when their figures change.
  const range = useCallback(
    (choice: RangeChoice) => dispatch({ type: 'edit', edit: (d) => setRange(d, choice) }),
    [dispatch],
  );

  return {
    periodKind: (kind: PeriodKind) => void periodKind(kind),
    currency: (currency: string) => dispatch({ type: 'edit', edit: (d) => setCurrency(d, currency) }),
    defaultMargin: (margin: number | null) => dispatch({ type: 'edit', edit: (d) => setDefaultMargin(d, margin) }),
    range,
  };
}
