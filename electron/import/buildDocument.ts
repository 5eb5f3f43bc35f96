/**
 * The document an import produces: a customer list's periods, cohorts and list figures
 * from the aggregation, or a period table's rows as the file has them.
 */
import { aggregateCustomers, TooManyPeriodsError, type AggregatedList } from '../../shared/aggregate';
import type { CustomerRecord } from '../../shared/customers';
import {
  createEmptyDocument,
  defaultSettings,
  type PeriodRow,
  type PitoDocument,
  type UiLanguage,
} from '../../shared/document';
import { parsePeriodLabel, type PeriodKind } from '../../shared/periods';
import { PitoError } from '../errors';

/** The customer list's periods of the given kind; a list spanning thousands of periods is a bad file, not a crash. */
export function aggregateList(
  customers: readonly CustomerRecord[],
  kind: PeriodKind,
  fileName: string,
): AggregatedList {
  try {
    return aggregateCustomers(customers, kind);
  } catch (error) {
    if (error instanceof TooManyPeriodsError) {
      const key = 'importError.tooManyPeriods';
      const params = { file: fileName, ...error.params };
      throw PitoError.fromReason('badFile', key, params, { file: fileName });
    }
    throw error;
  }
}

export function customerListDocument(list: AggregatedList, kind: PeriodKind, language: UiLanguage): PitoDocument {
  return {
    ...createEmptyDocument({ ...defaultSettings(language), periodKind: kind }),
    periods: list.periods,
    cohorts: list.cohorts,
    listStats: list.listStats,
    source: 'customerList',
  };
}

/** The kind all the table's labels share when Pito reads every one of them, else `fallback`. */
export function periodKindOfLabels(periods: readonly PeriodRow[], fallback: PeriodKind): PeriodKind {
  const kinds = new Set(periods.map((row) => parsePeriodLabel(row.label)?.kind ?? null));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : fallback;
}

export function periodTableDocument(periods: PeriodRow[], kind: PeriodKind, language: UiLanguage): PitoDocument {
  return {
    ...createEmptyDocument({ ...defaultSettings(language), periodKind: periodKindOfLabels(periods, kind) }),
    periods,
    source: 'periodTable',
  };
}
