/**
 * A message as the screen shows it: the catalog's text with every number parameter (and
 * a plural's `#`) written the way the language writes numbers, its thousands grouped
 * (`32 323 riviä luettu`, `32,323 rows read`). The grid, the cards, the status line,
 * the import dialog and every error take their text through here (the `t` of
 * I18nContext, errorText, issueText), so no message shows a count as bare digits.
 *
 * Numbers that name a place stay as the file names it: a spreadsheet row (`rivi 12345`,
 * as Excel's row header writes it), a line in a text editor, a format version, a shared
 * string's index. The CLI prints the catalogs' English with plain digits (shared/i18n).
 */
import type { UiLanguage } from '../../../shared/document';
import { translate, type MessageKey, type NumberText } from '../../../shared/i18n';
import { LOCALES } from '../format/formatters';

/** Placeholders whose number names a place, not an amount: `row`, `headerRow`, `previous` (row), `line`, `version`… */
const PLACE = /^(?:row|previous|line|version|supported|index|item)$|Row$/;

function numberText(language: UiLanguage): NumberText {
  // The count format of the formatters: grouped, up to two decimals, the language's decimal mark.
  const amount = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
  return (value, name) => (PLACE.test(name) || !Number.isFinite(value) ? String(value) : amount.format(value));
}

const NUMBER_TEXT: Record<UiLanguage, NumberText> = { en: numberText('en'), fi: numberText('fi') };

/** The message for a key in the language, its number parameters written as the language writes numbers. */
export function messageText(language: UiLanguage, key: MessageKey, params?: Record<string, string | number>): string {
  return translate(language, key, params, NUMBER_TEXT[language]);
}

/** The same writing of numbers, for a message built by a shared helper that takes it (issueMessage). */
export function messageNumbers(language: UiLanguage): NumberText {
  return NUMBER_TEXT[language];
}
