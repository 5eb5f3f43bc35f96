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
};

export const catalogs: Record<UiLanguage, Record<MessageKey, string>> = { en, fi };

/** The message for a key, with `{name}` placeholders filled from params. */
export function translate(language: UiLanguage, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogs[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
