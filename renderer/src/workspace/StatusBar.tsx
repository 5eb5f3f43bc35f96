/** The one line of feedback: what just happened, or what went wrong and where. */
import { useI18n } from '../i18n/I18nContext';

export interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
}

export function StatusBar({ message, onDismiss }: { message: StatusMessage | null; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="pito-status" aria-label={t('ui.status.label')}>
      {/* Both live regions stay mounted so a screen reader announces each new message. */}
      <p role="alert" data-testid="status-error" className="pito-status-error">
        {message?.kind === 'error' ? message.text : ''}
      </p>
      <p role="status" data-testid="status-info" className="pito-status-info">
        {message?.kind === 'info' ? message.text : ''}
      </p>
      {message && (
        <button type="button" className="pito-link-button" data-testid="status-dismiss" onClick={onDismiss}>
          {t('ui.status.dismiss')}
        </button>
      )}
    </div>
  );
}
