/**
 * Documents and customer lists for the workbook tests: every period kind, fractional and
 * missing inputs, both languages, cohorts, list figures, and user text that looks like a
 * formula. Deterministic, so a failure reproduces.
 */
import { formatIsoDate, dayNumberOf } from '../../shared/calendar';
import type { CustomerRecord } from '../../shared/customers';
import {
  createEmptyDocument,
  defaultSettings,
  emptyInputs,
  type CohortTable,
  type PeriodRow,
  type PitoDocument,
  type UiLanguage,
} from '../../shared/document';
import { periodIndexOf, periodRange, type PeriodKind } from '../../shared/periods';

/** Texts that a spreadsheet would run as formulas if they were written as anything but text. */
export const FORMULA_LIKE_TEXTS = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR=1'];

function periodRows(kind: PeriodKind, count: number): PeriodRow[] {
  const first = periodIndexOf(dayNumberOf(2023, 11, 15), kind);
  return periodRange(first, first + count - 1, kind).map((period, position) => {
    const start = 100 + position * 7;
    return {
      ...emptyInputs(),
      id: `row-${kind}-${position}`,
      label: period.label,
      firstDay: formatIsoDate(period.firstDay),
      lastDay: formatIsoDate(period.lastDay),
      aggregated: false,
      customersAtStart: start,
      newCustomers: 20 + (position % 3),
      customersAtEnd: start + 7,
      avgPurchaseValue: 41.9 + position,
      purchasesPerYear: 3.5,
      lifespanYears: 2.25,
      profitMarginPct: position % 2 === 0 ? 33.3 : null,
      promoters: 100 + position,
      passives: 60,
      detractors: 40 - position,
    };
  });
}

function cohortsOf(rows: readonly PeriodRow[], kind: PeriodKind): CohortTable {
  return {
    periodKind: kind,
    rows: rows.map((row, position) => {
      const size = position === 1 ? 0 : 30 + position;
      const activeAtEnd = Array.from({ length: rows.length - position }, (_, age) => Math.max(0, size - age * 3));
      return {
        label: row.label,
        size,
        activeAtEnd,
        retainedPct: activeAtEnd.map((a) => (size === 0 ? null : (a / size) * 100)),
      };
    }),
  };
}

/** A document as an import would produce it, with cohorts and list figures. */
export function sampleDocument(kind: PeriodKind, language: UiLanguage, count = 5): PitoDocument {
  const periods = periodRows(kind, count);
  return {
    ...createEmptyDocument({ ...defaultSettings(language), periodKind: kind, defaultProfitMarginPct: 12.5 }),
    periods,
    cohorts: cohortsOf(periods, kind),
    listStats: { customers: 321, repeatPurchaseRate: 100 / 3 },
    source: 'customerList',
  };
}

/** The same document after a user's edits: fractional inputs, cleared cells, odd labels, no default margin. */
export function editedDocument(language: UiLanguage): PitoDocument {
  const document = sampleDocument('month', language, 6);
  const periods = document.periods.map((row) => ({ ...row }));
  const [a, b, c, d, e] = periods as [PeriodRow, PeriodRow, PeriodRow, PeriodRow, PeriodRow];
  Object.assign(a, { customersAtStart: 107, newCustomers: 21, customersAtEnd: 120, profitMarginPct: 0.07 });
  Object.assign(b, { customersAtStart: 0, newCustomers: 0.5, customersAtEnd: 2.75, avgPurchaseValue: null });
  Object.assign(c, { promoters: 0, passives: 0, detractors: 0, lifespanYears: 1 / 3 });
  Object.assign(d, { customersAtEnd: null, label: FORMULA_LIKE_TEXTS[0], firstDay: null, lastDay: null });
  Object.assign(e, { label: 'Kesä/Summer 2024', firstDay: null, lastDay: null, profitMarginPct: 99.99 });
  return {
    ...document,
    settings: { ...document.settings, defaultProfitMarginPct: null, currency: 'USD' },
    periods,
    cohorts: null,
    listStats: { customers: 0, repeatPurchaseRate: null },
    source: 'workbook',
  };
}

/** A customer list with every field kind, formula-like ids and segments, missing values. */
export function sampleCustomers(count: number): CustomerRecord[] {
  const base = dayNumberOf(2023, 1, 1);
  return Array.from({ length: count }, (_, index) => {
    const odd = FORMULA_LIKE_TEXTS[index % FORMULA_LIKE_TEXTS.length] as string;
    return {
      row: index + 2,
      id: index % 7 === 0 ? odd : `C${String(index).padStart(6, '0')}`,
      start: base + ((index * 37) % 700),
      end: index % 3 === 0 ? base + ((index * 37) % 700) + 90 : null,
      purchases: index % 5 === 0 ? null : (index % 4) + 1,
      revenue: index % 5 === 0 ? null : 19.95 * ((index % 4) + 1),
      npsScore: index % 2 === 0 ? index % 11 : null,
      npsDate: index % 4 === 0 ? base + ((index * 37) % 700) + 10 : null,
      segment: index % 11 === 0 ? odd : index % 2 === 0 ? 'retail' : null,
    };
  });
}
