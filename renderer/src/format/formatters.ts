/**
 * Every number and date on screen, formatted by Intl for the active language. Figures
 * stay unrounded in data; rounding happens here only. A missing figure shows as "—".
 */
import type { UiLanguage } from '../../../shared/document';

export const MISSING = '—';

const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', en: 'en-GB' };

export interface Formatters {
  locale: string;
  /** Customer and response counts. */
  count(value: number | null): string;
  /** An input figure in its cell: grouped, up to two decimals (the editor shows every digit). */
  input(value: number | null): string;
  /** An input in a cell editor: full precision, no grouping, empty for none. */
  editText(value: number | null): string;
  /** A 0-100 percentage, one decimal: `92,5 %` / `92.5%`. */
  percent(value: number | null): string;
  /** A score such as the NPS, one decimal. */
  score(value: number | null): string;
  /** A ± margin, one decimal. */
  margin(value: number | null): string;
  money(value: number | null): string;
  /** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
  date(isoDate: string | null): string;
  /** A moment (an ISO timestamp) in local time. */
  dateTime(isoTimestamp: string): string;
}

function orMissing(format: (value: number) => string): (value: number | null) => string {
  return (value) => (value === null ? MISSING : format(value));
}

export function createFormatters(language: UiLanguage, currency: string): Formatters {
  const locale = LOCALES[language];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const input = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    locale,
    count: orMissing((value) => count.format(value)),
    input: orMissing((value) => input.format(value)),
    // The shortest text that reads back to the very same number, with the locale's decimal mark.
    editText: (value) => (value === null ? '' : String(value).replace('.', language === 'fi' ? ',' : '.')),
    percent: orMissing((value) => percent.format(value / 100)),
    score: orMissing((value) => oneDecimal.format(value)),
    margin: orMissing((value) => `±${oneDecimal.format(value)}`),
    money: orMissing((value) => money.format(value)),
    date: (isoDate) => {
      const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
      if (!match) return MISSING;
      return date.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
    },
    dateTime: (isoTimestamp) => dateTime.format(new Date(isoTimestamp)),
  };
}
