/** Help menu dialogs: every definition in the active language, and About. */
import { DEFINED_FIGURES } from '../../../shared/figures/definedFigures';
import { useI18n } from '../i18n/I18nContext';
import { Dialog } from './Dialog';

function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="pito-dialog-buttons">
      <button type="button" data-testid="dialog-close" onClick={onClose}>
        {t('ui.dialog.close')}
      </button>
    </div>
  );
}

export function DefinitionsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog testId="definitions-dialog" title={t('ui.definitions.title')} onClose={onClose} wide>
      <dl className="pito-definitions">
        {DEFINED_FIGURES.map((figure) => (
          <div key={figure.id}>
            <dt>{t(figure.name)}</dt>
            <dd>{t(figure.definition)}</dd>
          </div>
        ))}
      </dl>
      <CloseButton onClose={onClose} />
    </Dialog>
  );
}

export function AboutDialog({ version, onClose }: { version: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog testId="about-dialog" title={t('ui.about.title')} onClose={onClose}>
      <p>{t('ui.about.text')}</p>
      <p>{t('ui.about.version', { version })}</p>
      <CloseButton onClose={onClose} />
    </Dialog>
  );
}

export function ConfirmDiscardDialog({ onDiscard, onCancel }: { onDiscard: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog testId="confirm-discard" title={t('ui.confirm.discardTitle')} onClose={onCancel}>
      <p>{t('ui.confirm.discard')}</p>
      <div className="pito-dialog-buttons">
        <button type="button" className="pito-danger" data-testid="confirm-discard-yes" onClick={onDiscard}>
          {t('ui.confirm.discardButton')}
        </button>
        <button type="button" data-testid="confirm-discard-no" onClick={onCancel}>
          {t('ui.confirm.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
