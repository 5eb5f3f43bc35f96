/**
 * The first screen of an empty document: what Pito does, a large Import, the drop hint,
 * the files that work, and "Try with example data". A file dropped on the panel goes where
 * a file dropped anywhere on the window goes (import/useFileDrop.ts listens on the window),
 * so the panel shows the hint and takes the drop without a listener of its own.
 *
 * The example comes from the main side ('import:example') as a finished import's outcome,
 * which the workspace takes in exactly like one (one undo brings the empty document back).
 */
import { useState } from 'react';
import type { ImportOutcome } from '../../../shared/ipc/importChannels';
import type { PeriodKind } from '../../../shared/periods';
import { useBridge } from '../bridge/BridgeContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/I18nContext';
import type { StatusMessage } from '../workspace/StatusBar';

/** The panel's Import button, where the skip link leads while there are no periods. */
export const WELCOME_IMPORT_ID = 'welcome-import';

export interface WelcomePanelProps {
  /** The period kind the document's settings hold: the example is counted by it, as an import would be. */
  periodKind: PeriodKind;
  /** The workspace's Import command (the file dialog, then the mapping step). */
  onImport: () => void;
  /** Takes the example in as the outcome of an import. */
  onExample: (outcome: ImportOutcome) => void;
  say: (message: StatusMessage) => void;
}

function FileIcon() {
  return (
    <svg className="pito-welcome-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path
        d="M12 4h17l11 11v27a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"
        fill="#fff"
        stroke="currentColor"
        strokeWidth="2.5"
      />
      <path d="M29 4v11h11" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
      <path
        d="M25 36V22m-6 6 6-6 6 6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function WelcomePanel({ periodKind, onImport, onExample, say }: WelcomePanelProps) {
  const { t, language } = useI18n();
  const bridge = useBridge();
  const [opening, setOpening] = useState(false);

  const openExample = async () => {
    setOpening(true);
    const result = await bridge['import:example']({ language, periodKind });
    setOpening(false);
    if (!result.ok) {
      say({ kind: 'error', text: t('ui.welcome.exampleFailed', { message: errorText(result.error, language) }) });
      return;
    }
    onExample(result.value);
    const { document } = result.value;
    say({
      kind: 'info',
      text: t('ui.welcome.exampleOpened', {
        customers: document.listStats?.customers ?? 0,
        periods: document.periods.length,
      }),
    });
  };

  return (
    <section className="pito-welcome" data-testid="grid-empty" aria-labelledby="pito-welcome-title">
      <header className="pito-welcome-head">
        <h2 id="pito-welcome-title" className="pito-welcome-title">
          {t('ui.welcome.title')}
        </h2>
        <p className="pito-welcome-intro">{t('ui.welcome.intro')}</p>
      </header>
      <div className="pito-welcome-body">
        <div className="pito-welcome-drop" data-testid="welcome-drop">
          <FileIcon />
          <button
            type="button"
            className="pito-primary pito-welcome-import"
            id={WELCOME_IMPORT_ID}
            data-testid="welcome-import"
            onClick={onImport}
          >
            {t('ui.welcome.import')}
          </button>
          <p className="pito-welcome-drop-hint">{t('ui.welcome.drop')}</p>
        </div>
        <div className="pito-welcome-side">
          <div className="pito-welcome-files">
            <h3>{t('ui.welcome.filesTitle')}</h3>
            <ul>
              <li>{t('ui.welcome.files.customerList')}</li>
              <li>{t('ui.welcome.files.periodTable')}</li>
              <li>{t('ui.welcome.files.formats')}</li>
            </ul>
            <p className="pito-welcome-type-in">{t('ui.welcome.typeIn')}</p>
          </div>
          <div className="pito-welcome-example">
            <h3>{t('ui.welcome.exampleTitle')}</h3>
            <p>{t('ui.welcome.exampleHint')}</p>
            <button type="button" data-testid="welcome-example" disabled={opening} onClick={() => void openExample()}>
              {t('ui.welcome.example')}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
