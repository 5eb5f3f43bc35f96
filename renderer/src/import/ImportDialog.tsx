/** The import dialog: reading the file, the mapping step, then progress with Cancel. */
import type { PeriodKind } from '../../../shared/periods';
import { useI18n } from '../i18n/I18nContext';
import { Dialog } from '../workspace/Dialog';
import { MappingStep } from './MappingStep';
import type { ImportFlow } from './useImportFlow';

export function ImportDialog({ flow, periodKind }: { flow: ImportFlow; periodKind: PeriodKind }) {
  const { t } = useI18n();
  const { state } = flow;
  if (state.step === 'closed') return null;
  return (
    <Dialog testId="import-dialog" title={t('ui.import.title')} onClose={flow.cancel} wide>
      <div className="pito-import-body">
        {state.step === 'loading' && (
          <p role="status" data-testid="import-loading">
            {t('ui.import.loading')}
          </p>
        )}
        {(state.step === 'mapping' || state.step === 'running') && <MappingStep state={state} flow={flow} />}
        {state.step === 'running' && (
          <div className="pito-progress" data-testid="import-progress">
            <label>
              {t('ui.import.progress')}
              <progress
                data-testid="import-progress-bar"
                value={state.progress?.totalRows ? state.progress.rowsRead : undefined}
                max={state.progress?.totalRows ?? undefined}
              />
            </label>
            <span role="status">
              {state.progress &&
                (state.progress.totalRows
                  ? t('ui.import.rowsReadOf', { rows: state.progress.rowsRead, total: state.progress.totalRows })
                  : t('ui.import.rowsRead', { rows: state.progress.rowsRead }))}
            </span>
          </div>
        )}
      </div>
      <div className="pito-dialog-buttons">
        {state.step === 'mapping' && (
          <button type="button" className="pito-primary" data-testid="import-run" onClick={() => flow.run(periodKind)}>
            {t('ui.import.run')}
          </button>
        )}
        <button type="button" data-testid="import-cancel" onClick={flow.cancel}>
          {t('ui.import.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
