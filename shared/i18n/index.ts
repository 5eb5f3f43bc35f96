/**
 * The translation catalogs: every user-facing string of the app, the CLI and the
 * workbook, in English and Finnish. Each feature keeps its own namespace file under
 * en/ and fi/; the Finnish file is typed by the English one, so a key missing in
 * either language fails to compile (and a test checks the same at run time).
 */
import type { UiLanguage } from '../document';
import { metricsEn } from './en/metrics';
import { metricsFi } from './fi/metrics';
import { menuEn } from './en/menu';
import { menuFi } from './fi/menu';
import { aggregateEn } from './en/aggregate';
import { aggregateFi } from './fi/aggregate';
import { uiEn } from './en/ui';
import { uiFi } from './fi/ui';
import { importIssuesEn } from './en/importIssues';
import { importIssuesFi } from './fi/importIssues';
import { importErrorsEn } from './en/importErrors';
import { importErrorsFi } from './fi/importErrors';
import { readerErrorsEn } from './en/readerErrors';
import { readerErrorsFi } from './fi/readerErrors';
import { workbookEn } from './en/workbook';
import { workbookFi } from './fi/workbook';
import { saveErrorsEn } from './en/saveErrors';
import { saveErrorsFi } from './fi/saveErrors';
import { documentErrorsEn } from './en/documentErrors';
import { documentErrorsFi } from './fi/documentErrors';
import { rangeEn } from './en/range';
import { rangeFi } from './fi/range';
import { ipcErrorsEn } from './en/ipcErrors';
import { ipcErrorsFi } from './fi/ipcErrors';

const en = {
  ...metricsEn,
  ...menuEn,
  ...aggregateEn,
  ...uiEn,
  ...importIssuesEn,
  ...importErrorsEn,
  ...readerErrorsEn,
  ...workbookEn,
  ...saveErrorsEn,
  ...documentErrorsEn,
  ...rangeEn,
  ...ipcErrorsEn,
};
export type MessageKey = keyof typeof en;

const fi: Record<MessageKey, string> = {
  ...metricsFi,
  ...menuFi,
  ...aggregateFi,
  ...uiFi,
  ...importIssuesFi,
  ...importErrorsFi,
  ...readerErrorsFi,
  ...workbookFi,
  ...saveErrorsFi,
  ...documentErrorsFi,
  ...rangeFi,
  ...ipcErrorsFi,
};

export const catalogs: Record<UiLanguage, Record<MessageKey, string>> = { en, fi };

/** `{count, plural, one {# period} other {# periods}}`: the case Intl.PluralRules picks, `#` the number. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(\w+)\s*\{([^{}]*)\}/g;

/**
 * How a number parameter is written into a message: `String` by default (the CLI's
 * English), the UI's grouped digits (renderer/src/i18n/messageText.ts) for the screen.
 * `name` is the placeholder's, so a row number can stay as the spreadsheet writes it.
 */
export type NumberText = (value: number, name: string) => string;

const plainNumber: NumberText = (value) => String(value);

function pluralOf(language: UiLanguage, cases: string, name: string, count: number, numberText: NumberText): string {
  const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((match) => [match[1], match[2] ?? '']));
  const form = forms.get(new Intl.PluralRules(language).select(count)) ?? forms.get('other') ?? '';
  return form.replace(/#/g, () => numberText(count, name));
}

/**
 * The message for a key, with `{name}` placeholders and `{name, plural, …}` forms filled
 * from params; a number parameter (and a plural's `#`) is written by `numberText`.
 */
export function translate(
  language: UiLanguage,
  key: MessageKey,
  params?: Record<string, string | number>,
  numberText: NumberText = plainNumber,
): string {
  const template = catalogs[language][key];
  if (!params) return template;
  const text = (name: string) => {
    const value = params[name];
    return typeof value === 'number' ? numberText(value, name) : String(value);
  };
  return template
    .replace(PLURAL, (whole, name: string, cases: string) =>
      name in params ? pluralOf(language, cases, name, Number(params[name]), numberText) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? text(name) : whole));
}

/**
 * A key built from parts (`importIssue.${code}`), checked by the compiler to be in the
 * catalogs for every value the parts can take: the typed alternative to `as MessageKey`.
 */
export function messageKey<K extends MessageKey>(key: K): K {
  return key;
}
