/** Offers the edits autosave kept from a session that ended without saving. */
import type { RecoveredDocument } from '../../../shared/ipc/documentChannels';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import { Dialog } from '../workspace/Dialog';

interface RecoveryPromptProps {
  offer: RecoveredDocument;
  formatters: Formatters;
  onRestore: () => void;
  onDiscard: () => void;
}

export function RecoveryPrompt({ offer, formatters, onRestore, onDiscard }: RecoveryPromptProps) {
  const { t } = useI18n();
  return (
    <Dialog testId="recovery-prompt" title={t('ui.recovery.title')} onClose={onDiscard}>
      <p>
        {t('ui.recovery.text', {
          time: formatters.dateTime(offer.savedAt),
          file: offer.fileName ? t('ui.recovery.file', { file: offer.fileName }) : '',
        })}
      </p>
      <div className="pito-dialog-buttons">
        <button type="button" className="pito-primary" data-testid="recovery-restore" onClick={onRestore}>
          {t('ui.recovery.restore')}
        </button>
        <button type="button" data-testid="recovery-discard" onClick={onDiscard}>
          {t('ui.recovery.discard')}
        </button>
      </div>
    </Dialog>
  );
}
