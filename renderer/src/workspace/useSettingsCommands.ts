/**
 * The settings panel's changes as document edits, each one undo step like a grid edit. A
 * document from a customer list changes its kind of period with the list regrouped on the
 * main side (`import:reaggregate`); the kind and the new periods arrive together as one
 * edit, so one undo restores both.
 */
import type { PeriodKind } from '../../../shared/periods';
import { useBridge } from '../bridge/BridgeContext';
import { setCurrency, setDefaultMargin, setPeriodKind } from '../document/settingsEdits';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/I18nContext';
import type { StatusMessage } from './StatusBar';
import type { Workspace } from './useWorkspace';

export function useSettingsCommands(workspace: Workspace, say: (message: StatusMessage) => void) {
  const bridge = useBridge();
  const { t, language } = useI18n();
  const { dispatch, document } = workspace;

  const periodKind = async (kind: PeriodKind) => {
    if (document.source !== 'customerList') return dispatch({ type: 'edit', edit: (d) => setPeriodKind(d, kind) });
    const result = await bridge['import:reaggregate']({ periodKind: kind });
    if (!result.ok)
      return say({
        kind: 'error',
        text: t('ui.settings.reaggregateFailed', { message: errorText(result.error, language) }),
      });
    dispatch({ type: 'edit', edit: (d) => setPeriodKind(d, kind, result.value) });
  };

  return {
    periodKind: (kind: PeriodKind) => void periodKind(kind),
    currency: (currency: string) => dispatch({ type: 'edit', edit: (d) => setCurrency(d, currency) }),
    defaultMargin: (margin: number | null) => dispatch({ type: 'edit', edit: (d) => setDefaultMargin(d, margin) }),
  };
}
