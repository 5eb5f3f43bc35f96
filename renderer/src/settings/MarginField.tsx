/**
 * The default margin field. What is typed applies on Enter or on leaving the field, as
 * one document edit; undo and redo inside it follow fieldHistory.ts. A margin outside
 * 0–100 or a text that is no number is refused beside the field, quoting what was typed
 * and saying which margin stays: the field shows that value again, selected so the next
 * typing replaces it. The field is not marked invalid, since what it holds is valid.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { MARGIN_PCT_RANGE } from '../../../shared/limits';
import { quoteValue } from '../../../shared/quote';
import type { Formatters } from '../format/formatters';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { historyKey, type HistoryCommand } from '../workspace/useShortcuts';
import { fieldHistoryAction } from './fieldHistory';
import { readMarginInput, type MarginProblem } from './marginInput';

interface MarginFieldProps {
  margin: number | null;
  formatters: Formatters;
  onApply: (margin: number | null) => void;
  onHistory: (command: HistoryCommand) => void;
}

interface Refusal {
  text: string;
  problem: MarginProblem;
}

/** Why the typed text was refused, then the margin that stays (a screen reader hears the message, not the field). */
function refusalMessage(refusal: Refusal, margin: number | null, formatters: Formatters, t: Translate): string {
  const why =
    refusal.problem === 'outOfRange'
      ? t('ui.settings.marginOutOfRange', { text: refusal.text, ...MARGIN_PCT_RANGE })
      : t('ui.settings.marginNotANumber', {
          text: refusal.text,
          ...MARGIN_PCT_RANGE,
          example: t('ui.settings.marginExample'),
        });
  const kept =
    margin === null
      ? t('ui.settings.marginKeptNone')
      : t('ui.settings.marginKept', { margin: formatters.figure('profitMarginPct')(margin) });
  return `${why} ${kept}`;
}

export function MarginField(props: MarginFieldProps) {
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const applied = props.formatters.editText(props.margin);
  const [text, setText] = useState(applied);
  const [shown, setShown] = useState(applied);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The document's margin changed (an undo, another document, the language): show it.
  if (applied !== shown) {
    setShown(applied);
    setText(applied);
    setRefusal(null);
  }

  useLayoutEffect(() => {
    if (refusal && input.current === document.activeElement) input.current?.select();
  }, [refusal]);

  const apply = () => {
    if (text === applied) return;
    const read = readMarginInput(text, language);
    if (!read.ok) {
      setRefusal({ text: quoteValue(text.trim()), problem: read.problem });
      setText(applied);
      return;
    }
    // Written as the document will show it, so "25,0" applied as 25 is not left looking typed.
    setText(props.formatters.editText(read.value));
    props.onApply(read.value);
  };

  const onHistoryKey = (command: HistoryCommand) => {
    const action = fieldHistoryAction(command, text, applied);
    if (action === 'discardTyping') setText(applied);
    else if (action === 'document') props.onHistory(command);
  };

  const message = refusal && refusalMessage(refusal, props.margin, props.formatters, t);
  return (
    <>
      <label>
        {t('ui.settings.defaultMargin')}
        <input
          ref={input}
          data-testid="settings-default-margin"
          inputMode="decimal"
          value={text}
          aria-describedby={message ? 'settings-margin-error settings-margin-hint' : 'settings-margin-hint'}
          onChange={(event) => {
            setText(event.target.value);
            setRefusal(null);
          }}
          onBlur={apply}
          onKeyDown={(event) => {
            if (event.key === 'Enter') return apply();
            const command = historyKey(event);
            if (!command) return;
            // Never the browser's own text undo (fieldHistory.ts says why).
            event.preventDefault();
            onHistoryKey(command);
          }}
        />
      </label>
      {message && (
        <p
          id="settings-margin-error"
          className="pito-note pito-note-warning"
          role="alert"
          data-testid="settings-default-margin-error"
        >
          {message}
        </p>
      )}
      {props.margin !== null && props.margin > 0 && props.margin < 1 && (
        // A margin below 1 % is more often a fraction typed for a percentage (0,35 meant as 35 %).
        <p className="pito-note pito-note-warning" role="status" data-testid="settings-default-margin-small">
          {t('ui.settings.defaultMarginSmall', {
            // As typed, every digit: the figure's one decimal would show 0,35 as 0,3.
            margin: props.formatters.editText(props.margin),
            percent: props.formatters.figure('profitMarginPct')(props.margin * 100),
            typed: props.formatters.editText(props.margin * 100),
          })}
        </p>
      )}
      <p id="settings-margin-hint" className="pito-muted">
        {t('ui.settings.defaultMarginHint')}
      </p>
    </>
  );
}
