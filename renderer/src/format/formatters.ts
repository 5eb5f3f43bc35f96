/**
 * Every number and date on screen, formatted by Intl for the active language. Figures
 * stay unrounded in data; rounding happens here only. A missing figure shows as "—".
 *
 * A figure, input or derived, is shown by its unit with the fixed number of decimals the
 * metric registry gives it, so a column's numbers line up: money with the document's
 * currency sign (`155,50 €` / `€155.50`), percentages with their sign (`25,0 %` /
 * `25.0%`), counts and decimals grouped (`1 234` / `1,234`, `4,50` / `4.50`).
 */
import type { UiLanguage } from '../../../shared/document';
import type { FigureId, FigureUnit } from '../../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../../shared/figures/registry';

export const MISSING = '—';

/** The Intl locale of each UI language: every number and date on screen (and in messages) is written by it. */
export const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', en: 'en-GB' };

export interface Formatters {
  locale: string;
  /** Customer and response counts, grouped. */
  count(value: number | null): string;
  /** An input in a cell editor: full precision, no grouping, empty for none. */
  editText(value: number | null): string;
  /** A 0-100 percentage, one decimal: `92,5 %` / `92.5%`. */
  percent(value: number | null): string;
  /** A figure of the metric registry, by its unit and fixed decimals (a grid cell, input or derived, a card, a chart). */
  figure(id: FigureId): (value: number | null) => string;
  /** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
  date(isoDate: string | null): string;
  /** A moment (an ISO timestamp) in local time. */
  dateTime(isoTimestamp: string): string;
}

type Format = (value: number | null) => string;

/** The Intl options of a unit shown with a number of decimals. */
function unitOptions(unit: FigureUnit, decimals: number, currency: string): Intl.NumberFormatOptions {
  const fixed = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  switch (unit) {
    case 'count':
      // A count that is not whole is a row error the grid flags: show it as it is, never rounded away.
      return { maximumFractionDigits: Math.max(decimals, 2) };
    case 'decimal':
      return fixed;
    case 'percent':
      return { style: 'percent', ...fixed };
    case 'currency':
      return { style: 'currency', currency, ...fixed };
    case 'score':
    case 'margin':
      return fixed;
  }
}

function figureFormats(locale: string, currency: string): Record<FigureId, Format> {
  return Object.fromEntries(
    FIGURE_IDS.map((id) => {
      const { unit, decimals } = FIGURES[id];
      const format = new Intl.NumberFormat(locale, unitOptions(unit, decimals, currency));
      // Intl's percent style multiplies by 100; the document keeps percentages on 0-100.
      const scale = unit === 'percent' ? 100 : 1;
      const sign = unit === 'margin' ? '±' : '';
      return [id, orMissing((value) => `${sign}${format.format(value / scale)}`)];
    }),
  ) as Record<FigureId, Format>;
}

function orMissing(format: (value: number) => string): (value: number | null) => string {
  return (value) => (value === null ? MISSING : format(value));
}

export function createFormatters(language: UiLanguage, currency: string): Formatters {
  const locale = LOCALES[language];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const figures = figureFormats(locale, currency);
  return {
    locale,
    count: orMissing((value) => count.format(value)),
    // The shortest text that reads back to the very same number, with the locale's decimal mark.
    editText: (value) => (value === null ? '' : String(value).replace('.', language === 'fi' ? ',' : '.')),
    percent: orMissing((value) => percent.format(value / 100)),
    figure: (id) => figures[id],
    date: (isoDate) => {
      const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
      if (!match) return MISSING;
      return date.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
    },
    dateTime: (isoTimestamp) => dateTime.format(new Date(isoTimestamp)),
  };
}
