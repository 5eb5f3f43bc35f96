/**
 * Period kind, currency, default margin and UI language. The first three are the
 * document's: each change is one document edit, undone and redone with the grid's edits.
 * The period kind is offered only where a choice does something, and otherwise says why
 * not (periodKindChoice.ts). The language is the user's, kept outside the document.
 */
import type { DocumentSettings, UiLanguage } from '../../../shared/document';
import { PERIOD_KINDS, type PeriodKind } from '../../../shared/periods';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import type { HistoryCommand } from '../workspace/useShortcuts';
import { MarginField } from './MarginField';
import type { PeriodKindChoice } from './periodKindChoice';

/** The currencies a small Nordic or European business is likely to keep its books in. */
const CURRENCIES = ['EUR', 'SEK', 'NOK', 'DKK', 'GBP', 'USD', 'CHF'];

interface SettingsPanelProps {
  settings: DocumentSettings;
  formatters: Formatters;
  periodKindChoice: PeriodKindChoice;
  onPeriodKind: (kind: PeriodKind) => void;
  onCurrency: (currency: string) => void;
  onDefaultMargin: (margin: number | null) => void;
  /** Undo or redo asked for inside a settings field that has nothing of its own to undo. */
  onHistory: (command: HistoryCommand) => void;
}

export function SettingsPanel(props: SettingsPanelProps) {
  const { settings, formatters, periodKindChoice: choice } = props;
  const { t, language, setLanguage } = useI18n();
  const currencyNames = new Intl.DisplayNames(formatters.locale, { type: 'currency' });
  return (
    <section className="pito-panel pito-settings" data-testid="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('ui.settings.title')}</h2>
      <label>
        {t('ui.settings.periodKind')}
        <select
          data-testid="settings-period-kind"
          value={settings.periodKind}
          disabled={!choice.enabled}
          aria-describedby="settings-period-kind-note"
          onChange={(event) => props.onPeriodKind(event.target.value as PeriodKind)}
        >
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`ui.settings.periodKind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {choice.enabled ? (
        <p id="settings-period-kind-note" className="pito-muted" data-testid="settings-period-kind-hint">
          {t(choice.hint)}
        </p>
      ) : (
        <p id="settings-period-kind-note" className="pito-note" data-testid="settings-period-kind-reason">
          {t(choice.reason)}
        </p>
      )}
      <label>
        {t('ui.settings.currency')}
        <select
          data-testid="settings-currency"
          value={settings.currency}
          onChange={(event) => props.onCurrency(event.target.value)}
        >
          {[...new Set([...CURRENCIES, settings.currency])].map((code) => (
            <option key={code} value={code}>
              {code} – {currencyNames.of(code)}
            </option>
          ))}
        </select>
      </label>
      <MarginField
        margin={settings.defaultProfitMarginPct}
        formatters={formatters}
        onApply={props.onDefaultMargin}
        onHistory={props.onHistory}
      />
      <label>
        {t('ui.settings.language')}
        <LanguageSelect language={language} onChange={setLanguage} testId="settings-language" />
      </label>
    </section>
  );
}

/** `label`: the select's accessible name where no visible label stands beside it (the toolbar). */
export function LanguageSelect(props: {
  language: UiLanguage;
  onChange: (language: UiLanguage) => void;
  testId: string;
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <select
      data-testid={props.testId}
      aria-label={props.label}
      title={props.label}
      value={props.language}
      onChange={(event) => props.onChange(event.target.value as UiLanguage)}
    >
      <option value="fi">{t('ui.language.fi')}</option>
      <option value="en">{t('ui.language.en')}</option>
    </select>
  );
}
