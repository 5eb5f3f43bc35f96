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
};

export const catalogs: Record<UiLanguage, Record<MessageKey, string>> = { en, fi };

/** `{count, plural, one {# period} other {# periods}}`: the case Intl.PluralRules picks, `#` the number. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(\w+)\s*\{([^{}]*)\}/g;

function pluralOf(language: UiLanguage, cases: string, count: number): string {
  const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((match) => [match[1], match[2] ?? '']));
  const form = forms.get(new Intl.PluralRules(language).select(count)) ?? forms.get('other') ?? '';
  return form.replace(/#/g, String(count));
}

/** The message for a key, with `{name}` placeholders and `{name, plural, …}` forms filled from params. */
export function translate(language: UiLanguage, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogs[language][key];
  if (!params) return template;
  return template
    .replace(PLURAL, (whole, name: string, cases: string) =>
      name in params ? pluralOf(language, cases, Number(params[name])) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A key built from parts (`importIssue.${code}`), checked by the compiler to be in the
 * catalogs for every value the parts can take: the typed alternative to `as MessageKey`.
 */
export function messageKey<K extends MessageKey>(key: K): K {
  return key;
}
